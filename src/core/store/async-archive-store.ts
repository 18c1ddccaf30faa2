// The store's interface in its asynchronous form: a server answers later, a file at once. Every
// engine is used through it; a synchronous one (memory, SQLite) is wrapped by `asAsyncStore`.
import type { ArchiveStore, ArticleSummary, FileStamp, StoredArticle } from './archive-store.js';

/** The same methods as `ArchiveStore`, each answering with a promise. */
export interface AsyncArchiveStore {
  /** Every file indexed, by path. */
  stamps(): Promise<Map<string, FileStamp>>;
  /** Adds or replaces articles, all or none. */
  put(items: readonly StoredArticle[]): Promise<void>;
  /** Moves articles to new places in the archive's order (paths not stored are ignored). */
  reorder(order: ReadonlyMap<string, number>): Promise<void>;
  /** Removes articles by path, all or none. */
  remove(paths: readonly string[]): Promise<void>;
  /** Articles stored. */
  count(): Promise<number>;
  /** Paths whose analysis is missing or was made by other rules than today's: to analyse again. */
  unanalysed(): Promise<string[]>;
  /** A window of the archive in its order. */
  list(offset: number, limit: number): Promise<ArticleSummary[]>;
  /** One article with its analysis, or null. */
  get(path: string): Promise<StoredArticle | null>;
  /** A window of whole articles in the archive's order: what `list` and `get` give, in one request to a server. */
  window(offset: number, limit: number): Promise<StoredArticle[]>;
  close(): Promise<void>;
}

/** A synchronous store seen through the asynchronous interface (a throw becomes a rejection). */
export function asAsyncStore(store: ArchiveStore): AsyncArchiveStore {
  return {
    stamps: async () => store.stamps(),
    put: async (items) => store.put(items),
    reorder: async (order) => store.reorder(order),
    remove: async (paths) => store.remove(paths),
    count: async () => store.count(),
    unanalysed: async () => store.unanalysed(),
    list: async (offset, limit) => store.list(offset, limit),
    get: async (path) => store.get(path),
    window: async (offset, limit) => store.list(offset, limit).flatMap((summary) => store.get(summary.path) ?? []),
    close: async () => store.close(),
  };
}
