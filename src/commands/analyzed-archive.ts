import type { AnalyzedArticle, LoadError } from '../core/article.js';
import type { InputPath } from '../core/load/find-files.js';
import { loadCorpusLazily } from '../core/load/load-corpus-lazily.js';
import { analyzeInOrder } from './analyze-in-order.js';
import { reportErrors } from './report-errors.js';

const toStderr = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Every article of the archive with its analysis, handed to `visit` one at a time in the archive's
 * order: from the archive's store when `storeFile` is given (refreshed first), else read and analysed
 * on all cores. Problems go to stderr. Returns how many articles were visited and every problem.
 */
export async function forEachAnalyzedArticle(
  inputs: readonly InputPath[],
  storeFile: string | null,
  maxBytes: number | undefined,
  visit: (article: AnalyzedArticle, index: number) => void | Promise<void>,
): Promise<{ count: number; errors: readonly LoadError[] }> {
  if (storeFile !== null) {
    const { forEachStoredArticle } = await import('./json-from-store.js');
    return forEachStoredArticle(inputs, storeFile, maxBytes, visit);
  }
  const corpus = await loadCorpusLazily(inputs, maxBytes === undefined ? {} : { maxBytes });
  reportErrors(corpus.errors, toStderr);
  const errors = await analyzeInOrder(corpus.articles, undefined, visit);
  reportErrors(errors, toStderr);
  return { count: corpus.articles.length, errors: [...corpus.errors, ...errors] };
}
