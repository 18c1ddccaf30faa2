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

/** How saved state finds today's articles. */
export interface ArticleLookup {
  /** The position of the article whose path within the archive is `path`, or null. */
  find(path: string): number | null;
  article(position: number): Article | undefined;
  /** Articles a gone path may have moved to, with their paths within the archive. */
  candidates(): Iterable<readonly [number, string]>;
}

/** A lookup over articles in memory: `paths[i]` names article i within the archive. */
export function arrayLookup(articles: readonly Article[], paths: readonly string[]): ArticleLookup {
  const indexOf = new Map(paths.map((p, i) => [p, i]));
  return {
    find: (path) => indexOf.get(path) ?? null,
    article: (position) => articles[position],
    candidates: () => paths.map((p, i) => [i, p] as const),
  };
}

/**
 * Matches saved state to today's articles. `paths[i]` names article i within the archive. A path
 * that is gone, whose text now sits at exactly one path that has no state of its own, has moved
 * there (identical files at two paths keep their own state). An article whose text changed keeps
 * its marks, with places and bookmarks found again by their paragraph's opening words.
 */
export function reconcile(saved: ArchiveState, articles: readonly Article[], paths: readonly string[]): Reconciled {
  return reconcileWith(saved, arrayLookup(articles, paths));
}

/** As reconcile, finding articles through `lookup` (a store's window reads only the rows it needs). */
export function reconcileWith(saved: ArchiveState, lookup: ArticleLookup): Reconciled {
  const moves = findMoves(saved, lookup);
  const moved = new Map(moves);
  const where = (path: string) => lookup.find(moved.get(path) ?? path);

  const read = new Set<number>();
  const places = new Map<number, Place>();
  for (const state of saved.articles.values()) {
    const i = where(state.path);
    if (i === null) continue;
    if (state.read) read.add(i);
    const place = placeIn(lookup.article(i), state);
    if (place) places.set(i, place);
  }

  const bookmarkUpdates: Reconciled['bookmarkUpdates'][number][] = [];
  const bookmarks = saved.bookmarks.map((b): ReaderBookmark => {
    const i = where(b.path);
    const path = moved.get(b.path) ?? b.path;
    const article = i === null ? undefined : lookup.article(i);
    if (i === null || !article) return { ...b, path, article: null };
    const hash = articleHash(article);
    if (hash === b.hash) return { ...b, path, article: i };
    const at = relocate(article.paragraphs, b.paragraph, b.anchor);
    bookmarkUpdates.push({ id: b.id, paragraph: at.paragraph, hash, lost: !at.found });
    return { ...b, path, article: i, paragraph: at.paragraph, hash, lost: !at.found };
  });
  const last = saved.last === null ? null : where(saved.last);
  return { read, places, bookmarks, last, moves, bookmarkUpdates };
}

/**
 * Only the article open at the last quit, at its place: what the first frame needs. Over a large
 * store the rest (read marks, bookmarks, moves) follows from reconcileWith once positions are read.
 */
export function reconcileLast(saved: ArchiveState, lookup: ArticleLookup): Reconciled {
  const last = saved.last === null ? null : lookup.find(saved.last);
  const state = saved.last === null ? undefined : saved.articles.get(saved.last);
  const place = last === null || !state ? null : placeIn(lookup.article(last), state);
  return { read: new Set(), places: new Map(place && last !== null ? [[last, place]] : []), bookmarks: [], last, moves: [], bookmarkUpdates: [] };
}

/** A saved place in the article as it is now: found again by its paragraph's opening words when the text changed. */
function placeIn(article: Article | undefined, state: { readonly hash: string; readonly place: Place | null }): Place | null {
  if (!state.place || !article) return null;
  const same = articleHash(article) === state.hash;
  const at = same ? { paragraph: state.place.paragraph, found: true } : relocate(article.paragraphs, state.place.paragraph, state.place.anchor);
  const moved = !same && at.paragraph !== state.place.paragraph;
  return { ...state.place, paragraph: at.paragraph, offset: moved || !at.found ? 0 : state.place.offset };
}

function findMoves(saved: ArchiveState, lookup: ArticleLookup): [string, string][] {
  const gone = new Map<string, string>();
  for (const s of saved.articles.values()) if (lookup.find(s.path) === null) gone.set(s.path, s.hash);
  for (const b of saved.bookmarks) if (!gone.has(b.path) && lookup.find(b.path) === null) gone.set(b.path, b.hash);
  if (!gone.size) return [];
  // Only now are the candidates hashed: the common start, with nothing moved, hashes none.
  const known = new Set([...saved.articles.keys(), ...saved.bookmarks.map((b) => b.path)]);
  const byHash = new Map<string, string[]>();
  for (const [i, path] of lookup.candidates()) {
    const article = lookup.article(i);
    if (known.has(path) || !article) continue;
    const hash = articleHash(article);
    const list = byHash.get(hash);
    if (list) list.push(path);
    else byHash.set(hash, [path]);
  }
  const moves: [string, string][] = [];
  const claimed = new Map<string, number>();
  for (const hash of gone.values()) claimed.set(hash, (claimed.get(hash) ?? 0) + 1);
  for (const [from, hash] of gone) {
    const to = byHash.get(hash);
    // One old path, one new one: a move. Anything else is ambiguous and left alone.
    if (to?.length === 1 && claimed.get(hash) === 1) moves.push([from, to[0]!]);
  }
  return moves;
}
