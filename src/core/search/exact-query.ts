// Queries a word index answers exactly, with no text read: every needle one plain word, no exclusion,
// no speaker filter. Then the units an index names are the units the matcher would find, and a word
// held whole (not only as the start of a longer word) is the index's exact term, so counts, the cap
// and the rank classes of the first page all come from the index (see store/indexed-answer.ts).
import { CASELESS, CONT, START, classAt } from './char-class.js';
import type { QueryPlan } from './query-plan.js';
import { foldedWords } from './unit-words.js';

/** How a unit must hold a word: as its start (a prefix), whole, or only as the start of a longer word. */
export type WordForm = 'prefix' | 'whole' | 'prefixOnly';

/** One word of an exact query. */
export interface ExactTerm {
  /** Lower-case, as foldedWords gives it. */
  readonly word: string;
  readonly form: WordForm;
}

/** Units of these kinds holding every term. */
export interface ExactQuery {
  /** Bit set of unit kinds (see KIND_BIT). */
  readonly kinds: number;
  readonly terms: readonly ExactTerm[];
}

/** One needle of an exact query: its word, and whether a prefix hit may rank below a whole one. */
export interface ExactNeedle {
  readonly word: string;
  /** A prefix needle (`blai`): its units rank higher where they hold the word whole. */
  readonly prefix: boolean;
}

/** Scripts whose letters SQLite's and PostgreSQL's tokenizers surely split as we do. */
const KNOWN = /^[\u0000-\u07ff]+$/;

/** Needles beyond this make too many rank classes to ask for one at a time. */
const MOST_NEEDLES = 4;

/** The plan's needles as exact words, or null when an index cannot answer it alone. */
export function exactNeedles(plan: QueryPlan): ExactNeedle[] | null {
  if (plan.empty || plan.negatives.length > 0 || plan.speakers !== null) return null;
  if (plan.positives.length === 0 || plan.positives.length > MOST_NEEDLES) return null;
  const needles: ExactNeedle[] = [];
  for (const needle of plan.positives) {
    const words = foldedWords(needle.text);
    if (words.length !== 1 || !KNOWN.test(needle.text)) return null;
    for (let i = 0; i < needle.text.length; i++) {
      const cls = classAt(needle.text, i);
      if (cls !== START && cls !== CONT && cls !== CASELESS) return null;
    }
    const prefix = needle.endsInWord && !needle.whole;
    // A one-letter prefix starts most words and has no prefix index: the matcher answers it.
    if (prefix && words[0]!.length < 2) return null;
    needles.push({ word: words[0]!, prefix });
  }
  return needles;
}
