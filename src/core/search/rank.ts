// Ranking: whole-word and phrase hits first, then titles and quotes above facts above body text,
// then archive order. Nothing finer: a store's index can then take each class in archive order with a
// LIMIT and never rank every match (see store/indexed-answer.ts). Only the page is kept sorted.
import type { SearchResult } from './search-types.js';
import type { UnitStore } from './unit-store.js';

const KIND_WEIGHT = [2, 0, 2, 1]; // title, paragraph, quote, fact

/** Higher is better: `whole` is how many query words hit as whole words (or closed phrases). */
export function unitScore(store: UnitStore, unit: number, whole: number): number {
  return whole * 16 + KIND_WEIGHT[store.kind[unit]!]! * 4;
}

/** Negative when unit `a` (score `sa`) ranks before `b`. */
export function compareUnits(store: UnitStore, a: number, sa: number, b: number, sb: number): number {
  if (sa !== sb) return sb - sa;
  return (
    store.article[a]! - store.article[b]! ||
    store.paragraph[a]! - store.paragraph[b]! ||
    store.kind[a]! - store.kind[b]! ||
    store.item[a]! - store.item[b]! ||
    a - b
  );
}

const KIND_ORDER: Readonly<Record<SearchResult['where'], number>> = { title: 0, paragraph: 1, quote: 2, fact: 3 };

/** compareUnits for built results (which carry their rank): to merge pages answered apart. */
export function compareResults(a: SearchResult, b: SearchResult): number {
  return (
    (b.rank ?? 0) - (a.rank ?? 0) ||
    a.article - b.article ||
    (a.paragraph ?? -1) - (b.paragraph ?? -1) ||
    KIND_ORDER[a.where] - KIND_ORDER[b.where] ||
    (a.item ?? -1) - (b.item ?? -1)
  );
}

/** The best `limit` units seen so far: a heap with the worst kept unit at the root. */
export class TopUnits {
  private readonly units: number[] = [];
  private readonly scores: number[] = [];
  constructor(
    private readonly store: UnitStore,
    /** How many to keep. */
    readonly limit: number,
  ) {}

  /** Offers a matching unit. */
  offer(unit: number, score: number): void {
    const { units, scores } = this;
    if (units.length < this.limit) {
      units.push(unit);
      scores.push(score);
      this.up(units.length - 1);
    } else if (this.limit > 0 && this.worse(units[0]!, scores[0]!, unit, score)) {
      units[0] = unit;
      scores[0] = score;
      this.down(0);
    }
  }

  /** The kept units with their scores, best first. */
  sorted(): { unit: number; score: number }[] {
    const order = this.units.map((_, i) => i);
    order.sort((i, j) => compareUnits(this.store, this.units[i]!, this.scores[i]!, this.units[j]!, this.scores[j]!));
    return order.map((i) => ({ unit: this.units[i]!, score: this.scores[i]! }));
  }

  /** True when (ua, sa) ranks after (ub, sb). */
  private worse(ua: number, sa: number, ub: number, sb: number): boolean {
    return compareUnits(this.store, ua, sa, ub, sb) > 0;
  }

  private up(i: number): void {
    const { units, scores } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.worse(units[i]!, scores[i]!, units[parent]!, scores[parent]!)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number): void {
    const { units, scores } = this;
    const n = units.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let worst = i;
      if (l < n && this.worse(units[l]!, scores[l]!, units[worst]!, scores[worst]!)) worst = l;
      if (r < n && this.worse(units[r]!, scores[r]!, units[worst]!, scores[worst]!)) worst = r;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(i: number, j: number): void {
    const { units, scores } = this;
    [units[i], units[j]] = [units[j]!, units[i]!];
    [scores[i], scores[j]] = [scores[j]!, scores[i]!];
  }
}
