// Read and unread, as newsboat keeps them: an article you opened becomes read once its last line
// has been on screen or it stayed open for a while (the app sends `dwell`); `u` toggles, `.` opens
// the next unread article, `A` marks the whole list read after asking.
import { listArticle, listLength, listPosition } from './list-view.js';
import { openAt, pushBack } from './navigation.js';
import { placeOf } from './places.js';
import { atEnd } from './reading.js';
import { TOP } from './scroll.js';
import { currentDoc, listGeometry } from './selectors.js';
import type { State } from './state.js';

/** Seconds an opened article stays in front of you before it counts as read. */
export const DWELL_SECONDS = 10;

/** The read set with `articles` marked read (or unread); the same set when nothing changes. */
export function withRead(read: ReadonlySet<number>, articles: readonly number[], on: boolean): ReadonlySet<number> {
  if (articles.every((a) => read.has(a) === on)) return read;
  const next = new Set(read);
  for (const a of articles) {
    if (on) next.add(a);
    else next.delete(a);
  }
  return next;
}

/**
 * What follows any action, for reading state: an article changed or scrolled by the user counts as
 * touched; a touched article whose last line is on screen becomes read; the place in the article
 * left is remembered.
 */
export function followReading(prev: State, next: State, fromKey: boolean): State {
  let s = next;
  if (next.current !== prev.current) {
    s = { ...s, touched: true, unreadHold: null, places: rememberPlace(prev, s.places) };
  } else if (fromKey && !s.touched && (next.reader.top.block !== prev.reader.top.block || next.reader.top.line !== prev.reader.top.line)) {
    s = { ...s, touched: true };
  }
  if (!s.touched || s.read.has(s.current) || s.unreadHold === s.current) return s;
  const at = currentDoc(s);
  return at && atEnd(at.doc, s.reader.top, at.view) ? { ...s, read: withRead(s.read, [s.current], true) } : s;
}

/** The places map with the state's current place in it (left out while at the very top, unless one was kept). */
export function rememberPlace(s: State, places: State['places']): State['places'] {
  const article = s.articles.at(s.current);
  const at = currentDoc(s);
  if (!article || !at) return places;
  const atTop = s.reader.top.block === TOP.block && s.reader.top.line === TOP.line;
  if (atTop && !places.has(s.current)) return places;
  const next = new Map(places);
  next.set(s.current, placeOf(article, at.doc, s.reader.top));
  return next;
}

/** The app's timer: the article has been open long enough to count as read, if it is still open and touched. */
export function dwelt(s: State, article: number): State {
  if (s.current !== article || !s.touched || s.unreadHold === article || s.read.has(article)) return s;
  return { ...s, read: withRead(s.read, [article], true) };
}

/** `u`: toggles the list cursor's article when the list is focused, else the open article. */
export function toggleRead(s: State): State {
  const article = s.focus === 'list' ? listArticle(listGeometry(s), s.list.cursor) : s.current;
  if (article < 0 || !s.articles.at(article)) return s;
  const on = !s.read.has(article);
  // Marked unread by hand, the open article stays unread while it stays open.
  return { ...s, read: withRead(s.read, [article], on), unreadHold: on ? null : article, message: on ? 'marked read' : 'marked unread' };
}

/** `.`: opens the next unread article in the list after the open one, wrapping round once. */
export function nextUnread(s: State): State {
  const g = listGeometry(s);
  const length = listLength(g);
  const here = listPosition(g, s.current);
  for (let step = 1; step <= length; step++) {
    const article = listArticle(g, (Math.max(here, -1) + step + length) % length);
    if (article >= 0 && article !== s.current && !s.read.has(article)) return openAt(pushBack(s), article, null, s.focus === 'list' ? 'reader' : s.focus);
  }
  return { ...s, message: 'no unread articles in the list' };
}

/** Unread articles among those the list shows. */
export function unreadInList(s: State): number {
  if (!s.shown) return s.articles.length - s.read.size;
  let n = 0;
  for (const a of s.shown) if (!s.read.has(a)) n++;
  return n;
}

/** `A`: asks before marking every article the list shows as read. */
export function askMarkAll(s: State): State {
  const unread = unreadInList(s);
  if (!unread) return { ...s, message: 'every article in the list is read' };
  return { ...s, mode: 'confirm', message: null };
}

/** The answer to `A`'s question. */
export function answerMarkAll(s: State, yes: boolean): State {
  if (!yes) return { ...s, mode: 'normal', message: 'nothing marked' };
  const g = listGeometry(s);
  const all: number[] = [];
  for (let p = 0; p < listLength(g); p++) all.push(listArticle(g, p));
  return { ...s, mode: 'normal', read: withRead(s.read, all, true), message: `${all.length === 1 ? '1 article' : `${all.length} articles`} marked read` };
}
