// The reader's whole state and the one pure function that changes it. Sizes, search results and
// analyses come in as action data; nothing here reads a clock, a terminal or a file.
import type { Analysis, Article, LoadError } from './article.js';
import { chunkedGet, chunkedSet, emptyChunked, type ChunkedArray } from './chunked-array.js';
import { factItems, quoteOrder } from './fact-groups.js';
import { nextHit, type HitMap } from './hit-map.js';
import { bodyInner, computeLayout, paneInner, PANES, type Layout, type PaneId, type Size } from './layout.js';
import { editLine, type LineEdit } from './line-edit.js';
import { entriesFrom, filterArticles, listArticle, listLength, listPosition, listTop, sectionCounts, type ListFilter, type ListGeometry, type SectionCount } from './list-view.js';
import { factRows, itemRowRange, keepRowsInView, quoteRows, type OpenQuote } from './pane-rows.js';
import { readerDoc, type ReaderDoc } from './reader-doc.js';
import { advance, clampTop, ensureVisible, firstVisibleBlock, maxTop, TOP, type ScrollPos } from './reader-scroll.js';
import type { SearchResults } from './search/search-types.js';
import { groupDigits } from './group-digits.js';

export type { PaneId, Size } from './layout.js';

/** How keys are read: the key table, typing into the search box, the help overlay, or the sections menu. */
export type Mode = 'normal' | 'search' | 'help' | 'sections';

/** A place in the corpus to come back to. */
export interface Location {
  readonly article: number;
  readonly paragraph: number;
  readonly top: ScrollPos;
}

/** The search box, its answer and the highlights it leaves. */
export interface SearchState {
  /** The query as typed. */
  readonly query: string;
  /** Cursor offset in the query. */
  readonly cursor: number;
  /** Reopened with the previous query: the first typed key replaces it. */
  readonly replaceOnType: boolean;
  /** The latest answer (possibly to an earlier query while typing fast). */
  readonly results: SearchResults | null;
  /** Chosen result. */
  readonly selected: number;
  /** First result row shown. */
  readonly top: number;
  /** Whether the query's hits are highlighted in the reader (and n/N walk them). */
  readonly active: boolean;
  /** Every hit of the active query, once computed. */
  readonly hits: HitMap | null;
}

/** Cursor and scroll of a list-like pane. */
export interface ListPos {
  readonly cursor: number;
  /** First row shown. */
  readonly top: number;
}

/** Everything the screen shows. */
export interface State {
  readonly articles: readonly Article[];
  readonly loadErrors: readonly LoadError[];
  readonly size: Size;
  readonly mode: Mode;
  readonly focus: PaneId;
  /** Which of quotes and facts the right column shows in the medium layout. */
  readonly rightTab: 'quotes' | 'facts';
  /** Article list: cursor and top are list positions (see `shown`). */
  readonly list: ListPos;
  /** The corpus's sections with their counts (empty when the articles are in no section folders). */
  readonly sections: readonly SectionCount[];
  /** The section the list shows, or null for all. */
  readonly filter: ListFilter | null;
  /** Article indexes the list shows, in order; null for every article. */
  readonly shown: readonly number[] | null;
  /** The article open in the reader. */
  readonly current: number;
  readonly reader: {
    /** Paragraph under the cursor. */
    readonly cursor: number;
    readonly top: ScrollPos;
    /** Quote (index in the analysis) chosen from the quotes pane. */
    readonly markedQuote: number | null;
    /** Text chosen from the facts pane, highlighted in the cursor paragraph. */
    readonly markedText: string | null;
  };
  /** Quotes pane: cursor is a position in quoteOrder, top a row. */
  readonly quotes: ListPos;
  /** Facts pane: cursor is an item index, top a row; cycle remembers the last mention shown. */
  readonly facts: ListPos & { readonly cycle: { readonly item: number; readonly mention: number } | null };
  /** Where Backspace / Ctrl-O return to, newest last. */
  readonly back: readonly Location[];
  readonly search: SearchState;
  /** Analyses received so far, by article index. */
  readonly analyses: ChunkedArray<Analysis>;
  /** Articles analysed (or failed). */
  readonly analysed: number;
  /** Articles whose analysis failed. */
  readonly failed: number;
  /** Articles added to the search index. */
  readonly indexed: number;
  /** A one-line message for the footer, cleared by the next key. */
  readonly message: string | null;
  /** Set by q / Ctrl-C: the app exits. */
  readonly quit: boolean;
}

