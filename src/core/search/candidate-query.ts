// A query -> what a full-text index must hold for a unit to be worth checking: a superset, never
// narrower than the matcher. Each needle becomes its words in sequence (a phrase to the index); its
// last word is a prefix unless the needle ends a word. Exclusions narrow nothing (they drop whole
// articles, which the matcher settles), and a needle with no word in it is left to the matcher.
import type { Needle, QueryPlan } from './query-plan.js';
import { foldedWords } from './unit-words.js';

/** A sequence of words that must occur together in one unit. */
export interface CandidateTerm {
  /** Lower-case words, in order, each beginning a word of the unit. */
  readonly words: readonly string[];
  /** The last word may be the start of a longer word. */
  readonly prefix: boolean;
}

/** What an index is asked: units of these kinds holding every term. */
export interface CandidateQuery {
  /** Bit set of unit kinds (see KIND_BIT). */
  readonly kinds: number;
  readonly terms: readonly CandidateTerm[];
}

/** The words of one needle, or null when it has none (punctuation alone). */
export function candidateTerm(needle: Needle): CandidateTerm | null {
  const words = foldedWords(needle.text, true);
  if (words.length === 0) return null;
  // The needle's first word starts a word of the text (folding or the start check sees to it), and
  // every later one follows a non-word char; only the last may run on.
  return { words, prefix: needle.endsInWord && !needle.whole };
}

/** The candidate query of a plan: the words of its needles and speaker needles, and its scope. */
export function candidateQuery(plan: QueryPlan): CandidateQuery {
  const terms: CandidateTerm[] = [];
  for (const needle of [...plan.positives, ...(plan.speakers ?? [])]) {
    const term = candidateTerm(needle);
    if (term) terms.push(term);
  }
  return { kinds: plan.scope, terms };
}
