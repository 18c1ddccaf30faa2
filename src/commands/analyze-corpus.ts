import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { AnalyzedArticle, Article, LoadError } from '../core/article.js';
import { createAnalysisPool } from '../core/analysis/analysis-pool.js';

/** The bundled worker, next to the bundled CLI in dist/. */
export const ANALYSIS_WORKER_URL = new URL('./analysis-worker.js', import.meta.url);

/**
 * Names today's analysis rules: a hash of the worker bundle that runs them, so a store's analyses
 * made by any other build are analysed again (a release need not remember to bump a number).
 */
export function analysisVersion(): string {
  try {
    return createHash('sha1').update(readFileSync(ANALYSIS_WORKER_URL)).digest('hex').slice(0, 16);
  } catch {
    return 'unknown';
  }
}

const EMPTY = { quotes: [], facts: [], entities: [] } as const;

/** Analyses every article on all cores; an article whose analysis fails keeps empty arrays and gets an error. */
export async function analyzeCorpus(articles: readonly Article[]): Promise<{ analyzed: AnalyzedArticle[]; errors: LoadError[] }> {
  const analyzed: AnalyzedArticle[] = articles.map((a) => ({ ...a, ...EMPTY }));
  const errors: LoadError[] = [];
  if (articles.length === 0) return { analyzed, errors };
  const pool = createAnalysisPool(ANALYSIS_WORKER_URL, (index, result) => {
    if ('error' in result) errors.push({ path: articles[index]!.path, message: `analysis failed: ${result.error}` });
    else analyzed[index] = { ...articles[index]!, ...result };
  }, Math.min(articles.length, availableParallelism()));
  pool.add(articles, 0);
  await pool.idle();
  await pool.close();
  return { analyzed, errors };
}
