import { useApp, useInput } from 'ink';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { LoadError } from '../core/article.js';
import type { ArticleRows } from '../core/reader/article-rows.js';
import { buildHitMap } from '../core/reader/hit-map.js';
import type { ListFilter } from '../core/reader/list-view.js';
import { engineQuery } from '../core/reader/search.js';
import { analysisOf, searchWithin } from '../core/reader/selectors.js';
import { problemList } from '../core/reader/problems.js';
import { initialState, reducer, resumeState, type Action, type Remembered, type State } from '../core/reader/state.js';
import { useReadingState, type StateLink } from './hooks/use-reading-state.js';
import type { SearchTask } from '../core/search/search-types.js';
import { useTerminalSize } from './hooks/use-terminal-size.js';
import { actionsFor, helpSections, typedText } from './keymap.js';
import { helpLines } from './panes/help.js';
import { Screen } from './screen.js';
import { noResults, type ReaderServices } from './services.js';
import type { Theme } from './theme.js';

/** Props of the app. */
export interface AppProps {
  readonly articles: ArticleRows;
  readonly loadErrors: readonly LoadError[];
  readonly services: ReaderServices;
  readonly theme: Theme;
  /** Draw nothing (used to force a full redraw after the terminal was given back). */
  readonly blank?: boolean;
  /** Told on quit what could not be shown (files not loaded, analyses failed), to print once the screen is gone. */
  readonly onQuit?: (problems: readonly LoadError[]) => void;
  /** What earlier sessions left: read marks, places, bookmarks, the last article. */
  readonly remembered?: Remembered;
  /** Where reading state is written (none: it is not kept). */
  readonly stateLink?: StateLink;
  /** A line for the footer at start (reading state could not be opened as usual). */
  readonly notice?: string | null;
}

/** Results asked for while typing: more than a screen, few enough to stay quick. */
const RESULT_LIMIT = 200;
/** Matches counted at most while typing (then `10,000+`), so a common word never makes a key wait on counting. */
const COUNT_CAP = 10_000;
/** Results asked for to highlight and walk every hit with n/N. */
const HIT_LIMIT = 100_000;
/** Work per search slice, in ms: well inside a frame budget, so keys are read between slices. */
const SEARCH_SLICE_MS = 16;
/** A query still running after this long shows its partial answer. */
const PARTIAL_AFTER_MS = 60;

