import type { Article } from '../core/article.js';
import type { ArchiveStore } from '../core/store/archive-store.js';
import { createStoreSearch } from '../core/store/store-search.js';
import type { SearchEngine, SearchOptions, SearchResults, SearchTask } from '../core/search/search-types.js';

/** The reader's search answered by its store, with the screen's article numbers. */
export interface ReaderStoreSearch {
  start(query: string, options: SearchOptions): SearchTask;
  search(query: string, options: SearchOptions): SearchResults;
  /** The store was written (by the refresh): its order and words are read again. */
  changed(): void;
  /** Opens the store and reads its order now, so the first key does not wait for it. */
  prepare(): void;
  close(): void;
}

/** How long a replaced connection stays open for the searches begun on it. */
const RETIRE_MS = 30_000;

/**
 * Search over the store, so the reader holds no index of the archive's text. The store numbers
 * articles by their place in its order, which the refresh may change; the screen keeps its own
 * numbers for the session. Paths carry answers across: the section mask goes to the store's numbers,
 * and results come back as the screen's.
 */
export function readerStoreSearch(open: () => ArchiveStore, articles: readonly Article[]): ReaderStoreSearch {
  let store: ArchiveStore | null = null;
  let engine: SearchEngine | null = null;
  let paths: readonly string[] | null = null;
  const indexOf = new Map<string, number>();
  let masks = new WeakMap<Uint8Array, Uint8Array>();
  const ready = () => {
    store ??= open();
    engine ??= createStoreSearch(store);
    paths ??= store.list(0, store.count()).map((s) => s.path);
    if (indexOf.size !== articles.length) articles.forEach((a, i) => indexOf.set(a.path, i));
    return { engine, paths };
  };
  const toStore = (within: Uint8Array | undefined, at: readonly string[]): Uint8Array | undefined => {
    if (!within) return undefined;
    let mask = masks.get(within);
    if (!mask) {
      mask = new Uint8Array(at.length);
      at.forEach((path, position) => {
        const i = indexOf.get(path);
        if (i !== undefined && within[i] === 1) mask![position] = 1;
      });
      masks.set(within, mask);
    }
    return mask;
  };
  const toScreen = (answer: SearchResults, at: readonly string[]): SearchResults => {
    const results = answer.results.flatMap((r) => {
      const i = indexOf.get(at[r.article] ?? '');
      return i === undefined ? [] : [{ ...r, article: i }];
    });
    return { ...answer, results };
  };
  const options = (given: SearchOptions, at: readonly string[]): SearchOptions => {
    const within = toStore(given.within, at);
    const { within: _, ...rest } = given;
    return within ? { ...rest, within } : rest;
  };
  return {
    start(query, given) {
      const { engine: e, paths: at } = ready();
      const task = e.start(query, options(given, at));
      return {
        query,
        get done() {
          return task.done;
        },
        step: (budget) => toScreen(task.step(budget), at),
      };
    },
    search(query, given) {
      const { engine: e, paths: at } = ready();
      return toScreen(e.search(query, options(given, at)), at);
    },
    prepare() {
      ready();
    },
    changed() {
      masks = new WeakMap();
      // A search still running in slices keeps its connection a while: closed now, its next slice would throw.
      const old = store;
      if (old) setTimeout(() => old.close(), RETIRE_MS).unref();
      store = null;
      engine = null;
      paths = null;
    },
    close() {
      store?.close();
      store = null;
    },
  };
}
