// Words and punctuation of a stretch of text, with their offsets: the unit every attribution rule reads.

/** A word (letters, digits, inner apostrophes, dots and hyphens) or one punctuation character. */
export interface Token {
  /** As written. */
  readonly text: string;
  /** Lower-cased, possessive `'s` kept. */
  readonly lower: string;
  /** Offset of the first character in the text tokenised. */
  readonly start: number;
  /** Offset just past the last character. */
  readonly end: number;
  /** True for words, false for punctuation. */
  readonly word: boolean;
}

// One alternation, no nested quantifiers over the same characters: linear on any input.
// The repeated group is bounded: unbounded, a megabytes-long `a-a-a...` overflowed the regex stack.
const TOKEN = /[\p{L}\p{N}]+(?:(?:['\u2019.\-&]|,(?=\p{N}))[\p{L}\p{N}]+){0,40}|\S/gu;
const WORD_START = /^[\p{L}\p{N}]/u;
const UPPER = /^\p{Lu}/u;
const CAMEL = /^[a-z]{1,2}\p{Lu}\p{Ll}/u;

/** The tokens of `text` between `from` and `to`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    const raw = m[0];
    const end = Math.min(m.index + raw.length, to);
    const t = raw.slice(0, end - m.index);
    tokens.push({ text: t, lower: t.toLowerCase(), start: m.index, end, word: isWordStart(t.charCodeAt(0)) || (t.charCodeAt(0) > 127 && WORD_START.test(t)) });
  }
  return tokens;
}

/** The word without a possessive ending (`Maduro's` -> `Maduro`). */
export function stripPossessive(word: string): string {
  return /['\u2019]s$/i.test(word) ? word.slice(0, -2) : /s['\u2019]$/.test(word) ? word.slice(0, -1) : word;
}

/** True when the word ends in a possessive (`BBC's`, `Jones'`). */
export function isPossessive(word: string): boolean {
  return /['\u2019]s$/i.test(word);
}

/** True when the word starts with a capital letter, or with a short lower-case prefix and one (`diCaprio`, `iPod`). */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code > 127) return UPPER.test(word);
  return code >= 97 && code <= 122 && CAMEL.test(word);
}

function isWordStart(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