/** The reader: one reducer, one input handler, and effects that talk to the services. */
export function App({ articles, loadErrors, services, theme, blank = false, onQuit, remembered, stateLink, notice = null }: AppProps) {
  const size = useTerminalSize();
  const [state, dispatch] = useReducer(reducer, undefined, () => {
    const resumed = resumeState(initialState(articles, size, loadErrors, remembered), remembered?.last ?? null);
    return notice ? { ...resumed, message: notice } : resumed;
  });
  const savePlace = useReadingState(state, stateLink, dispatch);
  const stateRef = useRef<State>(state);
  stateRef.current = state;
  const { exit } = useApp();
  const firstSlice = useRef<{ query: string; version: number; within: Uint8Array | undefined; task: SearchTask; began: number } | null>(null);

  useEffect(() => {
    if (size.columns !== stateRef.current.size.columns || size.rows !== stateRef.current.size.rows) dispatch({ type: 'resize', size });
  }, [size]);
  useEffect(() => services.subscribe(dispatch), [services]);
  // A quote copied with y goes out once, by the app: never text from an article written raw.
  const clipSeq = state.clip?.seq ?? 0;
  useEffect(() => {
    const clip = stateRef.current.clip;
    if (!clip || !services.copy) return;
    dispatch({ type: 'message', text: services.copy(clip.text) });
  }, [clipSeq, services]);
  useEffect(() => services.prioritize(state.current), [services, state.current]);
  useEffect(() => {
    if (!state.quit) return;
    savePlace();
    onQuit?.(problemList(stateRef.current));
    exit();
  }, [state.quit, exit, onQuit]);

  // Search as you type: the typed key is drawn first, then the query runs in slices between key
  // presses; a newer query drops the older one.
  // The engine's query: typing past QUERY_LIMIT characters changes nothing it answers.
  const query = engineQuery(state.search.query);
  const searching = state.mode === 'search';
  // What the index holds: articles indexed and analyses (quotes, facts) added. An open search is asked
  // again as either grows, so `speaker:` and `in:quotes` fill in while the corpus is being analysed.
  const version = indexVersion(state);
  const within = searchWithin(state) ?? undefined;
  useEffect(() => {
    if (!searching) return;
    if (!query.trim()) {
      dispatch({ type: 'search-results', results: noResults(query) });
      return;
    }
    // The key handler may have run the first slice already (see onInput): carry on with that task.
    const carried = firstSlice.current;
    firstSlice.current = null;
    const reuse = carried !== null && carried.query === query && carried.version === version && carried.within === within;
    if (reuse && carried.task.done) return;
    const task = reuse ? carried.task : services.startSearch(query, RESULT_LIMIT, within, COUNT_CAP);
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
  }, [searching, query, version, within, services]);

  // Every hit of an active search, for highlighting and n/N.
  const needHits = state.search.active && state.search.hits === null && query.trim() !== '';
  useEffect(() => {
    if (!needHits) return;
    const known = stateRef.current.search.results;
    const task = known && known.query === query && known.results.length >= known.total
      ? { done: true, step: () => known }
      : services.startSearch(query, HIT_LIMIT, within);
    let id: NodeJS.Immediate;
    const step = () => {
      const all = task.step(SEARCH_SLICE_MS);
      if (task.done) dispatch({ type: 'search-hits', hits: buildHitMap({ ...all, query }, (i) => analysisOf(stateRef.current, i)) });
      else id = setImmediate(step);
    };
    id = setImmediate(step);
    return () => clearImmediate(id);
  }, [needHits, query, within, services]);

  // Applies actions from a key (or from the search box), tracking the state they lead to: several key
  // events can arrive before React renders again.
  const run = useCallback((actions: readonly Action[]) => {
    let shadow = stateRef.current;
    for (const key of actions) {
      // Help scrolls within its length at this width, which only the views know; a bookmark takes its time from here.
      const action: Action = key.type === 'help-scroll' ? { ...key, lines: helpLines(helpSections(), shadow.size.columns - 2, theme).length }
        : key.type === 'note-save' ? { ...key, at: new Date().toISOString() } : key;
      if (action.type === 'suspend') {
        services.suspend();
        continue;
      }
      shadow = reducer(shadow, action);
      dispatch(action);
    }
    const q = engineQuery(shadow.search.query);
    if (shadow.mode === 'search' && q !== engineQuery(stateRef.current.search.query) && q.trim()) {
      // The first search slice runs with the key, so the typed key and its answer share one frame.
      const began = performance.now();
      const scope = searchWithin(shadow) ?? undefined;
      const task = services.startSearch(q, RESULT_LIMIT, scope, COUNT_CAP);
      const results = task.step(SEARCH_SLICE_MS);
      if (task.done) {
        const answer: Action = { type: 'search-results', results: { ...results, query: q } };
        shadow = reducer(shadow, answer);
        dispatch(answer);
      }
      firstSlice.current = { query: q, version: indexVersion(shadow), within: scope, task, began };
    }
    stateRef.current = shadow;
  }, [services, theme]);

  // Text typed in the search box reaches the query through ink-text-input (see search-box.tsx). The
  // key handler below runs first and opens this gate for the text a plain key or a paste typed; the
  // box's change then passes it. Should the box not see the key (it mounts with the key that opened
  // it, and subscribes after the next render), the text is inserted here, before the next key.
  const typed = useRef<string | null>(null);
  const flushTyped = useCallback(() => {
    const text = typed.current;
    typed.current = null;
    if (text !== null) run([{ type: 'search-edit', edit: { kind: 'insert', text } }]);
  }, [run]);
  const onType = useCallback((text: string) => {
    if (typed.current !== text) return; // not a typing key: Ctrl-U's `u`, Alt-x's `x`, a terminal reply
    typed.current = null;
    run([{ type: 'search-edit', edit: { kind: 'insert', text } }]);
  }, [run]);

  const onFilter = useCallback((filter: ListFilter | null) => run([{ type: 'filter', filter }]), [run]);

  const onInput = useCallback((input: string, key: Parameters<Parameters<typeof useInput>[0]>[1]) => {
    flushTyped();
    const mode = stateRef.current.mode;
    const text = typedText(mode, input, key);
    if (text !== null) {
      typed.current = text;
      queueMicrotask(flushTyped);
      return;
    }
    run(actionsFor(mode, input, key));
  }, [run, flushTyped]);
  useInput(onInput);

  return blank ? null : <Screen state={state} theme={theme} onType={onType} onFilter={onFilter} />;
}

/** Grows whenever the search index gains articles or analyses. */
function indexVersion(s: State): number {
  return s.indexed + s.analysed;
}
