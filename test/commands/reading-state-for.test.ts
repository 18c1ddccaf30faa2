// Reading state matched to an archive read from its store: over a large store the first frame gets
// only the article to reopen, and the rest, matched once positions are read, is what matching it
// all at once gives.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lookupIn, matchState, openReadingState } from '../../src/commands/reading-state-for.js';
import type { StoredArticle } from '../../src/core/store/archive-store.js';
import { ListWindow } from '../../src/core/store/list-window.js';
import { openSqliteStore } from '../../src/core/store/sqlite-store.js';
import { StoreCatalog } from '../../src/core/store/store-catalog.js';
import { articleHash } from '../../src/core/state/article-key.js';
import { makeArticle } from '../helpers/seed.js';
import { tempTree } from '../helpers/temp-dir.js';

const item = (path: string, order: number): StoredArticle => ({
  stamp: { path, size: order, mtimeMs: order, hash: `h${order}` }, order,
  article: { ...makeArticle([`First ${order}.`, `Second ${order}.`, `Third ${order}.`], `Title ${order}`), path, section: null }, analysis: null,
});

describe('reading state over a store', () => {
  it('reopens at the last place at once, and brings the read marks and bookmarks once positions are read', () => {
    const root = tempTree();
    const dir = join(root, 'news');
    const env = { XDG_STATE_HOME: join(root, 'state') };
    const inputs = [{ path: dir, label: dir }];
    const { store } = openSqliteStore(join(root, 's.sqlite'), 'rules');
    const items = Array.from({ length: 600 }, (_, i) => item(join(dir, `${String(i).padStart(3, '0')}.txt`), i));
    store.put(items);
    const hashOf = (i: number) => articleHash(items[i]!.article);

    // A session before: read marks, a place in the last article, a bookmark.
    const first = openReadingState(inputs, new ListWindow(new StoreCatalog(store), store).rows(), env);
    first.state.setRead([10, 20, 590].map((i) => ({ path: `${String(i).padStart(3, '0')}.txt`, hash: hashOf(i) })), true);
    first.state.setPlace({ path: '500.txt', hash: hashOf(500) }, { paragraph: 2, offset: 0, anchor: 'Third 500.' });
    first.state.setLast('500.txt');
    first.state.addBookmark({ path: '020.txt', hash: hashOf(20), title: 'Title 20', paragraph: 1, kind: 'paragraph', text: 'Second 20.', note: '', created: '2026-01-02T03:04:05.000Z', anchor: 'Second 20.' });
    const eager = first.remembered;
    first.state.close();

    // A large store: the window reads its order with the sections, after the first frame.
    const window = new ListWindow(new StoreCatalog(store), store, 0);
    const opened = openReadingState(inputs, window.rows(), env, true);
    expect(opened.remembered.last).toBe(500);
    expect(opened.remembered.places.get(500)).toMatchObject({ paragraph: 2 });
    expect(opened.remembered.read.size).toBe(0);
    expect(opened.remembered.bookmarks).toEqual([]);
    while (!window.scan(100));
    const { remembered } = matchState(opened.state, lookupIn(window.rows(), inputs));
    expect([...remembered.read].sort((a, b) => a - b)).toEqual([10, 20, 590]);
    expect(remembered.bookmarks).toEqual([expect.objectContaining({ path: '020.txt', article: 20, paragraph: 1, lost: false })]);
    expect(remembered.places.get(500)).toMatchObject({ paragraph: 2 });
    // The same as matching all at once over a window that knew its order from the start.
    const all = openReadingState(inputs, new ListWindow(new StoreCatalog(store), store).rows(), env).remembered;
    expect(all.read).toEqual(remembered.read);
    expect(all.bookmarks).toEqual(remembered.bookmarks);
    expect(eager.read.size).toBe(0);
    opened.state.close();
  });
});
