// The reader's screen model: one pure reducer over State and Action, and what turns state into rows.
// May import core/article, core/search types and plain helpers; never React, Ink, a clock, a terminal or a file.
// The reader's whole state and the one pure function that changes it. Sizes, search results and
// analyses come in as action data; nothing here reads a clock, a terminal or a file. Moving and
// jumping are in navigation.ts, the search box in search.ts, what the screen reads
// off the state in selectors.ts.
import type { Analysis, LoadError } from '../article.js';
import type { ArticleRows } from './article-rows.js';
import { chunkedSet, emptyChunked, type ChunkedArray } from './chunked-array.js';
import { groupDigits } from '../group-digits.js';
import type { HitMap } from './hit-map.js';
import type { PaneId, Size } from './layout.js';
import type { LineEdit } from './line-edit.js';
import { changeFilter, filterArticles, sectionCounts, withSection, type ListFilter, type SectionCount } from './list-view.js';
import { applyFilter, edge, enter, focusNext, focusPane, goBack, move, openAt, page, pushBack, rescroll, stepArticle } from './navigation.js';
import { stepParagraph } from './reading.js';
import { layoutOf } from './selectors.js';
import { problemCount, problemRows, scrollProblems } from './problems.js';
import { TOP, type ScrollPos } from './scroll.js';
import { editSearch, engineQuery, placeAnchor, selectResult, submitSearch, walkHits } from './search.js';
import type { SearchResults } from '../search/search-types.js';
import type { Place } from '../state/reading-state.js';
import type { ReaderBookmark } from '../state/reconcile.js';
import { bookmarkKept, deleteBookmark, editNote, jumpToBookmark, moveBookmarks, openBookmarks, saveBookmark, startBookmark, type BookmarkDraft } from './bookmarks.js';
import { answerMarkAll, askMarkAll, dwelt, followReading, nextUnread, toggleRead } from './read-marks.js';
import { restorePlace } from './navigation.js';
import { backFinder, editFinder, enterFinder, escapeFinder, finderCitation, moveFinder, openFinder, type FinderKind, type FinderState } from './finder.js';
import { citation } from './citation.js';
import { quoteOrder } from './fact-groups.js';
import { analysisOf } from './selectors.js';

export type { PaneId, Size } from './layout.js';

/** How keys are read: the key table, typing into the search box, the help overlay, the sections menu, a bookmark's note, the bookmarks list, or a y/n question. */
export type Mode = 'normal' | 'search' | 'help' | 'sections' | 'problems' | 'note' | 'bookmarks' | 'confirm' | 'finder' | 'person';

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
  /** Whether the query was run: its hits are kept, and n/N walk them. */
  readonly active: boolean;
  /** Whether the hits are highlighted in the reader (Esc turns it off, n/N on again, as vim's :noh). */
  readonly highlight: boolean;
  /** Every hit of the active query, once computed. */
  readonly hits: HitMap | null;
  /** The hit n/N last went to (an index in hits.positions), drawn apart from the others. */
  readonly current: number | null;
  /** With a section shown: search it alone (true) or every article; Tab in the search box switches. */
  readonly inSection: boolean;
  /** n or N pressed before the hits were known: walked as soon as they arrive. */
  readonly pendingWalk: 1 | -1 | null;
  /** The hit a result was opened at, until the hits are known and it becomes `current`. */
  readonly anchor: { readonly article: number; readonly paragraph: number; readonly start: number } | null;
}

/** Cursor and scroll of a list-like pane. */
export interface ListPos {
  readonly cursor: number;
  /** First row shown. */
  readonly top: number;
}

