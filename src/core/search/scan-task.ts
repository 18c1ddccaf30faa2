// The scan: look at candidate units in id order, keep the matches, count them and the articles
// they are in, and keep the best page. It runs in slices, so a huge corpus never blocks a keystroke.
import { findNeedle, hasWholeMatch } from './needle-match.js';
import type { QueryPlan } from './query-plan.js';
import { TopUnits, unitScore } from './rank.js';
import { IntList, KIND_BIT, type UnitStore } from './unit-store.js';

/** Which units to look at: an explicit ascending list, then every unit from `rangeStart` on (new ones too). */
export interface Candidates {
  readonly list: Int32Array;
  readonly rangeStart: number;
}

/** Units checked between two looks at the clock. */
const SLICE = 64;

/** A resumable scan for one plan. */
export class ScanTask {
  /** Matching units found so far, ascending. */
  readonly matched = new IntList(256);
  /** Number of distinct articles among the matches. */
  articleCount = 0;
  /** The best page so far. */
  readonly top: TopUnits;
  /** All candidates looked at. */
  done = false;

  private listPos = 0;
  private rangePos: number;
  private seen = new Uint8Array(64);
  /** Per short needle: position in its ascending list of units with that whole word. */
  private readonly shortPos: number[];

  constructor(
    private readonly store: UnitStore,
    readonly plan: QueryPlan,
    private readonly candidates: Candidates,
    limit: number,
    /** Stop at the first match (to check that a query has any). */
    private readonly firstOnly = false,
  ) {
    this.top = new TopUnits(store, limit);
    this.rangePos = candidates.rangeStart;
    this.shortPos = plan.positives.map(() => 0);
  }

  /** Scans until done or `deadline` (a performance.now() time) passes; returns done. */
  step(deadline: number): boolean {
    const { list } = this.candidates;
    let sinceClock = 0;
    while (!this.done) {
      let unit: number;
      if (this.listPos < list.length) unit = list[this.listPos++]!;
      else if (this.rangePos < this.store.count) unit = this.rangePos++;
      else {
        this.done = true;
        break;
      }
      this.check(unit);
      if (this.firstOnly && this.matched.length > 0) this.done = true;
      if (++sinceClock === SLICE) {
        sinceClock = 0;
        if (performance.now() >= deadline) break;
      }
    }
    return this.done;
  }

  /** Candidates for a query that refines this one: the matches so far and everything not yet looked at. */
  remaining(): Candidates {
    const rest = this.candidates.list.subarray(this.listPos);
    const list = new Int32Array(this.matched.length + rest.length);
    list.set(this.matched.view());
    list.set(rest, this.matched.length);
    return { list, rangeStart: this.rangePos };
  }

  private check(unit: number): void {
    const store = this.store;
    if (store.alive[unit] === 0 || (this.plan.scope & KIND_BIT[store.kind[unit]!]!) === 0) return;
    const folded = store.folded[unit]!;
    const { positives, negatives, speakers } = this.plan;
    if (speakers) {
      const speakerAt = store.textLength[unit]! + 1;
      if (speakerAt > folded.length) return;
      for (const needle of speakers) if (findNeedle(folded, needle, speakerAt) < 0) return;
    }
    const firsts = this.firsts;
    for (let i = 0; i < positives.length; i++) {
      const at = findNeedle(folded, positives[i]!, 0);
      if (at < 0) return;
      firsts[i] = at;
    }
    for (const needle of negatives) if (findNeedle(folded, needle, 0) >= 0) return;
    this.matched.push(unit);
    const article = store.article[unit]!;
    if (article >= this.seen.length) {
      const seen = new Uint8Array(Math.max(article + 1, this.seen.length * 2));
      seen.set(this.seen);
      this.seen = seen;
    }
    if (this.seen[article] === 0) {
      this.seen[article] = 1;
      this.articleCount++;
    }
    if (this.top.limit === 0) return;
    let whole = 0;
    for (let i = 0; i < positives.length; i++) if (this.isWhole(unit, folded, i, firsts[i]!)) whole++;
    this.top.offer(unit, unitScore(store, unit, whole));
  }

  private readonly firsts: number[] = [];

  /** Whether positive needle `i` hits `unit` as a whole word somewhere. */
  private isWhole(unit: number, folded: string, i: number, first: number): boolean {
    const needle = this.plan.positives[i]!;
    if (needle.whole) return true;
    if (needle.shortKey < 0) return hasWholeMatch(folded, needle, first);
    // One- and two-letter words: a walk along the list of units holding that word (both ascend).
    const list = this.store.shortWords.get(needle.shortKey);
    if (!list) return false;
    let pos = this.shortPos[i]!;
    const data = list.data;
    while (pos < list.length && data[pos]! < unit) pos++;
    this.shortPos[i] = pos;
    return pos < list.length && data[pos] === unit;
  }
}
