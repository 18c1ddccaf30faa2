import type { Action } from '../core/reader/state.js';
import type { SearchResults, SearchTask } from '../core/search/search-types.js';

/** Background news for the app: analyses that arrived, indexing progress. */
export type ServiceEvent = Extract<Action, { type: 'analyses' | 'indexed' | 'articles-changed' | 'refresh' | 'message' | 'load-errors' | 'remembered' | 'people-ready' }>;

/** What the app asks of the world outside the reducer: search, analysis order, the terminal. */
export interface ReaderServices {
  /** Runs a query on the index as it stands (only in the articles `within` marks, when given; counting at most `cap` matches). */
  search(query: string, limit: number, within?: Uint8Array, cap?: number): SearchResults;
  /** Starts a query answered in slices, so typing never waits for a slow query. */
  startSearch(query: string, limit: number, within?: Uint8Array, cap?: number): SearchTask;
  /** Analyse this article next. */
  prioritize(article: number): void;
  /** Delivers background events; returns the unsubscribe function. */
  subscribe(listener: (event: ServiceEvent) => void): () => void;
  /** Ctrl-Z: give the terminal back to the shell until `fg`. */
  suspend(): void;
  /** `y`: puts text on the clipboard (OSC 52) and in the clippings file; says where it went, or why not. */
  copy?(text: string): string;
}

/** An answer with no results: to an empty query, or while the engine is still loading. */
export function noResults(query: string): SearchResults {
  return { query, total: 0, articleCount: 0, results: [], didYouMean: null };
}

/** Services that do nothing (for views and tests that need no engine). */
export const NO_SERVICES: ReaderServices = {
  search: noResults,
  startSearch(query, limit, within, cap) {
    return { query, done: true, step: () => this.search(query, limit, within, cap) };
  },
  prioritize: () => {},
  subscribe: () => () => {},
  suspend: () => {},
};
