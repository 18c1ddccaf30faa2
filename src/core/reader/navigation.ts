// Cursors, scrolling and jumps: moving in each pane, opening an article, jumping to a paragraph,
// and the trail Backspace walks back. Each takes a state and returns the next one.
import { factItems, quoteOrder } from './fact-groups.js';
import { paneInner, PANES, type PaneId } from './layout.js';
import { entriesFrom, filterArticles, listArticle, listLength, listPosition, listTop, normalFilter, type ListFilter } from './list-view.js';
import { factRows, itemRowRange, keepRowsInView, quoteRows } from './pane-rows.js';
import { atEnd, keepPlace, pageRows, paragraphAt, scrollReader, showTarget, type Target } from './reading.js';
import { topOf } from './places.js';
import { clampTop, maxTop, TOP } from './scroll.js';
import { analysisOf, currentDoc, layoutOf, listGeometry, openFact, openQuote, sectionName } from './selectors.js';
import type { Location, State } from './state.js';

/** How many jumps Backspace can undo. */
const BACK_LIMIT = 100;

/** Focuses a pane (and shows it in the right column, for quotes and facts). */
export function focusPane(s: State, pane: PaneId): State {
  const next = keepPlace(s, { ...s, focus: pane, rightTab: pane === 'quotes' || pane === 'facts' ? pane : s.rightTab });
  // The quote under the cursor opens or closes with the focus: keep it in view.
  return (s.focus === 'quotes') !== (pane === 'quotes') ? moveQuotes(next, next.quotes.cursor) : next;
}

/** Focuses the next pane in Tab order (or the previous one). */
export function focusNext(s: State, dir: 1 | -1): State {
  const step = dir === 1 ? 1 : PANES.length - 1;
  const next = PANES[(PANES.indexOf(s.focus) + step) % PANES.length]!;
  // With one article there is no list to go to.
  if (next === 'list' && s.articles.length <= 1) return focusPane(s, PANES[(PANES.indexOf(next) + step) % PANES.length]!);
  return focusPane(s, next);
}

/** Moves the focused pane's cursor by `delta`. */
export function move(s: State, delta: number): State {
  switch (s.focus) {
    case 'list':
      return moveList(s, s.list.cursor + delta);
    case 'reader':
      return scrollReader(s, delta);
    case 'quotes':
      return moveQuotes(s, s.quotes.cursor + delta);
    case 'facts':
      return moveFacts(s, s.facts.cursor + delta);
  }
}

/** Moves the list cursor to a list position, scrolling as little as needed. */
export function moveList(s: State, to: number): State {
  const g = listGeometry(s);
  const cursor = clamp(to, 0, listLength(g) - 1);
  return { ...s, list: { cursor, top: listTop(g, cursor, s.list.top) } };
}

/** Shows one section in the list (or all), or only unread articles; the cursor stays on the open article when the list has it. */
export function applyFilter(s: State, filter: ListFilter | null): State {
  const kept = normalFilter(filter);
  const shown = filterArticles(s.articles, kept, s.read);
  // A search kept to the list's section looks elsewhere now: its hits are worked out again.
  const search = s.search.inSection && s.search.hits ? { ...s.search, hits: null, current: null } : s.search;
  const next: State = { ...s, mode: 'normal', focus: 'list', filter: kept, shown, list: { cursor: 0, top: 0 }, search };
  return moveList(next, Math.max(0, listPosition(listGeometry(next), s.current)));
}

/** Moves the quotes pane's cursor to a position in quoteOrder, keeping the quote in view. */
export function moveQuotes(s: State, to: number): State {
  const analysis = analysisOf(s, s.current);
  const count = quoteOrder(analysis).length;
  const cursor = clamp(to, 0, count - 1);
  const inner = paneInner(layoutOf(s), 'quotes');
  const [first, last] = itemRowRange(quoteRows(analysis, inner.width, openQuote(s, cursor, inner.height)), cursor);
  return { ...s, quotes: { cursor, top: keepRowsInView(s.quotes.top, first, last, inner.height) } };
}

