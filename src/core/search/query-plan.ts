// Parsed query -> what the scanner looks for: folded needles, exclusions, speaker needles, a scope.
import { CASELESS, CONT, START, classAt } from './char-class.js';
import { foldText } from './fold.js';
import { parseQuery, type QueryToken } from './parse-query.js';
import type { UnitKind } from './search-types.js';
import { KIND_BIT, type Kind } from './unit-store.js';

/** A folded string to find at a word start. */
export interface Needle {
  /** Folded text (word starts upper-cased, see fold.ts). */
  readonly text: string;
  /** Starts with a digit or a caseless letter: the char before a match must not be part of a word. */
  readonly checkStart: boolean;
  /** A closed phrase: must also end where a word ends. */
  readonly whole: boolean;
  /** Ends with a word char, so a match may end inside a word (a prefix hit). */
  readonly endsInWord: boolean;
  /** For a word of one or two chars, its key in the short-word lists (see fold.ts shortKey); else -1. */
  readonly shortKey: number;
  /** Bit of its first letter in a unit's initials when that is A-Z (see UnitStore.initials); else 0. */
  readonly initial: number;
  /** A single letter A-Z: a unit's initials alone say whether it matches. */
  readonly byInitial: boolean;
}

/** A compiled query. */
export interface QueryPlan {
  /** Every one must match (word starts, any order). */
  readonly positives: readonly Needle[];
  /** No article holding one of these matches (`-brown` leaves out the articles that name Brown). */
  readonly negatives: readonly Needle[];
  /** Limit to quotes whose speaker matches all of these (may be empty: any known speaker). */
  readonly speakers: readonly Needle[] | null;
  /** Bit set of unit kinds searched (see KIND_BIT). */
  readonly scope: number;
  /** Nothing to look for: no words and no filter. */
  readonly empty: boolean;
  /** The tokens the plan came from (for "did you mean"). */
  readonly tokens: readonly QueryToken[];
}

/** Every kind of unit. */
export const ALL_KINDS = 0b1111;
const KIND_OF: Readonly<Record<UnitKind, Kind>> = { title: 0, paragraph: 1, quote: 2, fact: 3 };

/** Compiles one needle; null when the text folds to nothing. */
export function makeNeedle(raw: string, whole: boolean): Needle | null {
  const text = foldText(raw).trim();
  if (text.length === 0) return null;
  const first = classAt(text, 0);
  const last = classAt(text, text.length - 1);
  const isWord = (c: number) => c === START || c === CONT || c === CASELESS;
  let shortKey = -1;
  if (text.length <= 2 && (first === START || first === CASELESS) && isWord(classAt(text, text.length - 1))) {
    shortKey = text.charCodeAt(0) * 0x10000 + (text.length === 2 ? text.charCodeAt(1) : 0);
  }
  const code = text.charCodeAt(0);
  const initial = code >= 65 && code <= 90 ? 1 << (code - 65) : 0;
  const byInitial = initial !== 0 && text.length === 1 && !whole;
  return { text, checkStart: first === CASELESS, whole, endsInWord: isWord(last), shortKey, initial, byInitial };
}

/** Query text -> plan. */
export function planQuery(query: string): QueryPlan {
  const tokens = parseQuery(query);
  const positives: Needle[] = [];
  const negatives: Needle[] = [];
  let speakers: Needle[] | null = null;
  let scope = 0;
  for (const t of tokens) {
    if (t.kind === 'scope') {
      for (const kind of t.scopes) scope |= KIND_BIT[KIND_OF[kind]]!;
    } else if (t.kind === 'speaker') {
      speakers ??= [];
      // Each word of a speaker name is a prefix on its own: `speaker:blair`, `speaker:"tony bl`.
      for (const word of t.text.split(/\s+/)) {
        const needle = makeNeedle(word, false);
        if (needle) speakers.push(needle);
      }
    } else {
      const needle = makeNeedle(t.text, t.kind === 'phrase' && !t.open);
      // `blair -b` while `-brown` is being typed: one letter would leave out nearly every article.
      if (needle && t.negative && needle.text.length < 2) continue;
      if (needle) (t.negative ? negatives : positives).push(needle);
    }
  }
  if (scope === 0) scope = ALL_KINDS;
  if (speakers) scope &= KIND_BIT[KIND_OF.quote]!;
  // Longest first: the rarest needle rejects a unit soonest.
  positives.sort((a, b) => b.text.length - a.text.length);
  const filtered = speakers !== null || tokens.some((t) => t.kind === 'scope');
  return { positives, negatives, speakers, scope, empty: positives.length === 0 && !filtered, tokens };
}

/** Whether `a` matches at least wherever `b` does (so b's hits are a superset of a's). */
function implies(a: Needle, b: Needle): boolean {
  if (!a.text.startsWith(b.text) || a.checkStart !== b.checkStart) return false;
  return !b.whole || (a.whole && a.text === b.text);
}

const same = (a: Needle, b: Needle) => a.text === b.text && a.whole === b.whole;

/** True when every unit matching `next` also matches `previous`, so `next` need only look at previous hits. */
export function refines(previous: QueryPlan, next: QueryPlan): boolean {
  if (previous.empty || next.empty) return false;
  if ((next.scope & ~previous.scope) !== 0) return false;
  if (!previous.positives.every((p) => next.positives.some((n) => implies(n, p)))) return false;
  if (!previous.negatives.every((p) => next.negatives.some((n) => same(n, p)))) return false;
  if (previous.speakers) {
    if (!next.speakers) return false;
    if (!previous.speakers.every((p) => next.speakers!.some((n) => implies(n, p)))) return false;
  }
  return true;
}
