// Sentence edges inside a paragraph, found by scanning characters: a full stop after `Mr` or `U.S` is not one.

const ENDS = new Set(['.', '?', '!', '\u2026']);
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st jr sr prof gen rep sen gov lt col sgt capt cmdr adm no vs etc inc ltd co corp bros jan feb mar apr jun jul aug sep sept oct nov dec mt ft approx est fig dept univ rev hon'.split(' '),
);

/** True when the character at `i` ends a sentence: `.?!` followed by white space or the end, not an abbreviation. */
export function endsSentence(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  if (!ENDS.has(ch)) return false;
  let next = text[i + 1];
  // `... 'A Question of Sport.' "I always said`: a closing single mark or bracket may follow the stop.
  if (next === '\'' || next === '\u2019' || next === ')') next = text[i + 2];
  if (next !== undefined && next !== ' ' && next !== '\n' && next !== '\t' && next !== '\u00A0') return false;
  if (ch !== '.') return true;
  // The word before the dot: an abbreviation or an initial (`George W.`) does not end the sentence.
  let j = i - 1;
  while (j >= 0 && j > i - 12 && /[\p{L}.]/u.test(text[j] ?? '')) j--;
  const word = text.slice(j + 1, i).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[i - 1] ?? '')) return false;
  if (ABBREVIATIONS.has(word)) return false;
  // `the U.S.` ends a sentence only when a capital follows.
  if (word.includes('.')) return /\p{Lu}/u.test(text.slice(i + 1, i + 4).trimStart()[0] ?? '');
  return true;
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
