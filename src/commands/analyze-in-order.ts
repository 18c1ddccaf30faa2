import { availableParallelism } from 'node:os';
import type { AnalyzedArticle, Article, LoadError } from '../core/article.js';
import { createAnalysisPool } from '../core/analysis/analysis-pool.js';
import type { StoredRow } from '../core/store/stored-row.js';
import { ANALYSIS_WORKER_URL } from './analyze-corpus.js';

/** Articles queued ahead of the one being written: enough to keep every core busy, few enough to stay small. */
const AHEAD = 128;

const EMPTY = { quotes: [], facts: [], entities: [] } as const;

/** Articles by position: an array, or a source that reads each one only when the analysis reaches it. */
export interface ArticleSource {
  readonly length: number;
  at(index: number): Article | undefined;
}

/**
 * Analyses every article on all cores and hands each to `write` in article order, as soon as it and
 * all before it are done; `write` may return a promise (backpressure), and nothing waits in memory
 * beyond a window of `AHEAD` articles. An article whose analysis fails is written with empty arrays.
 * With `rows`, each article comes with its row for the local store, made in the analysis thread,
 * and with empty arrays in place of the analysis the row holds.
 */
export async function analyzeInOrder(
  articles: ArticleSource,
  workers: number | undefined,
  write: (article: AnalyzedArticle, index: number, row?: StoredRow) => void | Promise<void>,
  rows = false,
): Promise<LoadError[]> {
  const errors: LoadError[] = [];
  if (articles.length === 0) return errors;
  const done = new Map<number, AnalyzedArticle>();
  const madeRows = new Map<number, StoredRow>();
  let wake: (() => void) | undefined;
  const pool = createAnalysisPool(ANALYSIS_WORKER_URL, (index, result) => {
    const article = articles.at(index)!;
    if ('error' in result) errors.push({ path: article.path, message: `analysis failed: ${result.error}` });
    // A row holds the analysis: the article goes on with empty arrays, and the row is what is written.
    if ('row' in result) madeRows.set(index, result.row);
    done.set(index, 'error' in result || 'row' in result ? { ...article, ...EMPTY } : { ...article, ...result });
    wake?.();
  }, Math.min(articles.length, workers ?? availableParallelism()), { rows });
  let queued = Math.min(AHEAD, articles.length);
  pool.add(Array.from({ length: queued }, (_, i) => articles.at(i)!), 0);
  try {
    for (let next = 0; next < articles.length; next++) {
      while (!done.has(next)) await new Promise<void>((resolve) => (wake = resolve));
      const article = done.get(next)!;
      const row = madeRows.get(next);
      done.delete(next);
      madeRows.delete(next);
      if (queued < articles.length) {
        pool.add([articles.at(queued)!], queued);
        queued++;
      }
      await write(article, next, row);
    }
  } finally {
    await pool.close();
  }
  return errors;
}