/** Everything that can happen. */
export type Action =
  | { readonly type: 'resize'; readonly size: Size }
  | { readonly type: 'focus'; readonly pane: PaneId }
  | { readonly type: 'focus-next' }
  | { readonly type: 'focus-prev' }
  | { readonly type: 'move'; readonly delta: number }
  | { readonly type: 'page'; readonly dir: 1 | -1 }
  | { readonly type: 'edge'; readonly to: 'top' | 'bottom' }
  | { readonly type: 'enter' }
  | { readonly type: 'open'; readonly article: number; readonly paragraph?: number }
  | { readonly type: 'back' }
  | { readonly type: 'search-open' }
  | { readonly type: 'search-edit'; readonly edit: LineEdit }
  | { readonly type: 'search-select'; readonly delta: number }
  | { readonly type: 'search-submit' }
  | { readonly type: 'search-close' }
  | { readonly type: 'search-clear' }
  | { readonly type: 'search-results'; readonly results: SearchResults }
  | { readonly type: 'search-hits'; readonly hits: HitMap }
  | { readonly type: 'next-hit'; readonly dir: 1 | -1 }
  | { readonly type: 'escape' }
  | { readonly type: 'help-open' }
  | { readonly type: 'help-close' }
  | { readonly type: 'sections-open' }
  | { readonly type: 'sections-close' }
  | { readonly type: 'filter'; readonly filter: ListFilter | null }
  | { readonly type: 'analyses'; readonly entries: readonly (readonly [number, Analysis | { readonly error: string }])[] }
  | { readonly type: 'indexed'; readonly count: number }
  | { readonly type: 'message'; readonly text: string }
  | { readonly type: 'suspend' }
  | { readonly type: 'quit' };

/** How many jumps Backspace can undo. */
const BACK_LIMIT = 100;
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

/** The state before any key: the first article open, the list focused. */
export function initialState(articles: readonly Article[], size: Size, loadErrors: readonly LoadError[] = []): State {
  const message = loadErrors.length
    ? `${loadErrors.length === 1 ? '1 file' : `${groupDigits(loadErrors.length)} files`} not loaded: ${loadErrors[0]!.path}: ${loadErrors[0]!.message}`
    : null;
  return {
    articles, loadErrors, size, mode: 'normal', focus: 'list', rightTab: 'quotes',
    list: { cursor: 0, top: 0 }, sections: sectionCounts(articles), filter: null, shown: null, current: 0,
    reader: { cursor: 0, top: TOP, markedQuote: null, markedText: null },
    quotes: { cursor: 0, top: 0 }, facts: { cursor: 0, top: 0, cycle: null },
    back: [],
    search: { query: '', cursor: 0, replaceOnType: false, results: null, selected: 0, top: 0, active: false, hits: null },
    analyses: emptyChunked(), analysed: 0, failed: 0, indexed: 0,
    message, quit: false,
  };
}

/** The layout for the state's size and focus. */
export function layoutOf(state: State): Layout {
  return computeLayout(state.size, state.focus, state.rightTab);
}

/** The analysis of an article, once it has arrived. */
export function analysisOf(state: State, article: number): Analysis | undefined {
  return chunkedGet(state.analyses, article);
}

/** The current article laid out at the reader pane's width. */
export function currentDoc(state: State): { doc: ReaderDoc; view: number } | null {
  const article = state.articles[state.current];
  if (!article) return null;
  const inner = paneInner(layoutOf(state), 'reader');
  return { doc: readerDoc(article, inner.width), view: inner.height };
}

