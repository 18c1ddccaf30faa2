import type { ArchiveState, ArticleState, NewBookmark, Place, ReadingState, SavedBookmark } from './reading-state.js';

/** Reading state kept in memory: when the state folder cannot be written, and in tests. */
export function createMemoryState(): ReadingState {
  const articles = new Map<string, ArticleState>();
  let bookmarks: SavedBookmark[] = [];
  let last: string | null = null;
  let nextId = 1;
  const entry = (path: string, hash: string): ArticleState => articles.get(path) ?? { path, hash, read: false, place: null };
  return {
    load: (): ArchiveState => ({ articles: new Map(articles), bookmarks: [...bookmarks], last }),
    setRead(items, read) {
      for (const a of items) articles.set(a.path, { ...entry(a.path, a.hash), hash: a.hash, read });
    },
    setPlace(a, place: Place) {
      articles.set(a.path, { ...entry(a.path, a.hash), hash: a.hash, place });
    },
    setLast(path) {
      last = path;
    },
    addBookmark(b: NewBookmark) {
      const saved = { ...b, id: nextId++, lost: false };
      bookmarks.push(saved);
      return saved;
    },
    removeBookmark(id) {
      bookmarks = bookmarks.filter((b) => b.id !== id);
    },
    move(from, to) {
      const state = articles.get(from);
      if (state && !articles.has(to)) {
        articles.delete(from);
        articles.set(to, { ...state, path: to });
      }
      bookmarks = bookmarks.map((b) => (b.path === from ? { ...b, path: to } : b));
      if (last === from) last = to;
    },
    updateBookmark(id, change) {
      bookmarks = bookmarks.map((b) => (b.id === id ? { ...b, ...change } : b));
    },
    close() {},
  };
}
