// Reading state: where you were, what you read, what you marked. What the user made, so it is kept
// apart from the store (a cache) and written as it changes. May import node builtins and better-sqlite3.
import type { ArticleKey } from './article-key.js';

export type { ArticleKey } from './article-key.js';

/** A place in an article that survives a change of width: a paragraph and a character offset in it. */
export interface Place {
  /** Paragraph, from 0. */
  readonly paragraph: number;
  /** Offset of the first character shown, in the paragraph's text. */
  readonly offset: number;
  /** The paragraph's opening words, to find it again when the article's text changes. */
  readonly anchor: string;
}

/** What a bookmark marks. */
export type BookmarkKind = 'paragraph' | 'quote' | 'fact';

/** A bookmark as kept. */
export interface SavedBookmark {
  readonly id: number;
  /** The article's path within the archive. */
  readonly path: string;
  /** The article's content hash when the bookmark was made or last re-anchored. */
  readonly hash: string;
  /** The article's title, so the list of bookmarks needs no archive to show. */
  readonly title: string;
  readonly paragraph: number;
  readonly kind: BookmarkKind;
  /** The text marked: a line of the paragraph, the quote, or the fact. */
  readonly text: string;
  /** The user's one-line note ('' for none). */
  readonly note: string;
  /** ISO time it was made. */
  readonly created: string;
  /** The paragraph's opening words, to find it again when the text changes. */
  readonly anchor: string;
  /** Set when the article's text changed and the paragraph could not be found again. */
  readonly lost: boolean;
}

/** A bookmark before it is kept (the state gives it its id). */
export type NewBookmark = Omit<SavedBookmark, 'id' | 'lost'>;

/** One article's remembered state. */
export interface ArticleState {
  readonly path: string;
  readonly hash: string;
  readonly read: boolean;
  readonly place: Place | null;
}

/** Everything kept for one archive. */
export interface ArchiveState {
  /** Per article, by path. */
  readonly articles: ReadonlyMap<string, ArticleState>;
  readonly bookmarks: readonly SavedBookmark[];
  /** The article open when the reader last quit, or null. */
  readonly last: string | null;
}

/** One archive's reading state. Every write is its own transaction, so two readers never overwrite each other's marks. */
export interface ReadingState {
  load(): ArchiveState;
  setRead(articles: readonly ArticleKey[], read: boolean): void;
  setPlace(article: ArticleKey, place: Place): void;
  setLast(path: string): void;
  addBookmark(bookmark: NewBookmark): SavedBookmark;
  removeBookmark(id: number): void;
  /** Moves an article's state and bookmarks to a new path (the file moved within the archive). */
  move(from: string, to: string): void;
  /** Re-anchors a bookmark after the article's text changed (lost when its paragraph was not found). */
  updateBookmark(id: number, change: { readonly paragraph: number; readonly hash: string; readonly lost: boolean }): void;
  close(): void;
}