/** Actions a key press causes (they clear the footer message). */
const FROM_KEYS = new Set<Action['type']>([
  'focus', 'focus-next', 'focus-prev', 'move', 'page', 'edge', 'enter', 'back', 'search-open', 'search-edit',
  'search-select', 'search-submit', 'search-close', 'search-clear', 'next-hit', 'escape', 'help-open', 'help-close',
  'sections-open', 'sections-close', 'filter',
]);

/** The pure state transition. */
export function reducer(state: State, action: Action): State {
  const s = FROM_KEYS.has(action.type) && state.message !== null ? { ...state, message: null } : state;
  switch (action.type) {
    case 'resize':
      return rescroll({ ...s, size: action.size });
    case 'focus':
      return focusPane(s, action.pane);
    case 'focus-next':
    case 'focus-prev': {
      const step = action.type === 'focus-next' ? 1 : PANES.length - 1;
      return focusPane(s, PANES[(PANES.indexOf(s.focus) + step) % PANES.length]!);
    }
    case 'move':
      return move(s, action.delta);
    case 'page':
      return page(s, action.dir);
    case 'edge':
      return edge(s, action.to);
    case 'enter':
      return enter(s);
    case 'open':
      return openAt(pushBack(s), action.article, action.paragraph ?? null, 'reader');
    case 'back': {
      const last = s.back.at(-1);
      if (!last) return { ...s, message: 'nothing to go back to' };
      const opened = setCurrent({ ...s, back: s.back.slice(0, -1) }, last.article);
      // The list follows the article, as it does when one is opened.
      const position = listPosition(listGeometry(opened), last.article);
      const listed = position < 0 || last.article === s.current ? opened : moveList(opened, position);
      return rescroll({ ...listed, reader: { ...listed.reader, cursor: last.paragraph, top: last.top } });
    }
    case 'search-open':
      return { ...s, mode: 'search', search: { ...s.search, replaceOnType: s.search.query !== '', cursor: s.search.query.length, selected: 0, top: 0 } };
    case 'search-edit': {
      const from = s.search.replaceOnType && action.edit.kind === 'insert' ? { value: '', cursor: 0 } : { value: s.search.query, cursor: s.search.cursor };
      const next = editLine(from, action.edit);
      const changed = next.value !== s.search.query;
      return {
        ...s,
        search: {
          ...s.search, query: next.value, cursor: next.cursor, replaceOnType: false,
          ...(changed ? { selected: 0, top: 0, active: false, hits: null } : {}),
        },
      };
    }
    case 'search-clear':
      return { ...s, search: { ...s.search, query: '', cursor: 0, replaceOnType: false, results: null, selected: 0, top: 0, active: false, hits: null } };
    case 'search-select':
      return selectResult(s, s.search.selected + action.delta);
    case 'search-results':
      if (action.results.query !== engineQuery(s.search.query)) return s; // a late answer to an older query
      return selectResult({ ...s, search: { ...s.search, results: action.results } }, Math.min(s.search.selected, Math.max(0, action.results.results.length - 1)));
    case 'search-submit':
      return submitSearch(s);
    case 'search-close':
      return { ...s, mode: 'normal', search: { ...s.search, replaceOnType: false, active: s.search.query.trim() !== '' } };
    case 'search-hits':
      return action.hits.query === engineQuery(s.search.query) ? { ...s, search: { ...s.search, hits: action.hits } } : s;
    case 'next-hit':
      return walkHits(s, action.dir);
    case 'escape':
      if (s.search.active) return { ...s, search: { ...s.search, active: false, hits: null, query: '', cursor: 0, results: null }, message: 'search cleared' };
      if (s.reader.markedQuote !== null || s.reader.markedText !== null) return { ...s, reader: { ...s.reader, markedQuote: null, markedText: null } };
      return s;
    case 'help-open':
      return { ...s, mode: 'help' };
    case 'help-close':
      return { ...s, mode: 'normal' };
    case 'sections-open':
      if (!s.sections.length) return { ...s, message: 'no sections: these articles are not in section folders' };
      return { ...s, mode: 'sections', focus: 'list' };
    case 'sections-close':
      return { ...s, mode: 'normal' };
    case 'filter':
      return applyFilter(s, action.filter);
    case 'analyses':
      return receiveAnalyses(s, action.entries);
    case 'indexed':
      return { ...s, indexed: action.count };
    case 'message':
      return { ...s, message: action.text };
    case 'suspend':
      return s;
    case 'quit':
      return { ...s, quit: true };
  }
}

