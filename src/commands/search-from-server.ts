// `reader --search QUERY --store postgres://… [PATH…]`: the shared archive's search, on the server's
// full-text index, checked by the same matcher; the same lines (or JSON) as `--search` on the files,
// every match counted and printed (no cap). Nothing is read from disk.
import { resolve } from 'node:path';
import type { Article } from '../core/article.js';
import { createAsyncStoreSearch } from '../core/store/async-store-search.js';
import { analysisVersion } from './analyze-corpus.js';
import { openServerStore } from './open-server-store.js';
import { nothingToFind } from './search-command.js';
import { printSearchAnswer, type SearchOutput } from './search-output.js';

/** Runs `--search QUERY` on the archive at `url` (only the articles indexed under `paths`, when given); returns the exit code. */
export async function runSearchFromServer(query: string, url: string, paths: readonly string[], output: SearchOutput): Promise<number> {
  if (nothingToFind(query, output.err)) return 2;
  const opened = await openServerStore(url, { analysisVersion: analysisVersion(), roots: paths.length ? paths.map((p) => resolve(p)) : null, mode: 'read' });
  if ('failure' in opened) {
    output.err(`${opened.failure}\n`);
    return 1;
  }
  const { store, describe } = opened;
  try {
    // Nothing stored there, so nothing matched: 1, as on the files.
    if ((await store.count()) === 0) {
      output.err('reader: no articles found\n');
      return 1;
    }
    const answer = await createAsyncStoreSearch(store).search(query, { limit: Infinity });
    const positions = [...new Set(answer.results.map((r) => r.article))];
    const articles = new Map<number, Article>();
    (await store.articlesAt(positions)).forEach((item, k) => articles.set(positions[k]!, item.article));
    return printSearchAnswer(answer, (i) => articles.get(i), output);
  } catch (error) {
    output.err(`${describe(error)}\n`);
    return 1;
  } finally {
    await store.close().catch(() => {});
  }
}
