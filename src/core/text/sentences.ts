// Where sentences end inside a paragraph: one rule for quotations and facts alike.
// Imports nothing; quotes/, facts/ and names/ build on it.

/** A half-open character span. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const ENDS = new Set(['.', '?', '!', '\u2026']);
// Closing marks that belong to the sentence they close (`... Sport.' "I always`).
const CLOSERS = new Set(['"', '\'', '\u201D', '\u2019', ')', ']']);
// Words that end in a full stop without ending the sentence.
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr st jr sr prof gen rep sen gov lt col sgt capt cmdr adm supt insp vs v etc inc ltd co corp ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mt approx est fig dept univ rev hon').split(' '),
);
const SPACE = /\s/;
const LETTER_OR_DOT = /[\p{L}.]/u;
const UPPER = /\p{Lu}/u;
const OPENS_SENTENCE = /[\p{Lu}\d"'\u201C\u2018([]/u;

/** Offset just past the sentence that ends at `i` (closing marks included), or -1 when none ends there. */
export function sentenceEndAt(text: string, i: number): number {
  const ch = text[i] ?? '';
  if (!ENDS.has(ch)) return -1;
  // A run of marks (`?!`, `...`) ends the sentence at its last one.
  if (ENDS.has(text[i + 1] ?? '')) return -1;
  let end = i + 1;
  while (end < text.length && CLOSERS.has(text[end]!)) end++;
  if (end < text.length && !SPACE.test(text[end]!)) return -1;
  // A new sentence opens on a capital, a digit or an opening mark (`OutRage! said` goes on).
  let next = end;
  while (next < text.length && SPACE.test(text[next]!)) next++;
  if (next < text.length && !OPENS_SENTENCE.test(text[next]!)) return -1;
  if (ch !== '.') return end;
  // The word before the dot: an abbreviation or an initial (`George W.`) does not end the sentence.
  let j = i - 1;
  while (j >= 0 && j > i - 12 && LETTER_OR_DOT.test(text[j] ?? '')) j--;
  const word = text.slice(j + 1, i).toLowerCase();
  if (word.length === 1 && UPPER.test(text[i - 1] ?? '')) return -1;
  // `No. 10` shortens `number`; `said no.` ends a sentence.
  if (word === 'no') return /\d/.test(text.slice(end).trimStart()[0] ?? '') ? -1 : end;
  if (ABBREVIATIONS.has(word)) return -1;
  // `the U.S.` ends a sentence only when a capital follows.
  if (word.includes('.')) return UPPER.test(text.slice(end, end + 4).trimStart()[0] ?? '') ? end : -1;
  return end;
}

/** True when the character at `i` ends a sentence. */
export function endsSentence(text: string, i: number): boolean {
  return sentenceEndAt(text, i) >= 0;
}

/** Offset where the sentence holding `to` starts, looking back no further than `floor`. */
export function sentenceStart(text: string, floor: number, to: number): number {
  for (let i = to - 1; i >= floor; i--) {
    if (endsSentence(text, i)) return i + 1;
  }
  return floor;
}

/** Offset just past the end of the sentence that goes on at `from`, looking no further than `ceiling`. */
export function sentenceEnd(text: string, from: number, ceiling: number): number {
  for (let i = from; i < ceiling; i++) {
    if (endsSentence(text, i)) return i + 1;
  }
  return ceiling;
}

/** Sentence spans covering the paragraph, each trimmed of surrounding white space. */
export function sentenceSpans(paragraph: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (let i = 0; i < paragraph.length; i++) {
    if (!ENDS.has(paragraph[i]!)) continue;
    const end = sentenceEndAt(paragraph, i);
    if (end < 0) continue;
    pushTrimmed(spans, paragraph, start, end);
    start = end;
    i = end - 1;
  }
  pushTrimmed(spans, paragraph, start, paragraph.length);
  return spans;
}

/** The span holding `offset` (the last one when past the end). */
export function spanAt(spans: readonly Span[], offset: number): Span {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (spans[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return spans[low] ?? { start: 0, end: 0 };
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}

/** Longest excerpt a fact carries of its sentence, in UTF-16 units, marks included. */
export const EXCERPT_LIMIT = 300;
// How far an excerpt's edge moves to reach a space: past it a word is cut where it stands.
const WORD_REACH = 24;

/**
 * The part of `text` between `start` and `end` (a sentence) shown around `from`-`to` (a figure): the
 * whole sentence when it fits in `limit`, else a window centred on the figure, cut at spaces and marked
 * with `…` where cut. Bounded work and output, however long the sentence.
 */
export function excerpt(text: string, start: number, end: number, from: number, to: number, limit = EXCERPT_LIMIT): string {
  if (end - start <= limit) return text.slice(start, end);
  // Two units are kept for the marks; the figure sits in the middle, or as near it as the edges allow.
  const inner = limit - 2;
  let left = Math.max(start, Math.min(from, from - ((inner - (to - from)) >> 1)));
  let right = Math.min(end, left + inner);
  left = Math.max(start, right - inner);
  if (left > start) left = nextSpace(text, left, Math.min(from, left + WORD_REACH));
  if (right < end) right = previousSpace(text, right, Math.max(to, right - WORD_REACH));
  return `${left > start ? '\u2026' : ''}${text.slice(left, right).trim()}${right < end ? '\u2026' : ''}`;
}

function nextSpace(text: string, at: number, limit: number): number {
  for (let i = at; i < limit; i++) if (SPACE.test(text[i]!)) return i + 1;
  return at;
}

function previousSpace(text: string, at: number, limit: number): number {
  for (let i = at; i > limit; i--) if (SPACE.test(text[i - 1]!)) return i - 1;
  return at;
}