function focusPane(s: State, pane: PaneId): State {
  const next: State = { ...s, focus: pane, rightTab: pane === 'quotes' || pane === 'facts' ? pane : s.rightTab };
  // The quote under the cursor opens or closes with the focus: keep it in view.
  return (s.focus === 'quotes') !== (pane === 'quotes') ? moveQuotes(next, next.quotes.cursor) : next;
}

function move(s: State, delta: number): State {
  switch (s.focus) {
    case 'list':
      return moveList(s, s.list.cursor + delta);
    case 'reader':
      return moveReader(s, s.reader.cursor + delta);
    case 'quotes':
      return moveQuotes(s, s.quotes.cursor + delta);
    case 'facts':
      return moveFacts(s, s.facts.cursor + delta);
  }
}

/** The article list as the screen shows it. */
export function listGeometry(s: State): ListGeometry {
  const inner = paneInner(layoutOf(s), 'list');
  return { articles: s.articles, shown: s.shown, width: inner.width, height: inner.height };
}

function moveList(s: State, to: number): State {
  const g = listGeometry(s);
  const cursor = clamp(to, 0, listLength(g) - 1);
  return { ...s, list: { cursor, top: listTop(g, cursor, s.list.top) } };
}

/** Shows one section in the list (or all); the cursor stays on the open article when the list has it. */
function applyFilter(s: State, filter: ListFilter | null): State {
  const shown = filterArticles(s.articles, filter);
  const next: State = { ...s, mode: 'normal', focus: 'list', filter, shown, list: { cursor: 0, top: 0 } };
  return moveList(next, Math.max(0, listPosition(listGeometry(next), s.current)));
}

function moveReader(s: State, to: number): State {
  const at = currentDoc(s);
  if (!at) return s;
  const { doc, view } = at;
  const cursor = clamp(to, 0, doc.blocks - 2);
  const top = cursor === 0 && to < s.reader.cursor ? TOP : clampTop(doc, ensureVisible(doc, s.reader.top, cursor + 1, view), view);
  return { ...s, reader: { ...s.reader, cursor, top } };
}

function moveQuotes(s: State, to: number): State {
  const analysis = analysisOf(s, s.current);
  const count = quoteOrder(analysis).length;
  const cursor = clamp(to, 0, count - 1);
  const inner = paneInner(layoutOf(s), 'quotes');
  const [first, last] = itemRowRange(quoteRows(analysis, inner.width, openQuote(s, cursor, inner.height)), cursor);
  return { ...s, quotes: { cursor, top: keepRowsInView(s.quotes.top, first, last, inner.height) } };
}

/** While the quotes pane is focused, the quote under its cursor shows whole (as far as the pane has rows). */
export function openQuote(s: State, cursor: number, height: number): OpenQuote | null {
  return s.focus === 'quotes' ? { item: cursor, lines: Math.max(1, height - 2) } : null;
}

/** While the facts pane is focused, the fact under its cursor shows whole. */
export function openFact(s: State, cursor: number): number | null {
  return s.focus === 'facts' ? cursor : null;
}

function moveFacts(s: State, to: number): State {
  const analysis = analysisOf(s, s.current);
  const cursor = clamp(to, 0, factItems(analysis).length - 1);
  const inner = paneInner(layoutOf(s), 'facts');
  const [first, last] = itemRowRange(factRows(analysis, inner.width, openFact(s, cursor)), cursor);
  return { ...s, facts: { ...s.facts, cursor, top: keepRowsInView(s.facts.top, first, last, inner.height) } };
}

