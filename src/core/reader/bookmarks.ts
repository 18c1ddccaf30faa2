// Bookmarks: `m` marks the paragraph, quote or fact under the cursor with an optional note, `B`
// lists every bookmark of the archive, Enter goes to one and `d` deletes it. The app keeps them
// (it gives each its id); here they are plain data.
import { anchorOf } from '../state/article-key.js';
import type { BookmarkKind } from '../state/reading-state.js';
import type { ReaderBookmark } from '../state/reconcile.js';
import { factItems, quoteOrder } from './fact-groups.js';
import { editLine, type LineEdit } from './line-edit.js';
import { listArticle } from './list-view.js';
import { jumpTo, openAt, pushBack } from './navigation.js';
import { analysisOf, currentDoc, listGeometry } from './selectors.js';
import type { State } from './state.js';

/** What `m` will mark, while its note is typed. */
export interface BookmarkDraft {
  readonly article: number;
  readonly paragraph: number;
  readonly kind: BookmarkKind;
  readonly text: string;
  /** The note as typed, and the cursor in it. */
  readonly note: string;
  readonly cursor: number;
}

/** A line of text is enough to recognise a paragraph in a list. */
const TEXT_CHARS = 200;

/** `m`: starts a bookmark on what is under the cursor, asking for a note. */
export function startBookmark(s: State): State {
  const draft = draftAt(s);
  if (!draft) return { ...s, message: 'nothing here to bookmark' };
  return { ...s, mode: 'note', draft };
}

function draftAt(s: State): BookmarkDraft | null {
  const blank = { note: '', cursor: 0 };
  if (s.focus === 'quotes' || s.focus === 'facts') {
    const analysis = analysisOf(s, s.current);
    if (s.focus === 'quotes') {
      const quote = analysis?.quotes[quoteOrder(analysis)[s.quotes.cursor] ?? -1];
      if (quote) return { article: s.current, paragraph: quote.paragraph, kind: 'quote', text: quote.text.slice(0, TEXT_CHARS), ...blank };
    } else {
      const item = factItems(analysis)[s.facts.cursor];
      if (item && item.paragraphs.length) return { article: s.current, paragraph: item.paragraphs[0]!, kind: 'fact', text: item.label.slice(0, TEXT_CHARS), ...blank };
    }
    return null;
  }
  // In the list, the article under its cursor (where you were in it, if it is open).
  const article = s.focus === 'list' ? listArticle(listGeometry(s), s.list.cursor) : s.current;
  const a = s.articles.at(article);
  if (!a || !a.paragraphs.length) return null;
  const p = article === s.current ? s.reader.cursor : 0;
  const at = article === s.current ? currentDoc(s) : null;
  // The line at the top of the view, when the view starts inside the cursor paragraph.
  const offset = at && s.reader.top.block === p + 1 ? (at.doc.lines(p)[s.reader.top.line]?.start ?? 0) : 0;
  return { article, paragraph: p, kind: 'paragraph', text: a.paragraphs[p]!.slice(offset, offset + TEXT_CHARS), ...blank };
}

/** Typing the note. */
export function editNote(s: State, edit: LineEdit): State {
  if (!s.draft) return s;
  const { value, cursor } = editLine({ value: s.draft.note, cursor: s.draft.cursor }, edit);
  return { ...s, draft: { ...s.draft, note: value.replace(/[\r\n]+/g, ' '), cursor } };
}

/** Enter: the bookmark joins the list with a negative id, until the app has kept it and gives it its own. */
export function saveBookmark(s: State, at: string): State {
  const d = s.draft;
  const article = d ? s.articles.at(d.article) : undefined;
  if (!d || !article) return { ...s, mode: 'normal', draft: null };
  const bookmark: ReaderBookmark = {
    id: -(s.bookmarks.length + 1 + Math.max(0, ...s.bookmarks.map((b) => -b.id))), article: d.article, path: '', hash: '', title: article.title,
    paragraph: d.paragraph, kind: d.kind, text: d.text, note: d.note.trim(), created: at, anchor: anchorOf(article.paragraphs[d.paragraph] ?? ''), lost: false,
  };
  return { ...s, mode: 'normal', draft: null, bookmarks: [...s.bookmarks, bookmark], message: `bookmarked ¶ ${d.paragraph + 1}${bookmark.note ? `: ${bookmark.note}` : ''} (B lists bookmarks)` };
}

/** The app kept a new bookmark: it takes its real id. */
export function bookmarkKept(s: State, temporary: number, kept: ReaderBookmark): State {
  return { ...s, bookmarks: s.bookmarks.map((b) => (b.id === temporary ? kept : b)) };
}

/** `B`: the list of bookmarks. */
export function openBookmarks(s: State): State {
  if (!s.bookmarks.length) return { ...s, message: 'no bookmarks yet: m marks the paragraph, quote or fact under the cursor' };
  return { ...s, mode: 'bookmarks', bookmarkList: { cursor: Math.min(s.bookmarkList.cursor, s.bookmarks.length - 1), top: s.bookmarkList.top } };
}

/** Rows each bookmark takes in the list: a heading line and a line of text. */
export const BOOKMARK_ROWS = 2;

/** Bookmarks that fit on the screen at once (the body less a heading and a last line). */
export function bookmarksShown(s: Pick<State, 'size'>): number {
  return Math.max(1, Math.floor((s.size.rows - 5) / BOOKMARK_ROWS));
}

/** Moves the bookmarks list's cursor, keeping it in view. */
export function moveBookmarks(s: State, to: number): State {
  const cursor = Math.max(0, Math.min(s.bookmarks.length - 1, to));
  const rows = bookmarksShown(s);
  const top = cursor < s.bookmarkList.top ? cursor : cursor >= s.bookmarkList.top + rows ? cursor - rows + 1 : s.bookmarkList.top;
  return { ...s, bookmarkList: { cursor, top: Math.max(0, top) } };
}

/** `d`: deletes the bookmark under the cursor. */
export function deleteBookmark(s: State): State {
  const b = s.bookmarks[s.bookmarkList.cursor];
  if (!b) return s;
  const bookmarks = s.bookmarks.filter((x) => x !== b);
  const next = { ...s, bookmarks, mode: bookmarks.length ? s.mode : ('normal' as const), message: 'bookmark deleted' };
  return moveBookmarks(next, s.bookmarkList.cursor);
}

/** Enter: goes to the bookmark, in its article. */
export function jumpToBookmark(s: State): State {
  const b = s.bookmarks[s.bookmarkList.cursor];
  if (!b) return s;
  if (b.article === null) return { ...s, message: `that article is no longer in the archive: ${b.path}` };
  const opened = openAt(pushBack({ ...s, mode: 'normal' }), b.article, null, 'reader');
  const jumped = jumpTo(opened, b.paragraph);
  return b.lost ? { ...jumped, message: 'the article changed and the bookmarked paragraph was not found: showing the nearest' } : jumped;
}
