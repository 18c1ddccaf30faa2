// The scan: look at candidate units in id order, keep the matches, count them and the articles
// they are in, and keep the best page. Exclusions (`-word`) leave out whole articles: the caller
// passes the articles to look in, those holding an excluded word already taken out. It runs in slices, so a huge corpus never blocks a keystroke.
// Over a run of units it jumps from one occurrence of the rarest needle to the next (one indexOf
// per occurrence, not per unit); each needle's next occurrence in a chunk is remembered, so a chunk
// is read at most about once per needle.
import { findNeedle, wholeAt } from './needle-match.js';
import type { Needle, QueryPlan } from './query-plan.js';
import { TopUnits, unitScore } from './rank.js';
import { IntList, KIND_BIT, type UnitStore } from './unit-store.js';

/** Which units to look at: an explicit ascending list, then every unit from `rangeStart` on (new ones too). */
export interface Candidates {
  readonly list: Int32Array;
  readonly rangeStart: number;
}

/** Units (or jumps) between two looks at the clock. */
const SLICE = 64;

/** The next valid match of one needle in the current chunk, remembered between units. */
class Cursor {
  key = -1;
  from = 0;
  at = -1;
  constructor(readonly needle: Needle) {}

  /** First valid match at or after `from` in `text` (known by `key`; -1 for a one-off text), or -1. */
  next(key: number, text: string, from: number): number {
    if (key < 0) return findNeedle(text, this.needle, from);
    // A remembered answer still holds if it was sought from no later than `from` and lies at or after it.
    if (key === this.key && this.from <= from && (this.at >= from || this.at < 0)) return this.at;
    this.key = key;
    this.from = from;
    this.at = findNeedle(text, this.needle, from);
    return this.at;
  }
}

/**
 * Cursors for needles, in an array of object elements kind even when empty: the scan's optimised
 * code then meets one array shape, rather than being thrown away when a query has no exclusions.
 */
function cursorsFor(needles: readonly Needle[]): Cursor[] {
  const cursors: Cursor[] = [null as unknown as Cursor];
  cursors.pop();
  for (const needle of needles) cursors.push(new Cursor(needle));
  return cursors;
}

/** A resumable scan for one plan. */
export class ScanTask {
  /** Matching units found so far, ascending. */
  readonly matched = new IntList(256);
  /** The score of each matched unit (when a page is kept), for ranking again under a cap. */
  readonly scores = new IntList(256);
  /** Number of distinct articles among the matches. */
  articleCount = 0;
  /** The best page so far. */
  readonly top: TopUnits;
  /** All candidates looked at. */
  done = false;

  private listPos = 0;
  private rangePos: number;
  private seen = new Uint8Array(64);
  private readonly positives: Cursor[];
  private readonly speakers: Cursor[];
  /** The cursor to jump with over runs of units: the longest needle every match must hold. */
  private readonly lead: Cursor | null;
  /** Per positive needle: position in its list of units holding it as a whole short word. */
  private readonly shortPos: number[];
  /** Initials (see UnitStore.initials) a unit must have to hold every positive needle. */
  private readonly required: number;
  private readonly firsts: number[];
  private readonly shortLists: (IntList | undefined)[];
  /**
   * A candidate list covering much of the corpus is read with the cursors, like a run (each chunk
   * read about once per needle); a sparse one unit by unit (no reading past a unit's end).
   */
  private readonly denseList: boolean;
  private chunk = -1;
  private chunkUnits = 0;
  private text = '';
  /** Names the text in hand, for the cursors: changes whenever it does (the open chunk grows). */
  private textKey = 0;

  constructor(
    private readonly store: UnitStore,
    readonly plan: QueryPlan,
    private readonly candidates: Candidates,
    limit: number,
    /** Stop at the first match (to check that a query has any). */
    private readonly firstOnly = false,
    /** Articles to look in (1) and to leave out (0); every article when null. */
    private readonly within: Uint8Array | null = null,
  ) {
    this.top = new TopUnits(store, limit);
    this.rangePos = candidates.rangeStart;
    this.denseList = candidates.list.length * 5 > store.count;
    this.positives = cursorsFor(plan.positives);
    this.speakers = cursorsFor(plan.speakers ?? []);
    // A single letter is found from the initials alone: no need to jump with it.
    const lead = this.positives[0] ?? this.speakers[0] ?? null;
    this.lead = lead && !lead.needle.byInitial ? lead : null;
    this.required = plan.positives.reduce((bits, n) => bits | n.initial, 0);
    this.shortPos = plan.positives.map(() => 0);
    this.firsts = plan.positives.map(() => -1);
    this.shortLists = this.positives.map((c) => (c.needle.shortKey < 0 ? undefined : store.shortWords.get(c.needle.shortKey)));
  }

