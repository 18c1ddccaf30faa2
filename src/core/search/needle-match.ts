// Finding a needle in a folded unit: indexOf does the work; word-start checks are only needed for
// needles that start with a digit or a caseless letter (upper case marks every other word start).
import { continuesWord, wordBefore } from './char-class.js';
import type { Needle } from './query-plan.js';

/** Whether a match of `needle` at `at` in `folded` counts (word start, and word end for a closed phrase). */
function validAt(folded: string, needle: Needle, at: number): boolean {
  if (needle.checkStart && wordBefore(folded, at)) return false;
  return !needle.whole || wholeAt(folded, needle, at);
}

/** First valid match at or after `from`, or -1. */
export function findNeedle(folded: string, needle: Needle, from = 0): number {
  let at = folded.indexOf(needle.text, from);
  if (!needle.checkStart && !needle.whole) return at;
  while (at >= 0 && !validAt(folded, needle, at)) at = folded.indexOf(needle.text, at + 1);
  return at;
}

/** Whether a match at `at` is a whole word (or phrase) rather than the start of a longer word. */
export function wholeAt(folded: string, needle: Needle, at: number): boolean {
  return !needle.endsInWord || !continuesWord(folded, at + needle.text.length);
}

/** Every valid match lying wholly in `[from, to)`, as folded `[start, end)` pairs pushed onto `out`. */
export function allMatches(folded: string, needle: Needle, from: number, to: number, out: [number, number][]): void {
  const len = needle.text.length;
  for (let at = findNeedle(folded, needle, from); at >= 0 && at + len <= to; at = findNeedle(folded, needle, at + 1)) {
    out.push([at, at + len]);
  }
}
