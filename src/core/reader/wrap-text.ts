// Word wrap by display width that keeps offsets: the reader highlights quotes and hits by offset,
// so each line must say where it starts and ends in the paragraph. (wrap-ansi returns only strings
// and drops a space next to hard-broken long words, so its lines cannot be mapped back.)
import stringWidth from 'string-width';

/** One wrapped line: `[start, end)` offsets into the wrapped text, trailing spaces left out. */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
}

/** Splits text into grapheme clusters (an emoji or a letter with its accents is one). */
export const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
/**
 * Text where every UTF-16 unit is a grapheme one column wide (string-width agrees for each): ASCII,
 * Latin-1 and Latin Extended letters, curly quotes, dashes, ellipsis. The common case for news
 * articles, and ten times cheaper than segmenting and measuring each grapheme.
 */
const NARROW_TEXT = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u2010-\u2029\u202f-\u205f]*$/;

/** Columns a string takes in a terminal (wide CJK and emoji count 2, combining marks 0). */
export function displayWidth(text: string): number {
  return NARROW_TEXT.test(text) ? text.length : stringWidth(text);
}

/** Splits text into grapheme clusters with their offsets and widths. */
function clusters(text: string): { start: number; end: number; width: number; space: boolean }[] {
  const out: { start: number; end: number; width: number; space: boolean }[] = [];
  if (NARROW_TEXT.test(text)) {
    for (let i = 0; i < text.length; i++) out.push({ start: i, end: i + 1, width: 1, space: text.charCodeAt(i) === 32 });
    return out;
  }
  for (const { segment, index } of graphemes.segment(text)) {
    out.push({ start: index, end: index + segment.length, width: stringWidth(segment), space: /^\s+$/u.test(segment) });
  }
  return out;
}

/**
 * Greedy word wrap to `width` columns. Lines break after spaces, around wide (CJK) characters, and
 * inside a word only when the word alone is wider than the line. Leading spaces of a continuation
 * line are skipped. An empty text is one empty line.
 */
export function wrapText(text: string, width: number): readonly LineSpan[] {
  const columns = Math.max(1, Math.floor(width));
  const cs = clusters(text);
  const lines: LineSpan[] = [];
  let i = 0;
  while (i < cs.length) {
    while (i < cs.length && cs[i]!.space && lines.length > 0) i++;
    if (i >= cs.length) break;
    const lineStart = i;
    let used = 0;
    let lastBreak = -1; // cluster index just past the last break opportunity
    let j = i;
    for (; j < cs.length; j++) {
      const c = cs[j]!;
      if (c.space) {
        lastBreak = j;
      } else if (c.width === 2 && j > lineStart) {
        lastBreak = j; // a wide character may start a new line
      }
      if (used + c.width > columns && !c.space) break;
      used += c.width;
    }
    let next: number;
    if (j >= cs.length) next = cs.length;
    else if (lastBreak > lineStart) next = lastBreak;
    else next = Math.max(j, lineStart + 1); // hard break inside a long word (at least one cluster)
    let end = next;
    while (end > lineStart && cs[end - 1]!.space) end--;
    lines.push({ start: cs[lineStart]!.start, end: end > lineStart ? cs[end - 1]!.end : cs[lineStart]!.start });
    i = next;
  }
  if (lines.length === 0) lines.push({ start: 0, end: 0 });
  return lines;
}
