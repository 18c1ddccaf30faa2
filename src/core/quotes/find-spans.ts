// Finds the quoted stretches of an article: one left-to-right pass over each paragraph, linear in its length.
import { cueLength } from './cue-verbs.js';
import { closesWith, isSpaceOrEdge, markRole } from './quote-marks.js';

/** One paragraph's share of a quotation: the quoted characters, marks excluded. */
export interface SpanPart {
  readonly paragraph: number;
  /** Offset of the first quoted character. */
  readonly start: number;
  /** Offset just past the last quoted character. */
  readonly end: number;
}

/** A quoted stretch, possibly running over paragraphs, before anyone asks who said it. */
export interface QuoteSpan {
  /** In order; several when the quotation runs on (a new paragraph, or the corpus's mid-line form). */
  readonly parts: readonly SpanPart[];
  /** Offset of the opening mark in the first part's paragraph. */
  readonly open: number;
  /** Paragraph holding the closing mark (or where the quotation was cut). */
  readonly afterParagraph: number;
  /** Offset just past the closing mark in `afterParagraph` (its end when unclosed). */
  readonly after: number;
  /** False when no closing mark was found and the quotation was cut at its paragraph's end. */
  readonly closed: boolean;
}

const MARKS = /["\u201C\u201D\u201E\u00AB\u00BB]/g;
const SENTENCE_END = /[.?!\u2026]/;
const HAS_WORD = /[\p{L}\p{N}]/u;
const CAPITAL = /\p{Lu}/u;

interface Open {
  readonly mark: string;
  readonly open: number;
  readonly parts: SpanPart[];
  paragraph: number;
  partStart: number;
  nested: boolean;
}

/**
 * Every quotation in the paragraphs. A quotation left open at a paragraph's end runs on when the next
 * paragraph opens with a mark (the newspaper convention); otherwise it stops at the paragraph end, so a
 * stray mark never swallows the rest of the article. Inside a quotation, an opening mark after a
 * sentence end (`... rattled. "So far`) continues it: the corpus lost that paragraph break.
 */
export function findQuoteSpans(paragraphs: readonly string[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let current: Open | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const text = paragraphs[p] ?? '';
    MARKS.lastIndex = 0;
    if (current) {
      // Runs on from the previous paragraph: this one opens with a mark (checked before moving here).
      current.paragraph = p;
      current.partStart = 1;
      MARKS.lastIndex = 1;
    }
    for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
      const i = m.index;
      const ch = text[i] ?? '';
      const role = markRole(text, i);
      if (!current) {
        // `the red carpet."It's unlike`: a straight mark glued to a sentence end and a capital opens too.
        const glued = role === 'close' && ch === '"' && SENTENCE_END.test(text[i - 1] ?? '') && CAPITAL.test(text[i + 1] ?? '');
        if (role === 'open' || glued) current = { mark: ch, open: i, parts: [], paragraph: p, partStart: i + 1, nested: false };
        continue;
      }
      const closes = (role === 'close' || role === 'either' || (role === 'open' && current.mark === '\u201E' && ch === '\u201C')) && closesWith(current.mark, ch);
      if (closes) {
        if (current.nested) {
          current.nested = false;
          continue;
        }
        pushPart(current, text, p, i);
        emit(spans, current, i + 1, true);
        current = null;
      } else if (role === 'open') {
        const cut = followsSentenceEnd(text, i, current.partStart) ? -1 : unclosedBefore(text, i, current.partStart);
        if (cut < 0 && followsSentenceEnd(text, i, current.partStart)) {
          pushPart(current, text, p, i);
          current.partStart = i + 1;
        } else if (cut >= 0) {
          // `"Q1. In reference to it, Mr X said: "Q2"`: the writer never closed Q1; it ends at its last sentence.
          pushPart(current, text, p, cut);
          emit(spans, current, cut, false);
          current = { mark: ch, open: i, parts: [], paragraph: p, partStart: i + 1, nested: false };
        } else {
          current.nested = true;
        }
      }
    }
    if (current) {
      pushPart(current, text, p, text.length);
      const next = paragraphs[p + 1];
      if (next !== undefined && markRole(next, 0) === 'open') {
        current.nested = false;
      } else {
        emit(spans, current, text.length, false);
        current = null;
      }
    }
  }
  return spans;
}

const LOOK_BACK = 200;
const LETTER = /\p{L}/u;
const SPACE = /\s/;

/**
 * Where an unclosed quotation ends when an opening mark at `i` follows a reporting colon (`said: "`):
 * just past the last sentence end (before a capital) between `floor` and the clause of that colon, else -1.
 * Read backwards from the mark, so a mark with no colon before it costs a step or two, not a window scan.
 */
function unclosedBefore(text: string, i: number, floor: number): number {
  const from = Math.max(floor, i - LOOK_BACK);
  let j = i - 1;
  while (j >= from && SPACE.test(text[j] ?? '')) j--;
  if (j < from || text[j] !== ':') return -1;
  j--;
  while (j >= from && SPACE.test(text[j] ?? '')) j--;
  const end = j + 1;
  while (j >= from && LETTER.test(text[j] ?? '')) j--;
  const start = j + 1;
  if (start === end || cueLength([{ lower: text.slice(start, end).toLowerCase() }], 0) === 0) return -1;
  for (let k = start - 1; k > from; k--) {
    if (SENTENCE_END.test(text[k - 1] ?? '') && text[k] === ' ' && CAPITAL.test(text[k + 1] ?? '')) return k;
  }
  return -1;
}

/** True when only white space (at least one) and a sentence end stand before `i` (after `floor`). */
function followsSentenceEnd(text: string, i: number, floor: number): boolean {
  let j = i - 1;
  if (j < floor || !isSpaceOrEdge(text[j] ?? '')) return false;
  while (j >= floor && isSpaceOrEdge(text[j] ?? '')) j--;
  if (j >= floor && (text[j] === '\'' || text[j] === '\u2019' || text[j] === ')')) j--;
  return j >= floor && SENTENCE_END.test(text[j] ?? '');
}

/** Records the quoted characters from the part start to `end`, white space trimmed at both sides. */
function pushPart(open: Open, text: string, paragraph: number, end: number): void {
  let start = open.partStart;
  let stop = end;
  while (start < stop && isSpaceOrEdge(text[start] ?? '')) start++;
  while (stop > start && isSpaceOrEdge(text[stop - 1] ?? '')) stop--;
  if (stop > start || open.parts.length === 0) open.parts.push({ paragraph, start, end: stop });
}

function emit(spans: QuoteSpan[], open: Open, after: number, closed: boolean): void {
  // An empty first part means nothing was quoted where the mark opened: not a quotation.
  if (!open.parts[0] || open.parts[0].end === open.parts[0].start) return;
  const parts = open.parts.filter((part) => part.end > part.start);
  spans.push({ parts, open: open.open, afterParagraph: open.paragraph, after, closed });
}

/** The quoted words of a span: its parts joined by a space. */
export function spanText(paragraphs: readonly string[], span: QuoteSpan): string {
  return span.parts.map((part) => (paragraphs[part.paragraph] ?? '').slice(part.start, part.end)).join(' ');
}

/** True when the span holds at least one letter or digit. */
export function hasWords(paragraphs: readonly string[], span: QuoteSpan): boolean {
  return span.parts.some((part) => HAS_WORD.test((paragraphs[part.paragraph] ?? '').slice(part.start, part.end)));
}