/** Moves the facts pane's cursor to an item, keeping it in view. */
export function moveFacts(s: State, to: number): State {
  const analysis = analysisOf(s, s.current);
  const cursor = clamp(to, 0, factItems(analysis).length - 1);
  const inner = paneInner(layoutOf(s), 'facts');
  const [first, last] = itemRowRange(factRows(analysis, inner.width, openFact(s, cursor)), cursor);
  return { ...s, facts: { ...s.facts, cursor, top: keepRowsInView(s.facts.top, first, last, inner.height) } };
}

/**
 * A page down or up in the focused pane (half a page with `half`). In the reader, Space on the last
 * page (`nextAtEnd`) opens the next article, as in newsboat.
 */
export function page(s: State, dir: 1 | -1, half = false, nextAtEnd = false): State {
  const part = (rows: number) => Math.max(1, half ? Math.floor(rows / 2) : rows);
  switch (s.focus) {
    case 'list':
      return moveList(s, s.list.cursor + dir * part(entriesFrom(listGeometry(s), s.list.top)));
    case 'quotes':
      return moveQuotes(s, s.quotes.cursor + dir * part(Math.max(1, Math.floor(paneInner(layoutOf(s), 'quotes').height / 3))));
    case 'facts':
      return moveFacts(s, s.facts.cursor + dir * part(Math.max(1, paneInner(layoutOf(s), 'facts').height - 2)));
    case 'reader': {
      const at = currentDoc(s);
      if (!at) return s;
      if (nextAtEnd && dir === 1 && atEnd(at.doc, s.reader.top, at.view)) return stepArticle(s, 1);
      const moved = scrollReader(s, dir * pageRows(at.view, half));
      if (moved.reader.top !== s.reader.top || half) return moved;
      // At either end a page key still moves the cursor, to the last or first paragraph.
      return { ...s, reader: { ...s.reader, cursor: dir === 1 ? Math.max(0, at.doc.blocks - 2) : 0 } };
    }
  }
}

/** J and K: the next or previous article of the list as shown (its section, its order), the focus kept. */
export function stepArticle(s: State, dir: 1 | -1): State {
  const g = listGeometry(s);
  const here = listPosition(g, s.current);
  const to = here < 0 ? (dir === 1 ? 0 : listLength(g) - 1) : here + dir;
  if (to < 0) return { ...s, message: 'this is the first article' };
  if (to >= listLength(g)) return { ...s, message: 'this is the last article' };
  const article = listArticle(g, to);
  if (article < 0) return s;
  const opened = openAt(pushBack(s), article, null, s.focus);
  // From an article the list leaves out (opened from a search of all sections), J starts the list over.
  return here < 0 ? { ...opened, message: `that article is not in ${sectionName(s.filter)}: ${dir === 1 ? 'first' : 'last'} article of the list` } : opened;
}

/** The first or last entry of the focused pane. */
export function edge(s: State, to: 'top' | 'bottom'): State {
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

/** Enter in the focused pane: open the article, or jump to the quote or fact (each Enter on a fact to its next paragraph). */
export function enter(s: State): State {
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
      const jumped = jumpTo(pushBack(s), quote.paragraph, { paragraph: quote.paragraph, start: quote.start, endParagraph: quote.paragraphEnd, end: quote.end });
      return { ...jumped, reader: { ...jumped.reader, markedQuote: index, markedText: null } };
    }
    case 'facts': {
      const item = factItems(analysisOf(s, s.current))[s.facts.cursor];
      if (!item || !item.paragraphs.length) return { ...s, message: 'no facts here' };
      const cycle = s.facts.cycle?.item === s.facts.cursor ? { item: s.facts.cursor, mention: (s.facts.cycle.mention + 1) % item.paragraphs.length } : { item: s.facts.cursor, mention: 0 };
      const p = item.paragraphs[cycle.mention]!;
      const start = offsetOfLabel(s.articles.at(s.current)?.paragraphs[p] ?? '', item.label);
      const jumped = jumpTo(cycle.mention === 0 ? pushBack(s) : s, p, { paragraph: p, start, endParagraph: p, end: start + item.label.length });
      const message = item.paragraphs.length > 1 ? `¶ ${item.paragraphs[cycle.mention]! + 1}: ${cycle.mention + 1} of ${item.paragraphs.length} paragraphs (Enter for the next)` : null;
      return { ...jumped, facts: { ...jumped.facts, cycle }, reader: { ...jumped.reader, markedQuote: null, markedText: item.label }, message };
    }
  }
}

