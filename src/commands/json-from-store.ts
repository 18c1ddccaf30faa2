import type { Analysis, AnalyzedArticle, Article, LoadError } from '../core/article.js';
import type { InputPath } from '../core/load/find-files.js';
import { asAsyncStore } from '../core/store/async-archive-store.js';
import { openSqliteStore } from '../core/store/sqlite-store.js';
import { analysisVersion } from './analyze-corpus.js';
import { JSON_OPENING, jsonArticlePieces, jsonClosing } from './export-json.js';
import { indexArchive } from './index-command.js';
import { reportErrors } from './report-errors.js';
import { writeAll, writeOut } from './write-stdout.js';

/** Articles read from the store at a time. */
const PAGE = 256;

/**
 * Every article of a refreshed store with its analysis, in the archive's order (for `--search`,
 * which needs the whole archive in memory to scan it).
 */
export async function readStoredArchive(inputs: readonly InputPath[], file: string, maxBytes: number | undefined): Promise<{ articles: Article[]; analyses: (Analysis | null)[]; errors: LoadError[] }> {
  const { store, notice } = openSqliteStore(file, analysisVersion());
  try {
    if (notice) process.stderr.write(`reader: ${notice}\n`);
    const summary = await indexArchive(inputs, asAsyncStore(store), maxBytes === undefined ? {} : { maxBytes });
    const articles: Article[] = [];
    const analyses: (Analysis | null)[] = [];
    for (let offset = 0; offset < summary.total; offset += PAGE) {
      for (const { path } of store.list(offset, PAGE)) {
        const item = store.get(path);
        if (!item) continue;
        articles.push(item.article);
        analyses.push(item.analysis);
      }
    }
    return { articles, analyses, errors: [...summary.errors] };
  } finally {
    store.close();
  }
}

/**
 * Every article of a refreshed store with its analysis, handed to `visit` one at a time in the
 * archive's order (only changed files are parsed and analysed first). Problems go to stderr.
 * Returns how many articles were visited and the problems.
 */
export async function forEachStoredArticle(
  inputs: readonly InputPath[],
  file: string,
  maxBytes: number | undefined,
  visit: (article: AnalyzedArticle, index: number) => void | Promise<void>,
): Promise<{ count: number; errors: readonly LoadError[] }> {
  const { store, notice } = openSqliteStore(file, analysisVersion());
  try {
    if (notice) process.stderr.write(`reader: ${notice}\n`);
    const summary = await indexArchive(inputs, asAsyncStore(store), maxBytes === undefined ? {} : { maxBytes });
    reportErrors(summary.errors, (line) => process.stderr.write(`${line}\n`));
    let count = 0;
    for (let offset = 0; offset < summary.total; offset += PAGE) {
      for (const { path } of store.list(offset, PAGE)) {
        const item = store.get(path);
        if (!item) continue;
        const analysis = item.analysis ?? { quotes: [], facts: [], entities: [] };
        await visit({ ...item.article, ...analysis }, count);
        count++;
      }
    }
    return { count, errors: summary.errors };
  } finally {
    store.close();
  }
}

/**
 * `--json` on an archive that has a store: the store is refreshed, then every article is written
 * from it in the archive's order, one at a time. The document is the same as without a store.
 */
export async function runJsonFromStore(inputs: readonly InputPath[], file: string, maxBytes: number | undefined): Promise<number> {
  let opened = false;
  const { count, errors } = await forEachStoredArticle(inputs, file, maxBytes, async (article, index) => {
    if (!opened) await writeOut(JSON_OPENING);
    opened = true;
    await writeAll(jsonArticlePieces(article, index === 0));
  });
  if (!opened) await writeOut(JSON_OPENING);
  await writeOut(jsonClosing(errors, count > 0));
  return count > 0 ? 0 : 1;
}