  /** Scans until done or `deadline` (a performance.now() time) passes; returns done. */
  step(deadline: number): boolean {
    const { list } = this.candidates;
    const store = this.store;
    let sinceClock = 0;
    while (!this.done) {
      if (++sinceClock === SLICE) {
        sinceClock = 0;
        if (performance.now() >= deadline) break;
      }
      if (this.listPos < list.length) {
        this.check(list[this.listPos++]!, this.denseList);
      } else if (this.rangePos < store.count) {
        this.rangePos = this.lead ? this.jump(this.rangePos) : (this.check(this.rangePos, true), this.rangePos + 1);
      } else {
        this.done = true;
      }
      if (this.firstOnly && this.matched.length > 0) this.done = true;
    }
    return this.done;
  }

  /** Candidates for a query that refines this one: the matches so far and everything not yet looked at. */
  remaining(): Candidates {
    if (this.done) return { list: this.matched.view(), rangeStart: this.rangePos };
    const rest = this.candidates.list.subarray(this.listPos);
    const list = new Int32Array(this.matched.length + rest.length);
    list.set(this.matched.view());
    list.set(rest, this.matched.length);
    return { list, rangeStart: this.rangePos };
  }

  /** From unit `from`, skips to the next unit holding the lead needle and checks it; returns the unit to go on from. */
  private jump(from: number): number {
    const store = this.store;
    const chunk = store.chunk[from]!;
    const text = this.textOf(chunk);
    const at = this.lead!.next(this.textKey, text, store.start[from]!);
    if (at < 0) return store.chunkEnd(chunk);
    const unit = store.unitAt(chunk, at, from);
    this.check(unit, true);
    return unit + 1;
  }

  private textOf(chunk: number): string {
    const units = this.store.chunkEnd(chunk) - this.store.chunkFirst[chunk]!;
    if (chunk !== this.chunk || units !== this.chunkUnits) {
      this.chunk = chunk;
      this.chunkUnits = units;
      this.text = this.store.chunkText(chunk);
      this.textKey++;
    }
    return this.text;
  }

  /**
   * Checks one unit. In a run (`inRun`), needles are found with the cursors over the chunk; a unit
   * from a candidate list is searched on its own, as the chunk around it is mostly not candidates.
   */
  private check(unit: number, inRun: boolean): void {
    const store = this.store;
    if (store.alive[unit] === 0 || (this.plan.scope & KIND_BIT[store.kind[unit]!]!) === 0) return;
    if (this.within !== null && this.within[store.article[unit]!] !== 1) return;
    const initials = store.initials[unit]!;
    if ((initials & this.required) !== this.required) return;
    let text = this.textOf(store.chunk[unit]!);
    let start = store.start[unit]!;
    let end = store.end(unit);
    let speakerAt = this.plan.speakers ? store.speakerAt(unit) : -1;
    if (!inRun) {
      text = text.slice(start, end);
      speakerAt -= start;
      end -= start;
      start = 0;
    }
    const key = inRun ? this.textKey : -1;
    if (this.plan.speakers) {
      if (speakerAt < 0) return;
      for (const cursor of this.speakers) {
        const at = cursor.next(key, text, speakerAt);
        if (at < 0 || at >= end) return;
      }
    }
    const { positives, firsts } = this;
    for (let i = 0; i < positives.length; i++) {
      const cursor = positives[i]!;
      if (cursor.needle.byInitial) continue; // the initials said yes
      const at = cursor.next(key, text, start);
      if (at < 0 || at >= end) return;
      firsts[i] = at;
    }
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
    for (let i = 0; i < positives.length; i++) if (this.isWhole(unit, text, key, end, i, firsts[i]!)) whole++;
    const score = unitScore(store, unit, whole);
    this.scores.push(score);
    this.top.offer(unit, score);
  }

  /** Whether positive needle `i` hits `unit` (ending at `end`) as a whole word somewhere. */
  private isWhole(unit: number, text: string, key: number, end: number, i: number, first: number): boolean {
    const cursor = this.positives[i]!;
    const needle = cursor.needle;
    if (needle.whole || !needle.endsInWord) return true;
    if (needle.shortKey < 0) {
      // Through the cursor: the look past this unit's last hit is remembered for the next unit.
      for (let at = first; at >= 0 && at < end; at = cursor.next(key, text, at + 1)) if (wholeAt(text, needle, at)) return true;
      return false;
    }
    // One- and two-letter words: a walk along the list of units holding that word (both ascend).
    const list = this.shortLists[i];
    if (!list) return false;
    let pos = this.shortPos[i]!;
    const data = list.data;
    while (pos < list.length && data[pos]! < unit) pos++;
    this.shortPos[i] = pos;
    return pos < list.length && data[pos] === unit;
  }
}
