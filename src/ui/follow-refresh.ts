import type { Analysis, Article } from '../core/article.js';
import { groupDigits } from '../core/group-digits.js';
import type { StoredArchive } from '../commands/stored-archive.js';
import type { ServiceEvent } from './services.js';

/** How often articles the refresh wrote are handed to the screen (each hand-over costs a frame). */
const FLUSH_MS = 300;

/**
 * Follows the store's refresh: articles it wrote for the first time join the end of the list, those
 * written again (edited files) are replaced where they stand, those whose files are gone say so,
 * and the header shows its progress. `articles` is the screen's list, kept in step. `indexed` is
 * told what changed, for the search index.
 */
export function followRefresh(
  stored: StoredArchive,
  articles: Article[],
  emit: (event: ServiceEvent) => void,
  indexed: (added: boolean, analyses: readonly (readonly [number, Analysis])[]) => void,
  refreshed: (gone: ReadonlySet<number>, changed: boolean) => void,
  /** The people and names tables were worked out again (after `done`). */
  peopleRemade: () => void = () => {},
): void {
  const { firstRun } = stored;
  const goneIndexes = new Set<number>();
  const indexOf = new Map(articles.map((a, i) => [a.path, i]));
  // On the first run, the articles listed at the start were written by this same run: not changes.
  const listedAtStart = stored.firstRun ? new Set(indexOf.keys()) : new Set<string>();
  let added: Article[] = [];
  let replaced: [number, Article][] = [];
  let analyses: [number, Analysis][] = [];
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    timer = null;
    if (added.length) emit({ type: 'articles-added', articles: added });
    if (replaced.length) emit({ type: 'articles-replaced', entries: replaced });
    if (analyses.length) emit({ type: 'analyses', entries: analyses });
    indexed(added.length > 0, analyses);
    // The old views of replaced articles may go once the screen has drawn their successors.
    const paths = replaced.map(([, article]) => article.path);
    if (paths.length) setTimeout(() => stored.catalog.release(paths), 2000).unref();
    added = [];
    replaced = [];
    analyses = [];
  };
  stored.listen((message) => {
    switch (message.type) {
      case 'progress':
        emit({ type: 'refresh', progress: `refreshing ${groupDigits(message.done)}/${groupDigits(message.total)}` });
        return;
      case 'committed':
        for (const path of message.paths) {
          if (listedAtStart.has(path)) continue;
          const entry = stored.catalog.entry(path);
          if (!entry) continue;
          let i = indexOf.get(path);
          if (i === undefined) {
            i = articles.length;
            indexOf.set(path, i);
            articles.push(entry.article);
            added.push(entry.article);
          } else {
            articles[i] = entry.article;
            replaced.push([i, entry.article]);
          }
          if (entry.analysis) analyses.push([i, entry.analysis]);
        }
        timer ??= setTimeout(flush, FLUSH_MS);
        return;
      case 'done': {
        if (timer) clearTimeout(timer);
        flush();
        const { summary } = message;
        for (const path of summary.gone) {
          const i = indexOf.get(path);
          if (i === undefined) continue;
          const was = articles[i]!;
          goneIndexes.add(i);
          articles[i] = goneArticle(was);
          replaced.push([i, articles[i]!]);
        }
        if (replaced.length) emit({ type: 'articles-replaced', entries: replaced });
        replaced = [];
        emit({ type: 'refresh', progress: null });
        const changes = summary.added + summary.changed + summary.removed;
        if (changes && !firstRun) emit({ type: 'message', text: `refreshed: ${groupDigits(summary.added)} new, ${groupDigits(summary.changed)} changed, ${groupDigits(summary.removed)} removed` });
        emit({ type: 'load-errors', errors: summary.errors });
        refreshed(goneIndexes, changes > 0);
        return;
      }
      case 'people-tables':
        peopleRemade();
        return;
      case 'notice':
      case 'failed':
        emit({ type: 'refresh', progress: null });
        emit({ type: 'message', text: message.type === 'failed' ? `refresh failed: ${message.text}` : message.text });
        return;
    }
  });
}

/** What stands in the list for an article whose file is gone from the archive. */
function goneArticle(was: Article): Article {
  return { path: was.path, title: `${was.title} (gone from the archive)`, byline: null, section: was.section, paragraphs: [], boilerplate: [], words: 0, readingMinutes: 0 };
}
