// What a code unit of folded text is, for word-start and whole-word checks.
// Folded text marks word starts by case: a word's first letter is upper-case, the rest lower-case.

/** Not part of a word (space, punctuation, symbol). */
export const NON = 0;
/** An upper-case letter: in folded text, always the first letter of a word. */
export const START = 1;
/** A lower-case letter with an upper-case pair: in folded text, always inside a word. */
export const CONT = 2;
/** A digit or a letter without case: starts or continues a word depending on what precedes it. */
export const CASELESS = 3;
/** A Han, Hiragana or Katakana character: a word by itself (those scripts put no spaces between words). */
export const IDEO = 4;

/** One of NON, START, CONT, CASELESS, IDEO. */
export type CharClass = 0 | 1 | 2 | 3 | 4;

const WORD = /^[\p{L}\p{N}]$/u;
const IDEOGRAPH = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

// Classes of BMP code units, filled on first use (0xff = not yet known).
const table = new Uint8Array(0x10000).fill(0xff);
for (let c = 0; c < 128; c++) {
  table[c] = c >= 65 && c <= 90 ? START : c >= 97 && c <= 122 ? CONT : c >= 48 && c <= 57 ? CASELESS : NON;
}

/** The class of one character (a whole code point). */
export function classifyChar(ch: string): CharClass {
  if (!WORD.test(ch)) return NON;
  if (IDEOGRAPH.test(ch)) return IDEO;
  const upper = ch.toUpperCase();
  if (upper !== ch && upper.length === 1 && upper.toLowerCase() === ch) return CONT;
  const lower = ch.toLowerCase();
  if (lower !== ch && lower.length === 1 && lower.toUpperCase() === ch) return START;
  return CASELESS;
}

/** The class of the code point at `index` of `text` (NON outside the string). */
export function classAt(text: string, index: number): CharClass {
  if (index < 0 || index >= text.length) return NON; // (reading past the end would deoptimise the caller)
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdfff) return classOfCode(code);
  // A surrogate: classify the whole astral code point it belongs to.
  const start = code >= 0xdc00 && index > 0 ? index - 1 : index;
  const cp = text.codePointAt(start)!;
  return cp > 0xffff ? classifyChar(String.fromCodePoint(cp)) : NON;
}

/** The class of a single BMP code unit (surrogates count as CASELESS: astral letters are rare). */
export function classOfCode(code: number): CharClass {
  if (code >= 0xd800 && code <= 0xdfff) return CASELESS;
  const known = table[code]!;
  if (known !== 0xff) return known as CharClass;
  const found = classifyChar(String.fromCharCode(code));
  table[code] = found;
  return found;
}

/** True when a word char (not an ideograph) ends just before `index`, so `index` is inside a word. */
export function wordBefore(text: string, index: number): boolean {
  if (index <= 0) return false;
  const cls = classAt(text, index - 1);
  return cls === START || cls === CONT || cls === CASELESS;
}

/** True when the char at `index` carries on the word before it (so a match ending there is not a whole word). */
export function continuesWord(text: string, index: number): boolean {
  const cls = classAt(text, index);
  return cls === CONT || cls === CASELESS;
}
