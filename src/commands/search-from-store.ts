// `reader --search` on an archive that has a store: a quick refresh (only changed files are parsed
// and analysed), then the store's engine answers, reading only the candidate articles its index
// names. The same lines as without a store; every match counted and printed (no cap).
import type { Article } from '../core/article.js';
import type { InputPath } from '../core/load/find-files.js';
import { asAsyncStore } from '../core/store/async-archive-store.js';
import { openSqliteStore } from '../core/store/sqlite-store.js';
import { createStoreSearch } from '../core/store/store-search.js';
import { analysisVersion } from './analyze-corpus.js';
import { indexArchive } from './index-command.js';
import { reportErrors } from './report-errors.js';
import { nothingToFind } from './search-command.js';
import { printSearchAnswer, type SearchOutput } from './search-output.js';

/** Runs `--search QUERY` from the store in `file`; returns the exit code. */
export async function runSearchFromStore(query: string, inputs: readonly InputPath[], file: string, maxBytes: number | undefined, output: SearchOutput): Promise<number> {
  const { store, notice } = openSqliteStore(file, analysisVersion());
  try {
    if (notice) output.err(`reader: ${notice}\n`);
    const summary = await indexArchive(inputs, asAsyncStore(store), maxBytes === undefined ? {} : { maxBytes });
    reportErrors(summary.errors, (line) => output.err(`${line}\n`));
    // Nothing loaded, so nothing matched: 1, as without a store.
    if (summary.total === 0) return 1;
    if (nothingToFind(query, output.err)) return 2;
    const answer = createStoreSearch(store).search(query, { limit: Infinity });
    const positions = [...new Set(answer.results.map((r) => r.article))];
    const articles = new Map<number, Article>();
    store.articlesAt(positions).forEach((item, k) => articles.set(positions[k]!, item.article));
    return printSearchAnswer(answer, (i) => articles.get(i), output);
  } finally {
    store.close();
  }
}