/**
 * Moves the reader to a target in the current article (a paragraph, or a quote, fact or hit in it),
 * shown a few rows below the top; the focus moves to the reader only where it would be hidden.
 */
export function jumpTo(s: State, p: number, target?: Target): State {
  const shown = showTarget(s, target ?? { paragraph: p, start: 0, endParagraph: p, end: 0 });
  const layout = layoutOf(s);
  return { ...shown, focus: layout.kind === 'single' ? 'reader' : s.focus };
}

/** Where a fact's figure or name first stands in a paragraph (its last word, for a name written short), else 0. */
function offsetOfLabel(paragraph: string, label: string): number {
  const text = paragraph.toLowerCase();
  const whole = text.indexOf(label.toLowerCase());
  if (whole >= 0) return whole;
  const last = label.split(' ').pop() ?? '';
  return Math.max(0, last ? text.indexOf(last.toLowerCase()) : 0);
}

/** Records where the reader is, for Backspace to come back to. */
export function pushBack(s: State): State {
  if (!s.articles.length) return s;
  const here: Location = { article: s.current, paragraph: s.reader.cursor, top: s.reader.top };
  return { ...s, back: [...s.back.slice(-(BACK_LIMIT - 1)), here] };
}

/** Backspace: back to the last place recorded, the list following the article. */
export function goBack(s: State): State {
  const last = s.back.at(-1);
  if (!last) return { ...s, message: 'nothing to go back to' };
  const opened = setCurrent({ ...s, back: s.back.slice(0, -1) }, last.article);
  // The list follows the article, as it does when one is opened.
  const position = listPosition(listGeometry(opened), last.article);
  const listed = position < 0 || last.article === s.current ? opened : moveList(opened, position);
  return rescroll({ ...listed, reader: { ...listed.reader, cursor: last.paragraph, top: last.top } });
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
export function openAt(s: State, article: number, paragraph: number | null, focus: PaneId): State {
  if (!s.articles.at(article)) return s;
  // Opened by the user, even when it was already the one shown (for read marks).
  const moved = focusPane({ ...setCurrent(s, article), touched: true }, focus);
  // An article the list's section leaves out still opens; the list stays where it was.
  const position = listPosition(listGeometry(moved), article);
  const opened = position < 0 ? { ...moved, message: moved.message ?? `this article is not in ${sectionName(moved.filter)} (s: sections)` } : moveList(moved, position);
  if (paragraph === null) return restorePlace(opened);
  return jumpTo(opened, paragraph);
}

/** The open article at the place it was left (its top when it has none). */
export function restorePlace(s: State): State {
  const place = s.places.get(s.current);
  const at = currentDoc(s);
  if (!place || !at) return { ...s, reader: { ...s.reader, cursor: 0, top: TOP } };
  const top = topOf(at.doc, place, at.view);
  return { ...s, reader: { ...s.reader, cursor: paragraphAt(at.doc, top), top } };
}

/** `n` kept between `lo` and `hi` (`lo` when the range is empty). */
export function clamp(n: number, lo: number, hi: number): number {
  return hi < lo ? lo : Math.max(lo, Math.min(hi, n));
}

/** Re-applies the panes' scrolling after a resize (`before` is the state at the old size), so cursors stay visible and the reader keeps its place. */
export function rescroll(s: State, before: State = s): State {
  let next = moveList(s, s.list.cursor);
  const at = currentDoc(next);
  if (at) {
    const placed = keepPlace(before, next);
    next = { ...placed, reader: { ...placed.reader, cursor: clamp(placed.reader.cursor, 0, at.doc.blocks - 2), top: clampTop(at.doc, placed.reader.top, at.view) } };
  }
  next = moveQuotes(next, next.quotes.cursor);
  return moveFacts(next, next.facts.cursor);
}
