import type { InputPath } from '../core/load/find-files.js';
import { ListWindow } from '../core/store/list-window.js';
import { StoreCatalog } from '../core/store/store-catalog.js';
import type { ArchiveStore } from '../core/store/archive-store.js';
import type { ListSource } from '../core/store/list-source.js';
import { openSqliteStore } from '../core/store/sqlite-store.js';
import { analysisVersion } from './analyze-corpus.js';
import { startBackgroundIndex, type BackgroundIndex, type IndexWorkerMessage, type ServerSource } from './background-index.js';

/** An archive opened for the reader from its store, with the refresh running beside it. */
export interface StoredArchive {
  readonly catalog: StoreCatalog;
  /** The list over the store: its rows are read when shown. */
  readonly window: ListWindow;
  /** A line for the user (a damaged store set aside). */
  readonly notice: string | null;
  /** The store was empty: this is the archive's first indexing. */
  readonly firstRun: boolean;
  /** Starts the refresh (if the first run has not already) and hands its messages to `listen`, those that came before first. */
  listen(listen: (message: IndexWorkerMessage) => void): void;
  /** Stops the refresh. */
  stop(): Promise<void>;
  /** Another connection to the store (for searching it while the refresh writes). */
  openStore(): ArchiveStore & ListSource;
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
  // On the first run the refresh writes while the list is read: its order is read at once.
  const window = new ListWindow(catalog, opened.store, firstRun ? Infinity : undefined);
  return {
    catalog, window, notice: opened.notice, firstRun,
    listen(fn) {
      // What the first transaction wrote is in the list already.
      for (const message of early) if (!(message.type === 'committed' && message.paths.every((p) => window.positionOf(p) !== null))) fn(message);
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
