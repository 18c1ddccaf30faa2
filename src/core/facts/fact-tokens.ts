// One linear pass turns a paragraph into word, number and mark tokens; every matcher walks these.

/** What a token is made of. */
export type TokenType = 'word' | 'num' | 'mark';

/** A token and where it sits in its paragraph. */
export interface Token {
  /** The characters as written (a word keeps its apostrophes: `Venezuela’s`). */
  readonly text: string;
  readonly type: TokenType;
  /** Offset of the first character. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** Whitespace (or nothing at all, at the start) stands before it. */
  readonly gap: boolean;
}

// Each alternative starts on a different class of character and never re-reads one, so the scan is linear.
// The repeated groups are bounded: unbounded, a megabytes-long `1,2,3,...` or `a'a'a...` overflowed
// the regex engine's stack (no real number or word has forty parts).
const TOKEN = /(\d+(?:[.,]\d+){0,40})|(\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*){0,40})|(\S)/gu;

/** Splits text into tokens; whitespace is not a token but sets `gap` on the next one. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let previousEnd = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    const start = match.index;
    const type: TokenType = match[1] !== undefined ? 'num' : match[2] !== undefined ? 'word' : 'mark';
    tokens.push({ text: match[0], type, start, end: start + match[0].length, gap: start === 0 || start > previousEnd });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

/** True for a word that starts with a capital letter. */
export function isCapitalised(token: Token | undefined): boolean {
  return token?.type === 'word' && startsUpper(token.text);
}

/** True when the first character is a capital letter (ASCII checked without allocating). */
export function startsUpper(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = text[0]!;
  return first !== first.toLowerCase();
}

/** The word without a possessive ending (`Venezuela’s` -> `Venezuela`). */
export function withoutPossessive(word: string): string {
  const n = word.length;
  if (n < 3 || (word[n - 1] !== 's' && word[n - 1] !== 'S')) return word;
  return word[n - 2] === "'" || word[n - 2] === '’' ? word.slice(0, -2) : word;
}
