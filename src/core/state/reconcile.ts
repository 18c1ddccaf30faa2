import type { Article } from '../article.js';
import { articleHash } from './article-key.js';
import type { ArchiveState, Place, SavedBookmark } from './reading-state.js';
import { relocate } from './relocate.js';

/** A bookmark as the reader holds it: with the article it is in now (null when that is gone). */
export interface ReaderBookmark extends SavedBookmark {
  readonly article: number | null;
}

/** Saved state matched to the archive as it is now, and the changes to write back. */
export interface Reconciled {
  /** Articles read, by index. */
  readonly read: ReadonlySet<number>;
  /** Remembered places, by article index, re-anchored where the text changed. */
  readonly places: ReadonlyMap<number, Place>;
  readonly bookmarks: readonly ReaderBookmark[];
  /** The article open at the last quit, or null. */
  readonly last: number | null;
  /** Files that moved within the archive: their state goes with them. */
  readonly moves: readonly (readonly [string, string])[];
  /** Bookmarks re-anchored (or lost) after their article's text changed. */
  readonly bookmarkUpdates: readonly { readonly id: number; readonly paragraph: number; readonly hash: string; readonly lost: boolean }[];
}

/**
 * Matches saved state to today's articles. `paths[i]` names article i within the archive. A path
 * that is gone, whose text now sits at exactly one path that has no state of its own, has moved
 * there (identical files at two paths keep their own state). An article whose text changed keeps
 * its marks, with places and bookmarks found again by their paragraph's opening words.
 */
export function reconcile(saved: ArchiveState, articles: readonly Article[], paths: readonly string[]): Reconciled {
  const indexOf = new Map(paths.map((p, i) => [p, i]));
  const moves = findMoves(saved, articles, paths, indexOf);
  const moved = new Map(moves);
  const where = (path: string) => indexOf.get(moved.get(path) ?? path) ?? null;

  const read = new Set<number>();
  const places = new Map<number, Place>();
  for (const state of saved.articles.values()) {
    const i = where(state.path);
    if (i === null) continue;
    if (state.read) read.add(i);
    if (!state.place) continue;
    const article = articles[i]!;
    const same = articleHash(article) === state.hash;
    const at = same ? { paragraph: state.place.paragraph, found: true } : relocate(article.paragraphs, state.place.paragraph, state.place.anchor);
    const moved = !same && at.paragraph !== state.place.paragraph;
    places.set(i, { ...state.place, paragraph: at.paragraph, offset: moved || !at.found ? 0 : state.place.offset });
  }

  const bookmarkUpdates: Reconciled['bookmarkUpdates'][number][] = [];
  const bookmarks = saved.bookmarks.map((b): ReaderBookmark => {
    const i = where(b.path);
    const path = moved.get(b.path) ?? b.path;
    if (i === null) return { ...b, path, article: null };
    const article = articles[i]!;
    const hash = articleHash(article);
    if (hash === b.hash) return { ...b, path, article: i };
    const at = relocate(article.paragraphs, b.paragraph, b.anchor);
    bookmarkUpdates.push({ id: b.id, paragraph: at.paragraph, hash, lost: !at.found });
    return { ...b, path, article: i, paragraph: at.paragraph, hash, lost: !at.found };
  });
  const last = saved.last === null ? null : where(saved.last);
  return { read, places, bookmarks, last, moves, bookmarkUpdates };
}

function findMoves(saved: ArchiveState, articles: readonly Article[], paths: readonly string[], indexOf: ReadonlyMap<string, number>): [string, string][] {
  const gone = new Map<string, string>();
  for (const s of saved.articles.values()) if (!indexOf.has(s.path)) gone.set(s.path, s.hash);
  for (const b of saved.bookmarks) if (!indexOf.has(b.path) && !gone.has(b.path)) gone.set(b.path, b.hash);
  if (!gone.size) return [];
  // Only now is every article hashed: the common start, with nothing moved, hashes none.
  const known = new Set([...saved.articles.keys(), ...saved.bookmarks.map((b) => b.path)]);
  const byHash = new Map<string, number[]>();
  articles.forEach((article, i) => {
    if (known.has(paths[i]!)) return;
    const hash = articleHash(article);
    const list = byHash.get(hash);
    if (list) list.push(i);
    else byHash.set(hash, [i]);
  });
  const moves: [string, string][] = [];
  const claimed = new Map<string, number>();
  for (const hash of gone.values()) claimed.set(hash, (claimed.get(hash) ?? 0) + 1);
  for (const [from, hash] of gone) {
    const to = byHash.get(hash);
    // One old path, one new one: a move. Anything else is ambiguous and left alone.
    if (to?.length === 1 && claimed.get(hash) === 1) moves.push([from, paths[to[0]!]!]);
  }
  return moves;
}
