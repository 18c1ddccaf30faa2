// The reader's copy of a shared archive: what the server holds (or the part under some paths) is
// brought into a local store, so the screen, its search and its views work from this machine's disk
// as on local files, and keep working when the server goes away. Only what changed on the server is
// fetched again: articles are compared by path and content hash.
import type { StoredArticle } from '../core/store/archive-store.js';
import type { AsyncArchiveStore } from '../core/store/async-archive-store.js';
import { analysisVersion, analyzeCorpus } from './analyze-corpus.js';
import { progressPoster, type IndexWorkerMessage } from './background-index.js';
import type { IndexOptions, IndexSummary } from './index-command.js';
import { openServerStore } from './open-server-store.js';
import { readServerUrl } from './postgres-url.js';

/** Articles asked of the server, and written here, at a time (the first copy's first page is smaller). */
const PAGE = 256;
const FIRST_PAGE = 32;

/**
 * Brings `local` up to date with `server`: articles gone from the server are removed, new and
 * changed ones fetched (whole pages in order when many changed, one by one when few) and written a
 * page a transaction, and the local order follows the server's. An article the server holds no
 * analysis of (made by other rules, or none yet) is analysed here.
 */
export async function mirrorArchive(server: AsyncArchiveStore, local: AsyncArchiveStore, options: Pick<IndexOptions, 'progress' | 'committed'> = {}): Promise<IndexSummary> {
  const [theirs, ours] = await Promise.all([server.stamps(), local.stamps()]);
  const gone = [...ours.keys()].filter((path) => !theirs.has(path));
  if (gone.length) await local.remove(gone);
  const wanted = new Set([...theirs.values()].filter((stamp) => ours.get(stamp.path)?.hash !== stamp.hash).map((stamp) => stamp.path));
  const added = [...wanted].filter((path) => !ours.has(path)).length;
  let done = 0;
  const write = async (items: readonly StoredArticle[]) => {
    if (items.length === 0) return;
    await local.put(await withAnalyses(items));
    done += items.length;
    options.committed?.(items.map((item) => item.stamp.path));
    options.progress?.(done, wanted.size);
  };
  // The server's order: positions for what is written here, and for reordering what was not.
  const order = new Map<string, number>();
  if (wanted.size > theirs.size / 8) {
    // Many to fetch (the first copy): whole pages in order, which also tell the order; the first page shows at once.
    // (A small first page, so the screen has something to show sooner.)
    for (let offset = 0, size = FIRST_PAGE; ; offset += size, size = PAGE) {
      const page = await server.window(offset, size);
      page.forEach((item, k) => order.set(item.stamp.path, offset + k));
      await write(page.filter((item) => wanted.has(item.stamp.path)).map((item, k) => ({ ...item, order: order.get(item.stamp.path) ?? offset + k })));
      if (page.length < size) break;
    }
  } else {
    for (let offset = 0; ; offset += PAGE * 16) {
      const page = await server.list(offset, PAGE * 16);
      page.forEach((summary, k) => order.set(summary.path, offset + k));
      if (page.length < PAGE * 16) break;
    }
    const paths = [...wanted];
    for (let k = 0; k < paths.length; k += PAGE) {
      const items = (await Promise.all(paths.slice(k, k + PAGE).map((path) => server.get(path)))).filter((item): item is StoredArticle => item !== null);
      await write(items.map((item) => ({ ...item, order: order.get(item.stamp.path) ?? item.order })));
    }
  }
  await local.reorder(order);
  return { total: theirs.size, added, changed: wanted.size - added, removed: gone.length, reanalysed: 0, errors: [], gone };
}

/** The items with an analysis: the server's, or one made here by today's rules. */
async function withAnalyses(items: readonly StoredArticle[]): Promise<StoredArticle[]> {
  const missing = items.filter((item) => item.analysis === null).map((item) => item.article);
  if (missing.length === 0) return [...items];
  const { analyzed } = await analyzeCorpus(missing);
  const made = new Map(analyzed.map(({ quotes, facts, entities, ...article }) => [article.path, { quotes, facts, entities }]));
  return items.map((item) => (item.analysis ? item : { ...item, analysis: made.get(item.article.path) ?? null }));
}

/** How long to wait before trying a server again after a failure. */
export const RETRY_MS = 15_000;

/** How long between looks for changes on the server: a minute, or READER_SERVER_POLL_MS. */
function pollMs(): number {
  const given = Number(process.env['READER_SERVER_POLL_MS']);
  return Number.isFinite(given) && given > 0 ? given : 60_000;
}

/** What following a server tells the screen, as the index worker's messages. */
type Post = (message: IndexWorkerMessage) => void;

/**
 * Keeps `local` a copy of the archive at `url` for as long as the reader is open: a first copy,
 * then a look for changes every minute (READER_SERVER_POLL_MS). A server that cannot be reached, or a connection lost
 * midway, is one line for the footer; the copy keeps working and the next try comes 15 s later.
 */
export async function followServer(url: string, roots: readonly string[] | null, local: AsyncArchiveStore, post: Post, after: () => Promise<void>, wait = sleep): Promise<never> {
  for (;;) {
    const opened = await openServerStore(url, { analysisVersion: analysisVersion(), roots, mode: 'read' });
    let ok = false;
    if ('failure' in opened) post({ type: 'notice', text: offline(url) });
    else {
      try {
        const summary = await mirrorArchive(opened.store, local, {
          progress: progressPoster(post),
          committed: (paths) => post({ type: 'committed', paths }),
        });
        post({ type: 'done', summary });
        await after();
        ok = true;
      } catch (error) {
        // A connection gone is said shortly; the copy here failing (a full disk), or the server refusing, in its own words.
        const local = String((error as { code?: unknown }).code ?? '').startsWith('SQLITE');
        const said = local ? `the copy on this machine could not be written: ${error instanceof Error ? error.message : String(error)}` : opened.describe(error).replace(/^reader: /, '');
        post({ type: 'notice', text: /^(cannot reach|lost the connection)/.test(said) ? offline(url) : said });
      } finally {
        await opened.store.close().catch(() => {});
      }
    }
    await wait(ok ? pollMs() : Math.min(RETRY_MS, pollMs()));
  }
}

/** `reader@db:5432/archive not answering: reading the copy here, next try in 15 s` (short enough for the footer). */
function offline(url: string): string {
  const server = readServerUrl(url);
  return `${'problem' in server ? 'the server' : server.name} not answering: reading the copy here, next try in ${Math.ceil(Math.min(RETRY_MS, pollMs()) / 1000)} s`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
