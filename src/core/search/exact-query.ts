// Queries a word index answers exactly, with no text read: every needle plain words with single
// spaces between (a word, or a phrase), speaker words, no exclusion. The index marks every other gap
// between words (see GAP_MARK), so the units it names are the units the matcher would find, and a
// last word held whole is the index's exact term: counts, the cap and the rank classes of the first
// page all come from the index (see store/indexed-answer.ts).
import { CASELESS, CONT, START, classAt } from './char-class.js';
import type { Needle, QueryPlan } from './query-plan.js';
import { foldedWords, GAP_MARK } from './unit-words.js';

/** How a unit must hold a word: as its start (a prefix), whole, or only as the start of a longer word. */
export type WordForm = 'prefix' | 'whole' | 'prefixOnly';

/** One term of an exact query: a word, or a phrase of words that follow each other. */
export interface ExactTerm {
  /** Lower-case, as foldedWords gives them. */
  readonly words: readonly string[];
  /** How the last word must be held. */
  readonly form: WordForm;
  /** Held by a quote's speaker (`speaker:`), not anywhere in the unit. */
  readonly speaker?: boolean;
}

/** Units of these kinds holding every term. */
export interface ExactQuery {
  /** Bit set of unit kinds (see KIND_BIT). */
  readonly kinds: number;
  readonly terms: readonly ExactTerm[];
}

/** One needle of an exact query: its words, and whether a prefix hit may rank below a whole one. */
export interface ExactNeedle {
  readonly words: readonly string[];
  /** A prefix needle (`blai`, `"prime min`): its units rank higher where they hold the last word whole. */
  readonly prefix: boolean;
}

/** What an index is asked for a plan: needles that rank, and speaker words that only filter. */
export interface ExactPlan {
  readonly needles: readonly ExactNeedle[];
  readonly speakers: readonly ExactNeedle[];
}

/** Scripts whose letters SQLite's and PostgreSQL's tokenizers surely split as we do. */
const KNOWN = /^[\u0000-\u07ff]+$/;

/** Needles beyond this make too many rank classes to ask for one at a time. */
const MOST_NEEDLES = 4;

/** What the index asked can do besides plain words. */
export interface ExactOptions {
  /** A one-letter prefix is cheap: the index walks units in order and checks each (PostgreSQL), rather than looking every word with that letter up. */
  readonly shortPrefixes?: boolean;
}

/** The plan as exact needles, or null when an index cannot answer it alone. */
export function exactPlan(plan: QueryPlan, options: ExactOptions = {}): ExactPlan | null {
  if (plan.empty || plan.negatives.length > 0 || plan.positives.length > MOST_NEEDLES) return null;
  // `speaker:` alone asks for any known speaker, which no word says.
  if (plan.speakers !== null && plan.speakers.length === 0) return null;
  // A scope alone (`in:titles`) asks for every unit of a kind, which no word says.
  if (plan.positives.length === 0 && plan.speakers === null) return null;
  const needles: ExactNeedle[] = [];
  for (const needle of [...plan.positives, ...(plan.speakers ?? [])]) {
    const exact = exactNeedle(needle, options);
    if (exact === null) return null;
    needles.push(exact);
  }
  return { needles: needles.slice(0, plan.positives.length), speakers: needles.slice(plan.positives.length) };
}

/** A needle of plain words with single spaces between them, or null. */
function exactNeedle(needle: Needle, { shortPrefixes = false }: ExactOptions): ExactNeedle | null {
  const { text } = needle;
  if (!KNOWN.test(text)) return null;
  for (let i = 0; i < text.length; i++) {
    const cls = classAt(text, i);
    if (cls !== START && cls !== CONT && cls !== CASELESS && text[i] !== ' ') return null;
  }
  // A gap the index marks (a digit before a capital), or a word spelt as the mark: left to the matcher.
  const words = foldedWords(text, true);
  if (words.length === 0 || words.includes(GAP_MARK)) return null;
  const prefix = needle.endsInWord && !needle.whole;
  // A one-letter prefix starts most words and has no prefix index: the matcher answers it, unless the index walks units in order.
  if (prefix && !shortPrefixes && words[words.length - 1]!.length < 2) return null;
  return { words, prefix };
}
