import { useApp, useInput } from 'ink';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { Article, LoadError } from '../core/article.js';
import { buildHitMap } from '../core/hit-map.js';
import { analysisOf, initialState, reducer, type Action, type State } from '../core/reader-state.js';
import type { SearchTask } from '../core/search/search-types.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { actionsFor } from './keymap.js';
import { Screen } from './screen.js';
import type { ReaderServices } from './services.js';
import type { Theme } from './theme.js';

/** Props of the app. */
export interface AppProps {
  readonly articles: readonly Article[];
  readonly loadErrors: readonly LoadError[];
  readonly services: ReaderServices;
  readonly theme: Theme;
  /** Draw nothing (used to force a full redraw after the terminal was given back). */
  readonly blank?: boolean;
}

/** Results asked for while typing: more than a screen, few enough to stay quick. */
const RESULT_LIMIT = 200;
/** Results asked for to highlight and walk every hit with n/N. */
const HIT_LIMIT = 100_000;
/** Work per search slice, in ms: well inside a frame budget, so keys are read between slices. */
const SEARCH_SLICE_MS = 16;
/** A query still running after this long shows its partial answer. */
const PARTIAL_AFTER_MS = 60;
/** Longer queries are cut before they reach the engine (nothing that long matches anyway). */
const QUERY_LIMIT = 500;

/** The reader: one reducer, one input handler, and effects that talk to the services. */
export function App({ articles, loadErrors, services, theme, blank = false }: AppProps) {
  const size = useTerminalSize();
  const [state, dispatch] = useReducer(reducer, undefined, () => initialState(articles, size, loadErrors));
  const stateRef = useRef<State>(state);
  stateRef.current = state;
  const { exit } = useApp();
  const firstSlice = useRef<{ query: string; indexed: number; task: SearchTask; began: number } | null>(null);

  useEffect(() => {
    if (size.columns !== stateRef.current.size.columns || size.rows !== stateRef.current.size.rows) dispatch({ type: 'resize', size });
  }, [size]);
  useEffect(() => services.subscribe(dispatch), [services]);
  useEffect(() => services.prioritize(state.current), [services, state.current]);
  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);

  // Search as you type: the typed key is drawn first, then the query runs in slices between key
  // presses; a newer query drops the older one.
  const { query } = state.search;
  const searching = state.mode === 'search';
  useEffect(() => {
    if (!searching) return;
    if (!query.trim()) {
      dispatch({ type: 'search-results', results: { query, total: 0, articleCount: 0, results: [], didYouMean: null } });
      return;
    }
    // The key handler may have run the first slice already (see onInput): carry on with that task.
    const carried = firstSlice.current;
    firstSlice.current = null;
    const reuse = carried !== null && carried.query === query && carried.indexed === state.indexed;
    if (reuse && carried.task.done) return;
    const task = reuse ? carried.task : services.startSearch(query.slice(0, QUERY_LIMIT), RESULT_LIMIT);
    const began = reuse ? carried.began : performance.now();
    let id: NodeJS.Immediate;
    const step = () => {
      const results = task.step(SEARCH_SLICE_MS);
      // Partial answers are drawn only for a slow query: a frame costs as much as a slice.
      if (task.done || performance.now() - began > PARTIAL_AFTER_MS) dispatch({ type: 'search-results', results: { ...results, query } });
      if (!task.done) id = setImmediate(step);
    };
    id = setImmediate(step);
    return () => clearImmediate(id);
  }, [searching, query, state.indexed, services]);

  // Every hit of an active search, for highlighting and n/N.
  const needHits = state.search.active && state.search.hits === null && query.trim() !== '';
  useEffect(() => {
    if (!needHits) return;
    const known = stateRef.current.search.results;
    const task = known && known.query === query && known.results.length >= known.total
      ? { done: true, step: () => known }
      : services.startSearch(query.slice(0, QUERY_LIMIT), HIT_LIMIT);
    let id: NodeJS.Immediate;
    const step = () => {
      const all = task.step(SEARCH_SLICE_MS);
      if (task.done) dispatch({ type: 'search-hits', hits: buildHitMap({ ...all, query }, (i) => analysisOf(stateRef.current, i)) });
      else id = setImmediate(step);
    };
    id = setImmediate(step);
    return () => clearImmediate(id);
  }, [needHits, query, services]);

  const onInput = useCallback((input: string, key: Parameters<Parameters<typeof useInput>[0]>[1]) => {
    // Several key events can arrive before React renders again: track the mode they change as we go.
    let shadow = stateRef.current;
    for (const action of actionsFor(shadow.mode, input, key)) {
      if (action.type === 'suspend') {
        services.suspend();
        continue;
      }
      shadow = reducer(shadow, action);
      dispatch(action);
    }
    const q = shadow.search.query;
    if (shadow.mode === 'search' && q !== stateRef.current.search.query && q.trim()) {
      // The first search slice runs with the key, so the typed key and its answer share one frame.
      const began = performance.now();
      const task = services.startSearch(q.slice(0, QUERY_LIMIT), RESULT_LIMIT);
      const results = task.step(SEARCH_SLICE_MS);
      if (task.done) {
        const answer: Action = { type: 'search-results', results: { ...results, query: q } };
        shadow = reducer(shadow, answer);
        dispatch(answer);
      }
      firstSlice.current = { query: q, indexed: shadow.indexed, task, began };
    }
    stateRef.current = shadow;
  }, [services]);
  useInput(onInput);

  return blank ? null : <Screen state={state} theme={theme} />;
}
