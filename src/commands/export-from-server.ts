// `reader --export md|csv [--search QUERY] --store postgres://… [PATH…]`: the shared archive as a
// Markdown digest or one CSV row per quotation, read a page at a time in the archive's order (with
// --search, only the matching articles, found by the server's full-text index and the matcher). An
// article the server holds no analysis of is analysed here. The same output as on the files.
import { resolve } from 'node:path';
import type { AnalyzedArticle } from '../core/article.js';
import type { StoredArticle } from '../core/store/archive-store.js';
import { createAsyncStoreSearch } from '../core/store/async-store-search.js';
import { analysisVersion, analyzeCorpus } from './analyze-corpus.js';
import type { ExportFormat } from './cli-flags.js';
import { startExport } from './export-command.js';
import { openServerStore } from './open-server-store.js';
import { reportErrors } from './report-errors.js';
import { nothingToFind } from './search-command.js';
import { summary } from './search-output.js';

/** Articles asked of the server at a time. */
const PAGE = 256;

const toStderr = (text: string) => process.stderr.write(text);

/** Runs `--export` on the archive at `url` (only the articles indexed under `paths`, when given); returns the exit code. */
export async function runExportFromServer(url: string, paths: readonly string[], format: ExportFormat, query: string | undefined): Promise<number> {
  if (query !== undefined && nothingToFind(query, toStderr)) return 2;
  const opened = await openServerStore(url, { analysisVersion: analysisVersion(), roots: paths.length ? paths.map((p) => resolve(p)) : null, mode: 'read' });
  if ('failure' in opened) {
    process.stderr.write(`${opened.failure}\n`);
    return 1;
  }
  const { store, describe } = opened;
  let written = 0;
  try {
    const write = await startExport(format, query);
    const writePage = async (page: readonly StoredArticle[]) => {
      for (const article of await withAnalyses(page)) {
        await write(article);
        written++;
      }
    };
    if (query === undefined) {
      for (let offset = 0; ; offset += PAGE) {
        const page = await store.window(offset, PAGE);
        await writePage(page);
        if (page.length < PAGE) break;
      }
    } else {
      const answer = await createAsyncStoreSearch(store).search(query, { limit: Infinity });
      process.stderr.write(`${summary(answer)}\n`);
      const matched = [...new Set(answer.results.map((r) => r.article))].sort((a, b) => a - b);
      for (let k = 0; k < matched.length; k += PAGE) await writePage(await store.articlesAt(matched.slice(k, k + PAGE)));
    }
  } catch (error) {
    process.stderr.write(`${describe(error)}\n`);
    return 1;
  } finally {
    await store.close().catch(() => {});
  }
  return written > 0 ? 0 : 1;
}

/** The articles of a page with their analyses, made here where the server has none by today's rules. */
async function withAnalyses(page: readonly StoredArticle[]): Promise<AnalyzedArticle[]> {
  const missing = page.filter((item) => item.analysis === null).map((item) => item.article);
  const { analyzed, errors } = await analyzeCorpus(missing);
  reportErrors(errors, (line) => process.stderr.write(`${line}\n`));
  const made = new Map(analyzed.map((a) => [a.path, a]));
  return page.flatMap((item) => (item.analysis ? [{ ...item.article, ...item.analysis }] : (made.get(item.article.path) ?? [])));
}
