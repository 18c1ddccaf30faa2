// Which characters open and close a quotation, and how a straight `"` is read from its neighbours.

/** How a double quotation mark can act where it stands. */
export type MarkRole = 'open' | 'close' | 'either' | 'inch' | 'none';

/** Marks that can only open a quotation: `“` (English), `„` (German), `«` (French). */
const OPENERS = new Set(['\u201C', '\u201E', '\u00AB']);
/** Marks that can only close one. `“` also closes a German `„`; see closesWith. */
const CLOSERS = new Set(['\u201D', '\u00BB']);

/** True for any double quotation mark this reader treats as an outer quote (single marks never are). */
export function isDoubleMark(ch: string): boolean {
  return ch === '"' || OPENERS.has(ch) || CLOSERS.has(ch);
}

/** True when `ch` is white space (or the text edge, given as ''). */
export function isSpaceOrEdge(ch: string): boolean {
  return ch === '' || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\u00A0';
}

const OPENING_PUNCTUATION = new Set(['(', '[', '{', '\u2014', '\u2013', '/', '\'', '\u2018']);
const DIGIT = /[0-9]/;
/** A lower-case word that is not the start of an attribution (`42" screen`, but not `2-1" he said`). */
const INCH_FOLLOWER = /^(?!(?:he|she|they|it|we|i|said|says|added|adds|told)\b)[a-z0-9]/;

/**
 * The role of the mark at `i` in `text`. Curly and angle marks say their direction; a straight `"` is
 * an opener after a space (or bracket, dash) and before a non-space, a closer otherwise, `either`
 * between two spaces, and `inch` after a digit when a lower-case word follows (`a 42" screen`).
 */
export function markRole(text: string, i: number): MarkRole {
  const ch = text[i] ?? '';
  if (OPENERS.has(ch)) return 'open';
  if (CLOSERS.has(ch)) return 'close';
  if (ch !== '"') return 'none';
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  const leftOpen = isSpaceOrEdge(prev) || OPENING_PUNCTUATION.has(prev) || isDoubleMark(prev);
  if (DIGIT.test(prev) && next === ' ' && INCH_FOLLOWER.test(text.slice(i + 2, i + 12))) return 'inch';
  if (leftOpen && !isSpaceOrEdge(next)) return 'open';
  if (!leftOpen) return 'close';
  return 'either';
}

/** True when `close` at the end of a quotation that began with `open` ends it. */
export function closesWith(open: string, close: string): boolean {
  if (close === '\u201C') return open === '\u201E';
  return close === '"' || CLOSERS.has(close);
}
