// Which parts of a paragraph the reader styles: quotations, their speakers, search hits, the
// quote chosen in the quotes pane, the fact chosen in the facts pane. Pure offsets; the view turns
// flags into colours.
import type { Analysis } from '../article.js';
import type { Span } from '../search/search-types.js';

/** A run of text with the same styling. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  /** Inside a quotation. */
  readonly quote: boolean;
  /** The name of a quotation's speaker. */
  readonly speaker: boolean;
  /** A search hit. */
  readonly hit: boolean;
  /** Inside the quotation chosen in the quotes pane, or the text chosen in the facts pane. */
  readonly marked: boolean;
  /** The hit n/N last went to. */
  readonly current: boolean;
}

type Flag = 'quote' | 'speaker' | 'hit' | 'marked' | 'current';
interface Mark {
  readonly start: number;
  readonly end: number;
  readonly flag: Flag;
}

const OPEN_MARKS = '“"‘\'«„';
const CLOSE_MARKS = '”"’\'»“';

/** Every styled range of paragraph `p` (whose safe text is `text`); `markedText` is marked wherever it occurs. */
export function paragraphMarks(
  p: number, text: string, analysis: Analysis | undefined, hits: readonly Span[] | undefined, markedQuote: number | null,
  markedText: string | null = null,
  currentHit: Span | null = null,
): readonly Mark[] {
  const marks: Mark[] = [];
  const quotes = analysis?.quotes ?? [];
  for (const i of analysis ? quotesIn(analysis, p) : []) {
    const q = quotes[i];
    if (!q) continue;
    let start = p === q.paragraph ? q.start : 0;
    let end = p === q.paragraphEnd ? q.end : text.length;
    if (start > 0 && OPEN_MARKS.includes(text[start - 1]!)) start--; // take the quotation marks along
    if (/[,.!?;:]/.test(text[end] ?? '') && CLOSE_MARKS.includes(text[end + 1] ?? 'x')) end += 2; // “We go on,”
    else if (end < text.length && CLOSE_MARKS.includes(text[end]!)) end++;
    marks.push({ start, end, flag: 'quote' });
    if (i === markedQuote) marks.push({ start, end, flag: 'marked' });
    if (q.speaker) for (const span of speakerSpans(text, q.speaker, start, end)) marks.push({ ...span, flag: 'speaker' });
  }
  for (const [start, end] of hits ?? []) if (end > start) marks.push({ start, end, flag: 'hit' });
  if (markedText) for (const span of occurrences(text, markedText)) marks.push({ ...span, flag: 'marked' });
  if (currentHit && currentHit[1] > currentHit[0]) marks.push({ start: currentHit[0], end: currentHit[1], flag: 'current' });
  return marks;
}

/** The title's styled ranges: search hits in it, and the current hit when it is there. */
export function titleMarks(hits: readonly Span[] | undefined, currentHit: Span | null): readonly Mark[] {
  const marks: Mark[] = [];
  for (const [start, end] of hits ?? []) if (end > start) marks.push({ start, end, flag: 'hit' });
  if (currentHit && currentHit[1] > currentHit[0]) marks.push({ start: currentHit[0], end: currentHit[1], flag: 'current' });
  return marks;
}

const quotesByParagraph = new WeakMap<Analysis, ReadonlyMap<number, readonly number[]>>();

/** Indexes of the quotes in paragraph `p`, in order (indexed once per analysis: the reader asks for each paragraph it shows, every frame). */
function quotesIn(analysis: Analysis, p: number): readonly number[] {
  let index = quotesByParagraph.get(analysis);
  if (!index) {
    const built = new Map<number, number[]>();
    analysis.quotes.forEach((q, i) => {
      for (let k = q.paragraph; k <= q.paragraphEnd; k++) {
        const list = built.get(k);
        if (list) list.push(i);
        else built.set(k, [i]);
      }
    });
    quotesByParagraph.set(analysis, (index = built));
  }
  return index.get(p) ?? [];
}

/** Every place `needle` (not empty) occurs in `text`, without overlaps. */
function occurrences(text: string, needle: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) found.push({ start: at, end: at + needle.length });
  return found;
}

/** Where the speaker is named in the paragraph outside the quote: the full name, else the surname. */
function speakerSpans(text: string, speaker: string, quoteStart: number, quoteEnd: number): { start: number; end: number }[] {
  const outside = (s: number, e: number) => e <= quoteStart || s >= quoteEnd;
  for (const name of [speaker, speaker.split(/\s+/).at(-1) ?? '']) {
    if (name.length < 2) continue;
    const found = occurrences(text, name).filter((s) => outside(s.start, s.end));
    if (found.length) return found;
  }
  return [];
}

/** Splits `[from, to)` into runs with the same flags. */
export function segments(marks: readonly Mark[], from: number, to: number): readonly Segment[] {
  const cuts = new Set([from, to]);
  for (const m of marks) {
    if (m.start > from && m.start < to) cuts.add(m.start);
    if (m.end > from && m.end < to) cuts.add(m.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    const on = (flag: Flag) => marks.some((m) => m.flag === flag && m.start <= start && m.end >= end);
    out.push({ start, end, quote: on('quote'), speaker: on('speaker'), hit: on('hit'), marked: on('marked'), current: on('current') });
  }
  return out;
}
