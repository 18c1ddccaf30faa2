// Saved state matched to the archive as it is now: files that moved take their marks along,
// identical files at two paths keep their own, and edited articles find their places again.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.js';
import { articleHash } from '../../../src/core/state/article-key.js';
import type { ArchiveState, ArticleState, SavedBookmark } from '../../../src/core/state/reading-state.js';
import { reconcile } from '../../../src/core/state/reconcile.js';
import { relocate } from '../../../src/core/state/relocate.js';
import { makeArticle } from '../../helpers/seed.js';

const harbour = makeArticle(['The harbour reopened on Monday.', 'Fishing boats returned at dawn.', 'The mayor thanked the crews.'], 'Harbour reopens');
const bridge = makeArticle(['The bridge closed for repairs.', 'Traffic was diverted.'], 'Bridge closes');

const saved = (articles: ArticleState[], bookmarks: SavedBookmark[] = [], last: string | null = null): ArchiveState =>
  ({ articles: new Map(articles.map((a) => [a.path, a])), bookmarks, last });
const bookmark = (over: Partial<SavedBookmark>): SavedBookmark => ({
  id: 1, path: 'a.txt', hash: articleHash(harbour), title: 'Harbour reopens', paragraph: 1, kind: 'paragraph', text: 'Fishing boats',
  note: '', created: '2026-01-01T00:00:00.000Z', anchor: 'Fishing boats returned at dawn.', lost: false, ...over,
});

describe('reconcile', () => {
  it('maps read marks, places and the last article to today\'s indexes', () => {
    const r = reconcile(saved([
      { path: 'b.txt', hash: articleHash(bridge), read: true, place: { paragraph: 1, offset: 4, anchor: 'Traffic' } },
    ], [], 'b.txt'), [harbour, bridge], ['a.txt', 'b.txt']);
    expect([...r.read]).toEqual([1]);
    expect(r.places.get(1)).toEqual({ paragraph: 1, offset: 4, anchor: 'Traffic' });
    expect(r.last).toBe(1);
    expect(r.moves).toEqual([]);
  });

  it('moves the state of a file that went to another path with the same text', () => {
    const r = reconcile(saved([{ path: 'old/a.txt', hash: articleHash(harbour), read: true, place: null }], [bookmark({ path: 'old/a.txt' })], 'old/a.txt'),
      [bridge, harbour], ['b.txt', 'new/a.txt']);
    expect(r.moves).toEqual([['old/a.txt', 'new/a.txt']]);
    expect([...r.read]).toEqual([1]);
    expect(r.bookmarks[0]).toMatchObject({ article: 1, path: 'new/a.txt' });
    expect(r.last).toBe(1);
  });

  it('keeps apart identical files at two paths, and moves nothing when the new home is ambiguous', () => {
    const twin = makeArticle([...harbour.paragraphs], harbour.title);
    // Both copies present: each keeps its own state.
    const both = reconcile(saved([{ path: 'a.txt', hash: articleHash(harbour), read: true, place: null }]), [harbour, twin], ['a.txt', 'copy/a.txt']);
    expect([...both.read]).toEqual([0]);
    // The original gone and two copies elsewhere: which one it became is unknown, so nothing moves.
    const gone = reconcile(saved([{ path: 'a.txt', hash: articleHash(harbour), read: true, place: null }]), [harbour, twin], ['x/a.txt', 'y/a.txt']);
    expect(gone.moves).toEqual([]);
    expect(gone.read.size).toBe(0);
  });

  it('finds a place and a bookmark again after the article was edited, and says when it cannot', () => {
    const edited = makeArticle(['A new opening paragraph.', 'The harbour reopened on Monday.', 'Fishing boats returned at dawn.', 'The mayor thanked the crews.'], 'Harbour reopens');
    const r = reconcile(saved(
      [{ path: 'a.txt', hash: articleHash(harbour), read: false, place: { paragraph: 1, offset: 8, anchor: 'Fishing boats returned at dawn.' } }],
      [bookmark({ id: 7 }), bookmark({ id: 8, paragraph: 2, anchor: 'A sentence that is gone now.' })],
    ), [edited], ['a.txt']);
    expect(r.places.get(0)).toMatchObject({ paragraph: 2, offset: 0 });
    expect(r.bookmarks.map((b) => [b.id, b.paragraph, b.lost])).toEqual([[7, 2, false], [8, 2, true]]);
    expect(r.bookmarkUpdates).toEqual([
      { id: 7, paragraph: 2, hash: articleHash(edited), lost: false },
      { id: 8, paragraph: 2, hash: articleHash(edited), lost: true },
    ]);
  });

  it('leaves bookmarks of an article no longer in the archive without an article', () => {
    const r = reconcile(saved([], [bookmark({ path: 'gone.txt', hash: 'not-here' })]), [bridge], ['b.txt']);
    expect(r.bookmarks[0]).toMatchObject({ article: null, path: 'gone.txt' });
  });
});

describe('relocate', () => {
  const paragraphs = ['Alpha opens here.', 'Beta opens here.', 'Gamma opens here.', 'Beta opens here too.'];
  it('prefers the same place, then the nearest paragraph opening with the words, then one holding them', () => {
    expect(relocate(paragraphs, 1, 'Beta opens')).toEqual({ paragraph: 1, found: true });
    expect(relocate(paragraphs, 3, 'Beta opens here')).toEqual({ paragraph: 3, found: true });
    expect(relocate(paragraphs, 3, 'Beta opens here.')).toEqual({ paragraph: 1, found: true });
    expect(relocate(paragraphs, 0, 'Gamma')).toEqual({ paragraph: 2, found: true });
    expect(relocate(paragraphs, 0, 'opens here too')).toEqual({ paragraph: 3, found: true });
    expect(relocate(paragraphs, 9, 'Delta')).toEqual({ paragraph: 3, found: false });
  });

  it('never leaves the article', () => {
    expect(relocate([], 4, 'x')).toEqual({ paragraph: 0, found: false });
  });
});

/** Articles built here are plain: nothing else about them matters. */
export type { Article };