/** Everything the screen shows. */
export interface State {
  /** Every article by position (over a store, a window that reads the rows asked for). */
  readonly articles: ArticleRows;
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
  /** Why each of them failed (the problems list shows them after the load errors). */
  readonly analysisErrors: readonly LoadError[];
  /** First row of the problems list. */
  readonly problemsTop: number;
  /** First line of the help, when it is taller than the screen. */
  readonly helpTop: number;
  /** Articles added to the search index. */
  readonly indexed: number;
  /** Articles read (see read-marks.ts). */
  readonly read: ReadonlySet<number>;
  /** Whether the open article was opened or scrolled by the user (the one shown at start is not, until touched). */
  readonly touched: boolean;
  /** The open article, marked unread by hand: it is not marked read again while it stays open. */
  readonly unreadHold: number | null;
  /** Where each article was left, by index (the open one's place is its reader top). */
  readonly places: ReadonlyMap<number, Place>;
  /** Every bookmark of the archive; a negative id until the app has kept it. */
  readonly bookmarks: readonly ReaderBookmark[];
  /** The saved state as last read back (after the refresh, or once a large store's positions are read): already written, so not written again. */
  readonly recalled: Omit<Remembered, 'last'> | null;
  /** Cursor and first entry of the bookmarks list. */
  readonly bookmarkList: ListPos;
  /** The bookmark whose note is being typed. */
  readonly draft: BookmarkDraft | null;
  /** The people or names view (kept while closed, so it reopens as it was). */
  readonly finder: FinderState | null;
  /** The last text copied (`y`), numbered so the app writes each copy once. */
  readonly clip: { readonly text: string; readonly seq: number } | null;
  /** The store's refresh running in the background (`refreshing 40%`), or null. */
  readonly refresh: string | null;
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
  | { readonly type: 'page'; readonly dir: 1 | -1; readonly half?: boolean; readonly nextAtEnd?: boolean }
  | { readonly type: 'paragraph'; readonly dir: 1 | -1 }
  | { readonly type: 'article'; readonly dir: 1 | -1 }
  | { readonly type: 'edge'; readonly to: 'top' | 'bottom' }
  | { readonly type: 'enter' }
  | { readonly type: 'open'; readonly article: number; readonly paragraph?: number }
  | { readonly type: 'back' }
  | { readonly type: 'search-open' }
  | { readonly type: 'search-edit'; readonly edit: LineEdit }
  | { readonly type: 'search-select'; readonly delta: number }
  | { readonly type: 'search-submit' }
  | { readonly type: 'search-close' }
  | { readonly type: 'search-scope' }
  | { readonly type: 'search-clear' }
  | { readonly type: 'search-results'; readonly results: SearchResults }
  | { readonly type: 'search-hits'; readonly hits: HitMap }
  | { readonly type: 'next-hit'; readonly dir: 1 | -1 }
  | { readonly type: 'escape' }
  | { readonly type: 'help-open' }
  | { readonly type: 'help-close' }
  | { readonly type: 'help-scroll'; readonly delta: number; readonly unit: 'row' | 'page'; readonly lines?: number }
  | { readonly type: 'problems-open' }
  | { readonly type: 'problems-scroll'; readonly delta: number; readonly unit: 'row' | 'page' }
  | { readonly type: 'problems-close' }
  | { readonly type: 'sections-open' }
  | { readonly type: 'sections-close' }
  | { readonly type: 'sections-choose'; readonly number: number }
  | { readonly type: 'filter'; readonly filter: ListFilter | null }
  | { readonly type: 'analyses'; readonly entries: readonly (readonly [number, Analysis | { readonly error: string }])[] }
  | { readonly type: 'indexed'; readonly count: number }
  | { readonly type: 'articles-changed'; readonly articles: ArticleRows }
  | { readonly type: 'refresh'; readonly progress: string | null }
  | { readonly type: 'load-errors'; readonly errors: readonly LoadError[] }
  | { readonly type: 'remembered'; readonly remembered: Omit<Remembered, 'last'> }
  | { readonly type: 'people-ready' }
  | { readonly type: 'toggle-read' }
  | { readonly type: 'unread-only' }
  | { readonly type: 'next-unread' }
  | { readonly type: 'mark-all' }
  | { readonly type: 'answer'; readonly yes: boolean }
  | { readonly type: 'dwell'; readonly article: number }
  | { readonly type: 'bookmark' }
  | { readonly type: 'note-edit'; readonly edit: LineEdit }
  | { readonly type: 'note-save'; readonly at: string }
  | { readonly type: 'note-cancel' }
  | { readonly type: 'bookmark-kept'; readonly temporary: number; readonly kept: ReaderBookmark }
  | { readonly type: 'bookmarks-open' }
  | { readonly type: 'bookmarks-move'; readonly delta: number }
  | { readonly type: 'bookmarks-go' }
  | { readonly type: 'bookmarks-delete' }
  | { readonly type: 'bookmarks-close' }
  | { readonly type: 'finder-open'; readonly kind: FinderKind }
  | { readonly type: 'finder-edit'; readonly edit: LineEdit }
  | { readonly type: 'finder-move'; readonly delta: number }
  | { readonly type: 'finder-enter' }
  | { readonly type: 'finder-escape' }
  | { readonly type: 'finder-back' }
  | { readonly type: 'copy' }
  | { readonly type: 'message'; readonly text: string }
  | { readonly type: 'suspend' }
  | { readonly type: 'quit' };

/** What the reader remembers of an archive from earlier sessions (see state/reconcile.ts). */
export interface Remembered {
  readonly read: ReadonlySet<number>;
  readonly places: ReadonlyMap<number, Place>;
  readonly bookmarks: readonly ReaderBookmark[];
  /** The article open at the last quit. */
  readonly last: number | null;
}

/** The state before any key: the first article open (or the last one read, at its place), the list focused. */
export function initialState(articles: ArticleRows, size: Size, loadErrors: readonly LoadError[] = [], remembered?: Remembered): State {
  const message = loadErrors.length ? loadErrorMessage(loadErrors) : null;
  return {
    articles, loadErrors, size, mode: 'normal', focus: articles.length === 1 ? 'reader' : 'list', rightTab: 'quotes',
    list: { cursor: 0, top: 0 }, sections: sectionCounts(articles), filter: null, shown: null, current: 0,
    reader: { cursor: 0, top: TOP, markedQuote: null, markedText: null },
    quotes: { cursor: 0, top: 0 }, facts: { cursor: 0, top: 0, cycle: null },
    back: [],
    search: { query: '', cursor: 0, replaceOnType: false, results: null, selected: 0, top: 0, active: false, highlight: false, hits: null, current: null, inSection: true, pendingWalk: null, anchor: null },
    analyses: emptyChunked(), analysed: articles.analysed?.() ?? 0, failed: 0, analysisErrors: [], problemsTop: 0, helpTop: 0, indexed: 0,
    read: remembered?.read ?? new Set(), touched: false, unreadHold: null, places: remembered?.places ?? new Map(),
    bookmarks: remembered?.bookmarks ?? [], bookmarkList: { cursor: 0, top: 0 }, draft: null, finder: null, clip: null,
    refresh: null, message, quit: false, recalled: null,
  };
}

/** The initial state reopened where the user left off: the last article at its place, the list cursor on it. */
export function resumeState(s: State, last: number | null): State {
  if (last === null || last === s.current || !s.articles.at(last)) return restorePlace(s);
  const opened = openAt(s, last, null, s.focus);
  return { ...opened, back: [], message: s.message, touched: false };
}

/** Actions a key press causes (they clear the footer message). */
const FROM_KEYS = new Set<Action['type']>([
  'focus', 'focus-next', 'focus-prev', 'move', 'page', 'paragraph', 'article', 'edge', 'enter', 'back', 'search-open', 'search-edit',
  'search-select', 'search-submit', 'search-close', 'search-scope', 'search-clear', 'next-hit', 'escape', 'help-open', 'help-close', 'help-scroll',
  'problems-open', 'problems-scroll', 'problems-close', 'sections-open', 'sections-close', 'sections-choose', 'filter',
  'toggle-read', 'unread-only', 'next-unread', 'mark-all', 'answer', 'bookmark', 'note-edit', 'note-save', 'note-cancel',
  'bookmarks-open', 'bookmarks-move', 'bookmarks-go', 'bookmarks-delete', 'bookmarks-close',
  'finder-open', 'finder-edit', 'finder-move', 'finder-enter', 'finder-escape', 'finder-back', 'copy',
]);

/** The pure state transition. */
export function reducer(state: State, action: Action): State {
  const next = step(state, action);
  return next === state ? state : followReading(state, next, FROM_KEYS.has(action.type));
}

function step(state: State, action: Action): State {
  // Behind "terminal too small" keys would act unseen: only quitting (and Ctrl-Z) work there.
  if (FROM_KEYS.has(action.type) && layoutOf(state).kind === 'too-small') return state;
  const s = FROM_KEYS.has(action.type) && state.message !== null ? { ...state, message: null } : state;
  switch (action.type) {
    case 'resize': {
      const next = scrollProblems(rescroll({ ...s, size: action.size }, s), 0);
      return next.search.results ? selectResult(next, next.search.selected) : next;
    }
    case 'focus':
      if (action.pane === 'list' && s.articles.length <= 1) return { ...s, message: 'one article: there is no list' };
      return focusPane(s, action.pane);
    case 'focus-next':
    case 'focus-prev':
      return focusNext(s, action.type === 'focus-next' ? 1 : -1);
    case 'move':
      return move(s, action.delta);
    case 'page':
      return page(s, action.dir, action.half, action.nextAtEnd);
    case 'paragraph':
      return s.focus === 'reader' ? stepParagraph(s, action.dir) : move(s, action.dir);
    case 'article':
      return stepArticle(s, action.dir);
    case 'edge':
      return edge(s, action.to);
    case 'enter':
      return enter(s);
    case 'open':
      return openAt(pushBack(s), action.article, action.paragraph ?? null, 'reader');
    case 'back':
      return goBack(s);
    case 'search-open':
      return { ...s, mode: 'search', search: { ...s.search, replaceOnType: s.search.query !== '', cursor: s.search.query.length, selected: 0, top: 0 } };
    case 'search-edit':
      return editSearch(s, action.edit);
    case 'search-clear':
      return { ...s, search: { ...s.search, query: '', cursor: 0, replaceOnType: false, results: null, selected: 0, top: 0, active: false, highlight: false, hits: null, current: null } };
    case 'search-select':
      return selectResult(s, s.search.selected + action.delta);
    case 'search-results':
      if (action.results.query !== engineQuery(s.search.query)) return s; // a late answer to an older query
      return selectResult({ ...s, search: { ...s.search, results: action.results } }, Math.min(s.search.selected, Math.max(0, action.results.results.length - 1)));
    case 'search-submit':
      return submitSearch(s);
    case 'search-close': {
      // Esc closes the box and keeps the search: its hits stay highlighted and n/N walk them.
      const kept = s.search.query.trim() !== '';
      return { ...s, mode: 'normal', search: { ...s.search, replaceOnType: false, active: kept, highlight: kept } };
    }
    case 'search-scope':
      if (!s.filter) return { ...s, message: 'no section chosen: search covers every article' };
      return { ...s, search: { ...s.search, inSection: !s.search.inSection, results: null, selected: 0, top: 0, hits: null, current: null } };
    case 'search-hits': {
      if (action.hits.query !== engineQuery(s.search.query)) return s;
      const known = placeAnchor({ ...s, search: { ...s.search, hits: action.hits, pendingWalk: null } });
      return s.search.pendingWalk === null ? known : walkHits(known, s.search.pendingWalk);
    }
    case 'next-hit':
      return walkHits(s, action.dir);
    case 'escape':
      // As vim's :noh: the highlights go, the search stays for n and N.
      if (s.search.active && s.search.highlight) return { ...s, search: { ...s.search, highlight: false }, message: 'highlights off: n/N still walk the search' };
      if (s.reader.markedQuote !== null || s.reader.markedText !== null) return { ...s, reader: { ...s.reader, markedQuote: null, markedText: null } };
      // In the list, Esc shows every article again after the names view kept it to one name's stories.
      if (s.focus === 'list' && s.filter?.naming) return { ...applyFilter(s, changeFilter(s.filter, { naming: undefined })), message: 'all articles again' };
      return s;
    case 'help-open':
      return { ...s, mode: 'help', helpTop: 0 };
    case 'help-scroll': {
      // `lines`: how long the help is at this width (the app knows; without it the view keeps the top in range).
      const rows = Math.max(1, (layoutOf(s).kind === 'too-small' ? 1 : s.size.rows - 4));
      const last = Math.max(0, (action.lines ?? Number.MAX_SAFE_INTEGER) - rows);
      const step = action.unit === 'page' ? Math.max(1, rows - 1) : 1;
      const top = action.delta === -Infinity ? 0 : action.delta === Infinity ? last : s.helpTop + action.delta * step;
      return { ...s, helpTop: Math.max(0, Math.min(last, top)) };
    }
    case 'help-close':
      return { ...s, mode: 'normal' };
    case 'problems-open':
      if (!problemCount(s)) return { ...s, message: 'no problems: every file loaded and every article was analysed' };
      return { ...s, mode: 'problems', problemsTop: 0 };
    case 'problems-scroll':
      return scrollProblems(s, action.unit === 'page' ? action.delta * problemRows(s) : action.delta);
    case 'problems-close':
      return { ...s, mode: 'normal' };
    case 'sections-open':
      if (!s.sections.length) return { ...s, message: 'no sections: these articles are not in section folders' };
      return { ...focusPane(s, 'list'), mode: 'sections' };
    case 'sections-close':
      return { ...s, mode: 'normal' };
    case 'sections-choose': {
      // The menu's numbers: 1 is every section, 2 the first section, and so on.
      if (action.number === 1) return applyFilter(s, withSection(s.filter, undefined));
      const section = s.sections[action.number - 2];
      return section ? applyFilter(s, withSection(s.filter, section.section)) : s;
    }
    case 'filter':
      // The sections menu chooses the section; the unread part stays as it was.
      return applyFilter(s, withSection(s.filter, action.filter?.section));
    case 'analyses':
      return receiveAnalyses(s, action.entries);
    case 'indexed':
      return { ...s, indexed: action.count };
    case 'articles-changed':
      return changeArticles(s, action.articles);
    case 'refresh':
      return { ...s, refresh: action.progress };
    case 'load-errors':
      // What could not be read matters more than a note that the refresh is done.
      return action.errors.length ? { ...s, loadErrors: action.errors, message: loadErrorMessage(action.errors) } : s;
    case 'people-ready':
      // The people and names tables can be worked out now: an open view draws them.
      return s.mode === 'finder' || s.mode === 'person' ? { ...s } : s;
    case 'remembered':
      // State matched again after the refresh found moved files: the saved state is the truth (every change was written).
      return { ...s, read: action.remembered.read, places: action.remembered.places, bookmarks: action.remembered.bookmarks, recalled: action.remembered };
    case 'toggle-read':
      return toggleRead(s);
    case 'unread-only':
      return applyFilter(s, changeFilter(s.filter, { unread: !s.filter?.unread }));
    case 'next-unread':
      return nextUnread(s);
    case 'mark-all':
      return askMarkAll(s);
    case 'answer':
      return answerMarkAll(s, action.yes);
    case 'dwell':
      return dwelt(s, action.article);
    case 'bookmark':
      return startBookmark(s);
    case 'note-edit':
      return editNote(s, action.edit);
    case 'note-save':
      return saveBookmark(s, action.at);
    case 'note-cancel':
      return { ...s, mode: 'normal', draft: null, message: 'no bookmark made' };
    case 'bookmark-kept':
      return bookmarkKept(s, action.temporary, action.kept);
    case 'bookmarks-open':
      return openBookmarks(s);
    case 'bookmarks-move':
      return moveBookmarks(s, s.bookmarkList.cursor + action.delta);
    case 'bookmarks-go':
      return jumpToBookmark(s);
    case 'bookmarks-delete':
      return deleteBookmark(s);
    case 'bookmarks-close':
      return { ...s, mode: 'normal' };
    case 'finder-open':
      return openFinder(s, action.kind);
    case 'finder-edit':
      return editFinder(s, action.edit);
    case 'finder-move':
      return moveFinder(s, action.delta);
    case 'finder-enter':
      return enterFinder(s);
    case 'finder-escape':
      return escapeFinder(s);
    case 'finder-back':
      return backFinder(s);
    case 'copy':
      return copyQuote(s);
    case 'message':
      return { ...s, message: action.text };
    case 'suspend':
      return s;
    case 'quit':
      return { ...s, quit: true };
  }
}

function receiveAnalyses(s: State, entries: Extract<Action, { type: 'analyses' }>['entries']): State {
  const errors: LoadError[] = [];
  const stored = entries.map(([index, result]) => {
    if ('error' in result) errors.push({ path: s.articles.at(index)?.path ?? `article ${index + 1}`, message: `analysis failed: ${result.error}` });
    return [index, 'error' in result ? { quotes: [], facts: [], entities: [] } : result] as const;
  });
  const failed = s.failed + errors.length;
  const analysisErrors = errors.length ? [...s.analysisErrors, ...errors] : s.analysisErrors;
  return { ...s, analyses: chunkedSet(s.analyses, stored), analysed: s.analysed + entries.length, failed, analysisErrors };
}

/** `y`: the quote under the cursor (quotes pane, or a person's quotes) with its citation, for the clipboard. */
function copyQuote(s: State): State {
  let text: string | null = null;
  if (s.mode === 'person') text = finderCitation(s);
  else if (s.focus === 'quotes') {
    const analysis = analysisOf(s, s.current);
    const quote = analysis?.quotes[quoteOrder(analysis)[s.quotes.cursor] ?? -1];
    const article = s.articles.at(s.current);
    if (quote && article) text = citation(quote, article);
  }
  if (text === null) return { ...s, message: 'y copies a quote: from the quotes pane (3), or a person\'s quotes (p)' };
  const shown = text.length > 60 ? `${text.slice(0, 59)}…` : text;
  return { ...s, clip: { text, seq: (s.clip?.seq ?? 0) + 1 }, message: `copied: ${shown}` };
}

/**
 * The articles as the refresh left them: those indexed in the background join the end of the list
 * (positions of those shown stay as they were), those written again (edited files, or gone) are new
 * objects at the same places, so nothing laid out for the old text is kept.
 */
function changeArticles(s: State, articles: ArticleRows): State {
  if (articles === s.articles) return s;
  const shown = s.filter ? filterArticles(articles, s.filter, s.read) : null;
  return rescroll({ ...s, articles, sections: sectionCounts(articles), shown, analysed: articles.analysed?.() ?? s.analysed });
}

/** `3 files not loaded (e lists them): path: why` */
function loadErrorMessage(errors: readonly LoadError[]): string {
  return `${errors.length === 1 ? '1 file' : `${groupDigits(errors.length)} files`} not loaded (e lists them): ${errors[0]!.path}: ${errors[0]!.message}`;
}
