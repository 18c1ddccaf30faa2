// Offices written before a name (`Tory leader Michael Howard`), so that `the Tory leader` can find the person again.
import type { Token } from './speech-tokens.js';

/** Offices and roles a definite description can use for a person already named (`the England captain`). */
export const ROLE_HEADS: ReadonlySet<string> = new Set(
  'captain manager boss chief coach chairman chairwoman minister secretary president skipper striker midfielder defender goalkeeper keeper star singer actor actress director executive player veteran champion leader spokesman spokeswoman founder owner presenter forward winger prop lock flanker hooker fly-half scrum-half full-back sprinter hurdler athlete golfer boxer jockey holder winner youngster teenager host international seed debutant senator producer rapper mayor governor commissioner ambassador editor'.split(
    ' ',
  ),
);

/** Words for relatives written before a name (`his son Stephen`, `wife Sheila`), kept like offices. */
export const KIN_BEFORE: ReadonlySet<string> = new Set(['son', 'daughter', 'wife', 'husband', 'father', 'mother', 'brother', 'sister', 'partner', 'widow']);

/** An office as written: its head (`leader`) and the words before it (`tory`), lower case. */
export interface Office {
  readonly head: string;
  readonly modifiers: readonly string[];
}

const MAX_MODIFIERS = 3;
/** Words that make a different office of the same head (`deputy`, `shadow`, `former`). */
const RANKS = new Set(['deputy', 'vice', 'assistant', 'shadow', 'former', 'ex', 'acting', 'junior', 'under', 'interim', 'caretaker']);
const STOPS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'by', 'with', 'to', 'for', 'said', 'says', 'told', 'as']);

/** `Tory leader Michael Howard`: the office right before the name starting at `from`, else null. */
export function officeBefore(tokens: readonly Token[], from: number): Office | null {
  const head = tokens[from - 1];
  if (!head?.word || head.text !== head.lower || !(ROLE_HEADS.has(head.lower) || KIN_BEFORE.has(head.lower))) return null;
  const modifiers: string[] = [];
  for (let k = from - 2; k >= Math.max(0, from - 1 - MAX_MODIFIERS); k--) {
    const t = tokens[k];
    if (!t?.word || STOPS.has(t.lower)) break;
    modifiers.unshift(t.lower);
  }
  return { head: head.lower, modifiers };
}

/**
 * `The Tory leader was asked ...`: a definite office opening the clause at `a` and followed by a
 * lower-case word (its verb), with the index just past its head, else null.
 */
export function openingOffice(tokens: readonly Token[], a: number, b: number): (Office & { readonly end: number }) | null {
  let i = a;
  while (i < b && ['but', 'and', 'so', 'yet', 'now', 'then', 'also'].includes(tokens[i]?.lower ?? '')) i++;
  if (tokens[i]?.lower !== 'the') return null;
  const modifiers: string[] = [];
  for (let k = i + 1; k < Math.min(b, i + 2 + MAX_MODIFIERS); k++) {
    const t = tokens[k];
    if (!t?.word) return null;
    if (t.text === t.lower && ROLE_HEADS.has(t.lower)) {
      const verb = tokens[k + 1];
      return verb?.word && verb.text === verb.lower ? { head: t.lower, modifiers, end: k + 1 } : null;
    }
    modifiers.push(t.lower);
  }
  return null;
}

/** True when every modifier of `wanted` is among those of `known` (`the Tory leader` for `Tory party leader`). */
export function sameOffice(wanted: Office, known: Office): boolean {
  // `the prime minister` is not `Deputy Prime Minister John Prescott`: a word of rank must be in both.
  const ranked = (o: Office) => o.modifiers.filter((m) => RANKS.has(m)).join(' ');
  return wanted.head === known.head && wanted.modifiers.every((m) => known.modifiers.includes(m)) && ranked(wanted) === ranked(known);
}
