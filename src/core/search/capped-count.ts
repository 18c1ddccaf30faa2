// Counting under a cap. Past the cap nothing is counted: articles are taken in archive order until
// their matches pass it, and the page is ranked among those articles. A store's engine reads
// articles in the same order and stops at the same place, so both give the same answer.
import { TopUnits } from './rank.js';
import type { ScanTask } from './scan-task.js';
import type { UnitStore } from './unit-store.js';

/** What a finished scan shows when it matched more units than the cap. */
export interface CappedAnswer {
  /** The cap. */
  readonly total: number;
  /** Articles, in archive order, it took to pass the cap. */
  readonly articleCount: number;
  /** The best `limit` units of those articles, with their scores, best first. */
  readonly page: readonly { unit: number; score: number }[];
}

/** The capped answer of a finished scan, or null when it matched no more than `cap` units. */
export function capMatches(store: UnitStore, scan: ScanTask, cap: number, limit: number): CappedAnswer | null {
  const matched = scan.matched.view();
  if (matched.length <= cap) return null;
  const perArticle = new Int32Array(store.articleLimit());
  for (const unit of matched) perArticle[store.article[unit]!]!++;
  let running = 0;
  let articleCount = 0;
  let last = perArticle.length - 1;
  for (let article = 0; article < perArticle.length; article++) {
    if (perArticle[article] === 0) continue;
    articleCount++;
    running += perArticle[article]!;
    if (running > cap) {
      last = article;
      break;
    }
  }
  const top = new TopUnits(store, limit);
  // Scores are kept only when a page is (limit > 0), one per match.
  if (limit > 0) matched.forEach((unit, i) => store.article[unit]! <= last && top.offer(unit, scan.scores.data[i]!));
  return { total: cap, articleCount, page: top.sorted() };
}