function page(s: State, dir: 1 | -1): State {
  switch (s.focus) {
    case 'list':
      return moveList(s, s.list.cursor + dir * entriesFrom(listGeometry(s), s.list.top));
    case 'quotes':
      return moveQuotes(s, s.quotes.cursor + dir * Math.max(1, Math.floor(paneInner(layoutOf(s), 'quotes').height / 3)));
    case 'facts':
      return moveFacts(s, s.facts.cursor + dir * Math.max(1, paneInner(layoutOf(s), 'facts').height - 2));
    case 'reader': {
      const at = currentDoc(s);
      if (!at) return s;
      const { doc, view } = at;
      const top = clampTop(doc, advance(doc, s.reader.top, dir * Math.max(1, view - 1)), view);
      const stuck = top.block === s.reader.top.block && top.line === s.reader.top.line;
      const last = doc.blocks - 2;
      // At either end a page key still moves the cursor, to the last or first paragraph.
      const cursor = stuck ? (dir === 1 ? last : 0) : Math.max(0, firstVisibleBlock(doc, top) - 1);
      return { ...s, reader: { ...s.reader, cursor: clamp(cursor, 0, last), top } };
    }
  }
}

function edge(s: State, to: 'top' | 'bottom'): State {
  const far = to === 'top' ? -Infinity : Infinity;
  switch (s.focus) {
    case 'list':
      return moveList(s, to === 'top' ? 0 : Infinity);
    case 'quotes':
      return moveQuotes(s, far);
    case 'facts':
      return moveFacts(s, far);
    case 'reader': {
      const at = currentDoc(s);
      if (!at) return s;
      const top = to === 'top' ? TOP : maxTop(at.doc, at.view);
      return { ...s, reader: { ...s.reader, cursor: to === 'top' ? 0 : Math.max(0, at.doc.blocks - 2), top } };
    }
  }
}

function enter(s: State): State {
  switch (s.focus) {
    case 'list': {
      const article = listArticle(listGeometry(s), s.list.cursor);
      return article < 0 ? s : openAt(pushBack(s), article, null, 'reader');
    }
    case 'reader':
      return s;
    case 'quotes': {
      const analysis = analysisOf(s, s.current);
      const index = quoteOrder(analysis)[s.quotes.cursor];
      const quote = index === undefined ? undefined : analysis?.quotes[index];
      if (index === undefined || !quote) return { ...s, message: analysis ? 'no quotes in this article' : 'quotes are still being found' };
      const jumped = jumpTo(pushBack(s), quote.paragraph);
      return { ...jumped, reader: { ...jumped.reader, markedQuote: index, markedText: null } };
    }
    case 'facts': {
      const item = factItems(analysisOf(s, s.current))[s.facts.cursor];
      if (!item || !item.paragraphs.length) return { ...s, message: 'no facts here' };
      const cycle = s.facts.cycle?.item === s.facts.cursor ? { item: s.facts.cursor, mention: (s.facts.cycle.mention + 1) % item.paragraphs.length } : { item: s.facts.cursor, mention: 0 };
      const jumped = jumpTo(cycle.mention === 0 ? pushBack(s) : s, item.paragraphs[cycle.mention]!);
      const message = item.paragraphs.length > 1 ? `¶ ${item.paragraphs[cycle.mention]! + 1}: ${cycle.mention + 1} of ${item.paragraphs.length} paragraphs (Enter for the next)` : null;
      return { ...jumped, facts: { ...jumped.facts, cycle }, reader: { ...jumped.reader, markedQuote: null, markedText: item.label }, message };
    }
  }
}

/** Moves the reader to paragraph p of the current article, keeping the focus unless the reader is hidden. */
function jumpTo(s: State, p: number): State {
  const at = currentDoc(s);
  if (!at) return s;
  const cursor = clamp(p, 0, at.doc.blocks - 2);
  const top = clampTop(at.doc, { block: cursor + 1, line: 0 }, at.view);
  const layout = layoutOf(s);
  return { ...s, focus: layout.kind === 'single' ? 'reader' : s.focus, reader: { ...s.reader, cursor, top } };
}

function pushBack(s: State): State {
  if (!s.articles.length) return s;
  const here: Location = { article: s.current, paragraph: s.reader.cursor, top: s.reader.top };
  return { ...s, back: [...s.back.slice(-(BACK_LIMIT - 1)), here] };
}

