// The search box and what it leaves behind: editing the query, choosing a result, opening it, and
// walking the hits of the active query with n and N.
import { quoteOrder } from './fact-groups.js';
import { nextHit } from './hit-map.js';
import { bodyInner } from './layout.js';
import { editLine, type LineEdit } from './line-edit.js';
import { clamp, jumpTo, moveQuotes, openAt, pushBack } from './navigation.js';
import { analysisOf, layoutOf } from './selectors.js';
import type { State } from './state.js';

/** Longer queries are cut to this before they reach the engine: nothing that long matches, and the engine's time grows with the query. */
export const QUERY_LIMIT = 200;

/** The query the engine answers (results and hits carry it): the typed one, cut to QUERY_LIMIT. */
export function engineQuery(query: string): string {
  return query.length > QUERY_LIMIT ? query.slice(0, QUERY_LIMIT) : query;
}

/** Rows per entry in the search results. */
export const LIST_ROWS = 2;
/** Rows above the results in the search panel: the box and the count. */
export const SEARCH_HEADER_ROWS = 2;

/** Applies an edit to the query; a changed query drops the old selection and highlights. */
export function editSearch(s: State, edit: LineEdit): State {
  const from = s.search.replaceOnType && edit.kind === 'insert' ? { value: '', cursor: 0 } : { value: s.search.query, cursor: s.search.cursor };
  const next = editLine(from, edit);
  const changed = next.value !== s.search.query;
  return {
    ...s,
    search: {
      ...s.search, query: next.value, cursor: next.cursor, replaceOnType: false,
      ...(changed ? { selected: 0, top: 0, active: false, hits: null } : {}),
    },
  };
}

/** Chooses a result, scrolling the results as little as needed. */
export function selectResult(s: State, to: number): State {
  const count = s.search.results?.results.length ?? 0;
  const selected = clamp(to, 0, count - 1);
  const view = Math.max(1, Math.floor((bodyInner(layoutOf(s)).height - SEARCH_HEADER_ROWS) / LIST_ROWS));
  const top = selected < s.search.top ? selected : selected >= s.search.top + view ? selected - view + 1 : s.search.top;
  return { ...s, search: { ...s.search, selected, top: Math.max(0, top) } };
}

/** Enter in the search box: open the chosen result, or take the did-you-mean suggestion. */
export function submitSearch(s: State): State {
  const answered = s.search.results?.query === engineQuery(s.search.query);
  const result = answered ? s.search.results?.results[s.search.selected] : undefined;
  if (!s.search.query.trim()) return { ...s, mode: 'normal' };
  const suggestion = answered ? s.search.results?.didYouMean : null;
  // Nothing matched but a near spelling did: Enter takes the suggestion, and its answer follows.
  if (!result && suggestion) return { ...s, search: { ...s.search, query: suggestion, cursor: suggestion.length, replaceOnType: false, selected: 0, top: 0 } };
  if (!result) return { ...s, message: answered ? 'no matches' : 'still searching…' };
  const opened = openAt(pushBack({ ...s, mode: 'normal', search: { ...s.search, active: true, replaceOnType: false } }), result.article, result.paragraph ?? 0, 'reader');
  if (result.where !== 'quote' || result.item === null) return opened;
  // Show the quote in the quotes pane too, under its cursor.
  const position = quoteOrder(analysisOf(opened, result.article)).indexOf(result.item);
  const marked = { ...opened, reader: { ...opened.reader, markedQuote: result.item } };
  return position < 0 ? marked : moveQuotes(marked, position);
}

/** n and N: the next or previous hit of the active query, on into other articles. */
export function walkHits(s: State, dir: 1 | -1): State {
  if (!s.search.active || !s.search.query.trim()) return { ...s, message: 'no search: press / to search' };
  if (!s.search.hits) return { ...s, message: 'still finding the hits…' };
  const found = nextHit(s.search.hits, { article: s.current, paragraph: s.reader.cursor }, dir);
  if (!found) return { ...s, message: `no matches for ${engineQuery(s.search.query)}` };
  const { pos, wrapped } = found;
  const base = pos.article === s.current ? s : pushBack(s);
  const opened = pos.article === s.current ? jumpTo(base, pos.paragraph) : openAt(base, pos.article, pos.paragraph, s.focus);
  return wrapped ? { ...opened, message: dir === 1 ? 'search wrapped to the first hit' : 'search wrapped to the last hit' } : opened;
}
