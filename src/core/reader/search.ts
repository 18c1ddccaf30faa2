// The search box and what it leaves behind: editing the query, choosing a result, opening it, and
// walking the hits of the active query with n and N.
import { quoteOrder } from './fact-groups.js';
import { compareHits, nextHit } from './hit-map.js';
import { TOP } from './scroll.js';
import { bodyInner } from './layout.js';
import { editLine, type LineEdit } from './line-edit.js';
import { clamp, moveQuotes, openAt, pushBack } from './navigation.js';
import { showTarget, type Target } from './reading.js';
import { groupDigits } from '../group-digits.js';
import type { SearchResult } from '../search/search-types.js';
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
      ...(changed ? { selected: 0, top: 0, active: false, highlight: false, hits: null, current: null, anchor: null, pendingWalk: null } : {}),
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
  const target = resultTarget(s, result);
  // The result's first hit becomes the current one: drawn apart, counted, and where n goes on from.
  const [titleStart] = result.hits[0] ?? [0];
  const anchor = target ? { article: result.article, paragraph: target.paragraph, start: target.start } : { article: result.article, paragraph: -1, start: titleStart };
  const base = pushBack({ ...s, mode: 'normal', search: { ...s.search, active: true, highlight: true, current: null, anchor, replaceOnType: false } });
  const opened = placeAnchor(target ? showTarget(openAt(base, result.article, null, 'reader'), target) : openAt(base, result.article, null, 'reader'));
  if (result.where !== 'quote' || result.item === null) return opened;
  // Show the quote in the quotes pane too, under its cursor.
  const position = quoteOrder(analysisOf(opened, result.article)).indexOf(result.item);
  const marked = { ...opened, reader: { ...opened.reader, markedQuote: result.item } };
  return position < 0 ? marked : moveQuotes(marked, position);
}

/** Once the hits are known, the anchor (the hit a result opened at) becomes the current hit, counted in the footer. */
export function placeAnchor(s: State): State {
  const { hits, anchor } = s.search;
  if (!hits || !anchor) return s;
  const index = hits.positions.findIndex((p) => compareHits(p, anchor) === 0);
  if (index < 0) return s;
  return { ...s, search: { ...s.search, current: index, anchor: null }, message: `hit ${groupDigits(index + 1)} of ${groupDigits(hits.positions.length)}` };
}

/** Where a result's first hit lies in its article, for a jump that shows it (null for a title). */
function resultTarget(s: State, result: SearchResult): Target | null {
  if (result.paragraph === null || result.where === 'title') return null;
  const analysis = analysisOf(s, result.article);
  const [hitStart, hitEnd] = result.hits[0] ?? [0, 0];
  if (result.where === 'paragraph') return { paragraph: result.paragraph, start: hitStart, endParagraph: result.paragraph, end: hitEnd };
  const unit = result.item === null ? undefined : result.where === 'quote' ? analysis?.quotes[result.item] : analysis?.facts[result.item];
  if (!unit) return { paragraph: result.paragraph, start: 0, endParagraph: result.paragraph, end: 0 };
  // Quote and fact hits are offsets into the quote's or fact's own text.
  return { paragraph: result.paragraph, start: unit.start + hitStart, endParagraph: result.paragraph, end: unit.start + hitEnd };
}

/** n and N: the next or previous hit of the search, one by one, on into other articles of the search. */
export function walkHits(s: State, dir: 1 | -1): State {
  if (!s.search.active || !s.search.query.trim()) return { ...s, message: 'no search: press / to search' };
  const hits = s.search.hits;
  if (!hits) return { ...s, search: { ...s.search, pendingWalk: dir }, message: 'finding the hits…' };
  const current = s.search.current === null ? s.search.anchor ?? undefined : hits.positions[s.search.current];
  // From the hit last shown, or, when there is none in this article, from the paragraph under the cursor.
  const from = current && current.article === s.current ? current : { article: s.current, paragraph: s.reader.cursor, start: dir === 1 ? -2 : -1 };
  const found = nextHit(hits, from, dir);
  if (!found) return { ...s, message: `no matches for ${engineQuery(s.search.query)}` };
  const pos = hits.positions[found.index]!;
  const lit = { ...s, search: { ...s.search, highlight: true, current: found.index, anchor: null } };
  const base = pos.article === s.current ? lit : pushBack(lit);
  const opened = pos.article === s.current ? base : openAt(base, pos.article, null, s.focus);
  // A hit in the title shows the top of the article, the title with it.
  const shown = pos.paragraph < 0 ? { ...opened, reader: { ...opened.reader, cursor: 0, top: TOP } } : showTarget(opened, { paragraph: pos.paragraph, start: pos.start, endParagraph: pos.paragraph, end: pos.end });
  const counted = `hit ${groupDigits(found.index + 1)} of ${groupDigits(hits.positions.length)}`;
  return { ...shown, message: found.wrapped ? `${counted} (search wrapped to the ${dir === 1 ? 'first' : 'last'} hit)` : counted };
}
