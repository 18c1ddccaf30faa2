import type { Analysis, Article } from '../core/article.js';
import type { InputPath } from '../core/load/find-files.js';
import { StoreCatalog } from '../core/store/store-catalog.js';
import type { ArchiveStore } from '../core/store/archive-store.js';
import { openSqliteStore } from '../core/store/sqlite-store.js';
import { analysisVersion } from './analyze-corpus.js';
import { startBackgroundIndex, type BackgroundIndex, type IndexWorkerMessage, type ServerSource } from './background-index.js';

/** An archive opened for the reader from its store, with the refresh running beside it. */
export interface StoredArchive {
  readonly catalog: StoreCatalog;
  /** Every stored article, as views that read their text when shown. */
  readonly articles: Article[];
  /** Stored analyses by article index. */
  readonly analyses: [number, Analysis][];
  /** A line for the user (a damaged store set aside). */
  readonly notice: string | null;
  /** The store was empty: this is the archive's first indexing. */
  readonly firstRun: boolean;
  /** Starts the refresh (if the first run has not already) and hands its messages to `listen`, those that came before first. */
  listen(listen: (message: IndexWorkerMessage) => void): void;
  /** Stops the refresh. */
  stop(): Promise<void>;
  /** Another connection to the store (for searching it while the refresh writes). */
  openStore(): ArchiveStore;
}

/**
 * Opens the archive's store for the reader: the stored list at once, the refresh (stat, hash, parse
 * and analyse only what changed) in a worker. A store still empty (the first run) is shown as soon
 * as its first articles are written. Null, with the reason, when the store cannot be used (a
 * read-only or full disk): the reader then reads the files into memory.
 */
export async function openStoredArchive(inputs: readonly InputPath[], file: string, maxBytes: number | undefined, server?: ServerSource): Promise<StoredArchive | { readonly unusable: string }> {
  let opened;
  try {
    opened = openSqliteStore(file, analysisVersion());
  } catch (error) {
    return { unusable: `store ${file} not used (${error instanceof Error ? error.message : String(error)}): reading the files into memory` };
  }
  const catalog = new StoreCatalog(opened.store);
  const early: IndexWorkerMessage[] = [];
  let listener: ((message: IndexWorkerMessage) => void) | null = null;
  let stopped = false;
  let first: (() => void) | null = null;
  let refresh: BackgroundIndex | null = null;
  const start = () => {
    refresh ??= startBackgroundIndex(inputs, file, maxBytes, (message) => {
      if (listener) listener(message);
      else if (!stopped) early.push(message);
      // (A server that cannot be reached on the first run leaves nothing to wait for.)
      if (message.type !== 'progress' && (message.type !== 'notice' || server)) first?.();
    }, server);
  };
  // The first run: wait for the first transaction (or the end, for an archive with nothing in it).
  // Otherwise the refresh waits for the screen, so it never delays the first frame.
  const firstRun = catalog.count() === 0;
  if (firstRun) {
    start();
    await new Promise<void>((resolve) => (first = resolve));
  }
  first = null;
  const entries = catalog.page(0, catalog.count());
  const articles = entries.map((e) => e.article);
  const analyses: [number, Analysis][] = [];
  entries.forEach((e, i) => {
    if (e.analysis) analyses.push([i, e.analysis]);
  });
  // What the first transaction wrote is in the list already.
  const known = new Set(articles.map((a) => a.path));
  return {
    catalog, articles, analyses, notice: opened.notice, firstRun,
    listen(fn) {
      for (const message of early) if (!(message.type === 'committed' && message.paths.every((p) => known.has(p)))) fn(message);
      listener = fn;
      start();
    },
    openStore: () => openSqliteStore(file, analysisVersion()).store,
    stop: async () => {
      // Nothing the refresh says after this reaches the screen (the catalog is about to close).
      listener = null;
      stopped = true;
      await (refresh as BackgroundIndex | null)?.stop();
      catalog.close();
    },
  };
}
