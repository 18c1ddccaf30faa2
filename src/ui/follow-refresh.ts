import type { Article } from '../core/article.js';
import { groupDigits } from '../core/group-digits.js';
import type { StoredArchive } from '../commands/stored-archive.js';
import type { ServiceEvent } from './services.js';

/** How often articles the refresh wrote are handed to the screen (each hand-over costs a frame). */
const FLUSH_MS = 300;

/**
 * Follows the store's refresh: articles it wrote for the first time join the end of the list, those
 * written again (edited files) are read again where they stand, those whose files are gone say so,
 * and the header shows its progress. The screen gets the window's rows after each batch.
 */
export function followRefresh(
  stored: StoredArchive,
  emit: (event: ServiceEvent) => void,
  /** The store was written; `added` when the list grew. */
  indexed: (added: boolean) => void,
  refreshed: (gone: ReadonlySet<number>, changed: boolean) => void,
  /** The people and names tables were worked out again (after `done`). */
  peopleRemade: () => void = () => {},
): void {
  const { firstRun, window } = stored;
  const goneIndexes = new Set<number>();
  let written: string[] = [];
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    timer = null;
    if (!written.length) return;
    const before = window.rows().length;
    const paths = written;
    written = [];
    if (!window.written(paths)) return;
    const rows = window.rows();
    emit({ type: 'articles-changed', articles: rows });
    indexed(rows.length > before);
    // The old views of articles written again may go once the screen has drawn their successors.
    setTimeout(() => stored.catalog.release(paths), 2000).unref();
  };
  stored.listen((message) => {
    switch (message.type) {
      case 'progress':
        emit({ type: 'refresh', progress: `refreshing ${groupDigits(message.done)}/${groupDigits(message.total)}` });
        return;
      case 'committed':
        written.push(...message.paths);
        timer ??= setTimeout(flush, FLUSH_MS);
        return;
      case 'done': {
        if (timer) clearTimeout(timer);
        flush();
        const { summary } = message;
        const gone = window.removed(summary.gone, goneArticle);
        for (const i of gone) goneIndexes.add(i);
        if (gone.length) emit({ type: 'articles-changed', articles: window.rows() });
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

/** What stands in the list for an article whose file is gone from the archive (`was` as last shown, when it is at hand). */
function goneArticle(path: string, was: Article | undefined): Article {
  return { path, title: `${was?.title ?? path} (gone from the archive)`, byline: null, section: was?.section ?? null, paragraphs: [], boilerplate: [], words: 0, readingMinutes: 0 };
}
