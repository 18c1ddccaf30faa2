import type { ArchiveStore } from '../core/store/archive-store.js';
import type { ListSource } from '../core/store/list-source.js';
import type { ListWindow } from '../core/store/list-window.js';
import { createStoreSearch } from '../core/store/store-search.js';
import type { SearchEngine, SearchOptions, SearchResults, SearchTask } from '../core/search/search-types.js';

/** The reader's search answered by its store, with the screen's article numbers. */
export interface ReaderStoreSearch {
  start(query: string, options: SearchOptions): SearchTask;
  search(query: string, options: SearchOptions): SearchResults;
  /** The store was written (by the refresh): its order and words are read again. */
  changed(): void;
  /** Opens the store and works out its order now, so the first key does not wait for it. */
  prepare(): void;
  close(): void;
}

/** How long a replaced connection stays open for the searches begun on it. */
const RETIRE_MS = 30_000;

/**
 * Search over the store, so the reader holds no index of the archive's text. The store numbers
 * articles by their place in its order, which the refresh may change; the screen keeps its own
 * numbers for the session. Ids carry answers across: the section mask goes to the store's numbers,
 * and results come back as the screen's.
 */
export function readerStoreSearch(open: () => ArchiveStore & ListSource, window: ListWindow): ReaderStoreSearch {
  let store: (ArchiveStore & ListSource) | null = null;
  let engine: SearchEngine | null = null;
  /** Ids in the store's order as this connection reads it. */
  let ids: Int32Array | null = null;
  let masks = new WeakMap<Uint8Array, Uint8Array>();
  const ready = () => {
    store ??= open();
    engine ??= createStoreSearch(store);
    ids ??= store.orderIds();
    return { engine, ids };
  };
  const screenOf = (at: Int32Array, position: number) => window.positionOfId(at[position] ?? -1);
  const toStore = (within: Uint8Array | undefined, at: Int32Array): Uint8Array | undefined => {
    if (!within) return undefined;
    let mask = masks.get(within);
    if (!mask) {
      mask = new Uint8Array(at.length);
      for (let position = 0; position < at.length; position++) {
        const i = screenOf(at, position);
        if (i !== null && within[i] === 1) mask[position] = 1;
      }
      masks.set(within, mask);
    }
    return mask;
  };
  const toScreen = (answer: SearchResults, at: Int32Array): SearchResults => {
    const results = answer.results.flatMap((r) => {
      const i = screenOf(at, r.article);
      return i === null ? [] : [{ ...r, article: i }];
    });
    return { ...answer, results };
  };
  const options = (given: SearchOptions, at: Int32Array): SearchOptions => {
    const within = toStore(given.within, at);
    const { within: _, ...rest } = given;
    return within ? { ...rest, within } : rest;
  };
  return {
    start(query, given) {
      const { engine: e, ids: at } = ready();
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
      const { engine: e, ids: at } = ready();
      return toScreen(e.search(query, options(given, at)), at);
    },
    prepare() {
      ready();
      // Every query needs the store's order worked out (0.6 s at a million articles): asking for
      // every article's position does it now rather than at the first key.
      store?.candidates(null);
    },
    changed() {
      masks = new WeakMap();
      // A search still running in slices keeps its connection a while: closed now, its next slice would throw.
      const old = store;
      if (old) setTimeout(() => old.close(), RETIRE_MS).unref();
      store = null;
      engine = null;
      ids = null;
    },
    close() {
      store?.close();
      store = null;
    },
  };
}
