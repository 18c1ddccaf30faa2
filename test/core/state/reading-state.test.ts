// One suite for every way reading state is kept (memory, SQLite): what is written comes back, per
// archive, and a file shared by two readers or damaged on disk loses nothing the user made.
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryState } from '../../../src/core/state/memory-reading-state.js';
import type { NewBookmark, ReadingState } from '../../../src/core/state/reading-state.js';
import { openSqliteState } from '../../../src/core/state/sqlite-reading-state.js';
import { tempTree } from '../../helpers/temp-dir.js';

const mark = (over: Partial<NewBookmark> = {}): NewBookmark => ({
  path: 'news/a.txt', hash: 'h1', title: 'Harbour reopens', paragraph: 2, kind: 'paragraph', text: 'The harbour reopened on Monday.',
  note: 'check the date', created: '2026-01-02T03:04:05.000Z', anchor: 'The harbour reopened', ...over,
});

const engines: [string, () => ReadingState][] = [
  ['memory', () => createMemoryState()],
  ['sqlite', () => openSqliteState(join(tempTree(), 'state.sqlite'), 'archive-1').state],
];

describe.each(engines)('reading state kept in %s', (_, open) => {
  it('starts empty', () => {
    const state = open();
    expect(state.load()).toEqual({ articles: new Map(), bookmarks: [], last: null });
  });

  it('keeps read marks, places and the last article', () => {
    const state = open();
    state.setRead([{ path: 'a.txt', hash: 'ha' }, { path: 'b.txt', hash: 'hb' }], true);
    state.setRead([{ path: 'b.txt', hash: 'hb' }], false);
    state.setPlace({ path: 'a.txt', hash: 'ha2' }, { paragraph: 3, offset: 120, anchor: 'Quay' });
    state.setLast('a.txt');
    const saved = state.load();
    expect(saved.articles.get('a.txt')).toEqual({ path: 'a.txt', hash: 'ha2', read: true, place: { paragraph: 3, offset: 120, anchor: 'Quay' } });
    expect(saved.articles.get('b.txt')).toMatchObject({ read: false, place: null });
    expect(saved.last).toBe('a.txt');
  });

  it('adds, lists and deletes bookmarks, each with its own id', () => {
    const state = open();
    const first = state.addBookmark(mark());
    const second = state.addBookmark(mark({ paragraph: 5, kind: 'quote', created: '2026-01-02T03:05:00.000Z' }));
    expect(first.id).not.toBe(second.id);
    expect(state.load().bookmarks.map((b) => [b.paragraph, b.kind, b.note, b.lost])).toEqual([[2, 'paragraph', 'check the date', false], [5, 'quote', 'check the date', false]]);
    state.removeBookmark(first.id);
    expect(state.load().bookmarks.map((b) => b.id)).toEqual([second.id]);
  });

  it('moves an article\'s marks and bookmarks to its new path', () => {
    const state = open();
    state.setRead([{ path: 'old/a.txt', hash: 'ha' }], true);
    state.addBookmark(mark({ path: 'old/a.txt' }));
    state.setLast('old/a.txt');
    state.move('old/a.txt', 'new/a.txt');
    const saved = state.load();
    expect([...saved.articles.keys()]).toEqual(['new/a.txt']);
    expect(saved.bookmarks[0]!.path).toBe('new/a.txt');
    expect(saved.last).toBe('new/a.txt');
  });

  it('re-anchors a bookmark, or says it is lost', () => {
    const state = open();
    const b = state.addBookmark(mark());
    state.updateBookmark(b.id, { paragraph: 4, hash: 'h2', lost: true });
    expect(state.load().bookmarks[0]).toMatchObject({ paragraph: 4, hash: 'h2', lost: true });
  });
});

describe('reading state in SQLite', () => {
  it('keeps archives apart in one file', () => {
    const file = join(tempTree(), 'state.sqlite');
    const one = openSqliteState(file, 'one').state;
    const two = openSqliteState(file, 'two').state;
    one.setRead([{ path: 'a.txt', hash: 'h' }], true);
    two.addBookmark(mark());
    expect(one.load().bookmarks).toEqual([]);
    expect(two.load().articles.size).toBe(0);
    one.close();
    two.close();
  });

  it('lets two readers on one archive add marks without overwriting each other', () => {
    const file = join(tempTree(), 'state.sqlite');
    const first = openSqliteState(file, 'a').state;
    const second = openSqliteState(file, 'a').state;
    first.setRead([{ path: 'one.txt', hash: 'h1' }], true);
    second.setRead([{ path: 'two.txt', hash: 'h2' }], true);
    first.addBookmark(mark({ note: 'from the first' }));
    second.addBookmark(mark({ note: 'from the second' }));
    const seen = openSqliteState(file, 'a').state.load();
    expect([...seen.articles.keys()].sort()).toEqual(['one.txt', 'two.txt']);
    expect(seen.bookmarks.map((b) => b.note)).toEqual(['from the first', 'from the second']);
  });

  it('keeps what was written when the process dies without closing', () => {
    const file = join(tempTree(), 'state.sqlite');
    const state = openSqliteState(file, 'a').state;
    state.addBookmark(mark());
    // No close(): every write is its own committed transaction.
    expect(openSqliteState(file, 'a').state.load().bookmarks).toHaveLength(1);
  });

  it('sets a damaged file aside, keeps it for recovery, and starts afresh with one line saying so', () => {
    const dir = tempTree();
    const file = join(dir, 'state.sqlite');
    writeFileSync(file, 'this is not a database, it was scribbled over'.repeat(200));
    const opened = openSqliteState(file, 'a');
    expect(opened.notice).toMatch(/reading state .*state\.sqlite could not be read .*kept as .*\.damaged-\d+/);
    expect(opened.notice).not.toContain('\n');
    expect(opened.state.load().bookmarks).toEqual([]);
    expect(readdirSync(dir).some((f) => f.startsWith('state.sqlite.damaged-'))).toBe(true);
    expect(existsSync(file)).toBe(true);
  });
});