/** Makes `article` current; a different article resets the reader and the quotes and facts panes. */
function setCurrent(s: State, article: number): State {
  if (article === s.current) return s;
  return {
    ...s, current: article,
    reader: { cursor: 0, top: TOP, markedQuote: null, markedText: null },
    quotes: { cursor: 0, top: 0 }, facts: { cursor: 0, top: 0, cycle: null },
  };
}

/** Opens an article (at a paragraph, or at its top), moves the list cursor to it and focuses `focus`. */
function openAt(s: State, article: number, paragraph: number | null, focus: PaneId): State {
  if (!s.articles[article]) return s;
  const moved = focusPane(setCurrent(s, article), focus);
  // An article the list's section leaves out still opens; the list stays where it was.
  const position = listPosition(listGeometry(moved), article);
  const opened = position < 0 ? { ...moved, message: moved.message ?? `this article is not in ${sectionName(moved.filter)} (s: sections)` } : moveList(moved, position);
  if (paragraph === null) return { ...opened, reader: { ...opened.reader, cursor: 0, top: TOP } };
  return jumpTo(opened, paragraph);
}

function selectResult(s: State, to: number): State {
  const count = s.search.results?.results.length ?? 0;
  const selected = clamp(to, 0, count - 1);
  const view = Math.max(1, Math.floor((bodyInner(layoutOf(s)).height - SEARCH_HEADER_ROWS) / LIST_ROWS));
  const top = selected < s.search.top ? selected : selected >= s.search.top + view ? selected - view + 1 : s.search.top;
  return { ...s, search: { ...s.search, selected, top: Math.max(0, top) } };
}

function submitSearch(s: State): State {
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

function walkHits(s: State, dir: 1 | -1): State {
  if (!s.search.active || !s.search.query.trim()) return { ...s, message: 'no search: press / to search' };
  if (!s.search.hits) return { ...s, message: 'still finding the hits…' };
  const found = nextHit(s.search.hits, { article: s.current, paragraph: s.reader.cursor }, dir);
  if (!found) return { ...s, message: `no matches for ${engineQuery(s.search.query)}` };
  const { pos, wrapped } = found;
  const base = pos.article === s.current ? s : pushBack(s);
  const opened = pos.article === s.current ? jumpTo(base, pos.paragraph) : openAt(base, pos.article, pos.paragraph, s.focus);
  return wrapped ? { ...opened, message: dir === 1 ? 'search wrapped to the first hit' : 'search wrapped to the last hit' } : opened;
}

function receiveAnalyses(s: State, entries: Extract<Action, { type: 'analyses' }>['entries']): State {
  let failed = s.failed;
  const stored = entries.map(([index, result]) => {
    if ('error' in result) failed++;
    return [index, 'error' in result ? { quotes: [], facts: [], entities: [] } : result] as const;
  });
  return { ...s, analyses: chunkedSet(s.analyses, stored), analysed: s.analysed + entries.length, failed };
}

/** Re-applies scrolling after a resize, so cursors stay visible. */
function rescroll(s: State): State {
  let next = moveList(s, s.list.cursor);
  const at = currentDoc(next);
  if (at) {
    // Lines were re-wrapped: keep the cursor paragraph at the top, as a reader would expect.
    const top = clampTop(at.doc, s.reader.top.block === 0 && s.reader.cursor === 0 ? TOP : { block: s.reader.cursor + 1, line: 0 }, at.view);
    next = { ...next, reader: { ...next.reader, cursor: clamp(next.reader.cursor, 0, at.doc.blocks - 2), top } };
  }
  next = moveQuotes(next, next.quotes.cursor);
  next = moveFacts(next, next.facts.cursor);
  return next.search.results ? selectResult(next, next.search.selected) : next;
}

/** How the header and the menu name a filter's section. */
export function sectionName(filter: ListFilter | null): string {
  if (!filter) return 'all sections';
  return filter.section === null ? 'no section' : filter.section;
}

function clamp(n: number, lo: number, hi: number): number {
  return hi < lo ? lo : Math.max(lo, Math.min(hi, n));
}
