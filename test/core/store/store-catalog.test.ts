// The reader's window on a store: list entries at once, text and analysis read when looked at, a
// small cache of the latest, and an article written again read afresh.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/article.js';
import type { ArchiveStore, StoredArticle } from '../../../src/core/store/archive-store.js';
import { openSqliteStore } from '../../../src/core/store/sqlite-store.js';
import { StoreCatalog } from '../../../src/core/store/store-catalog.js';
import { makeArticle } from '../../helpers/seed.js';
import { tempTree } from '../../helpers/temp-dir.js';

const analysis: Analysis = {
  quotes: [{ text: 'We will build it', speaker: 'Nora Pell', cue: 'said', paragraph: 0, start: 1, end: 17, paragraphEnd: 0, partial: false }],
  facts: [], entities: [],
};
const item = (path: string, order: number, body: string, withAnalysis: boolean): StoredArticle => ({
  stamp: { path, size: order, mtimeMs: order, hash: `h${order}` }, order,
  article: { ...makeArticle([body], `Title ${order}`), path, section: null }, analysis: withAnalysis ? analysis : null,
});

/** A store that counts the articles read from it. */
function counted(store: ArchiveStore): { store: ArchiveStore; reads: () => number } {
  let reads = 0;
  return { store: { ...store, stamps: () => store.stamps(), put: (i) => store.put(i), reorder: (o) => store.reorder(o), remove: (p) => store.remove(p), count: () => store.count(), unanalysed: () => store.unanalysed(), list: (o, l) => store.list(o, l), close: () => store.close(), get: (p) => (reads++, store.get(p)) }, reads: () => reads };
}

describe('the store catalog', () => {
  it('lists every article without reading its text, and reads it (once) when shown', () => {
    const { store: raw } = openSqliteStore(join(tempTree(), 's.sqlite'), 'rules-1');
    raw.put([item('a.txt', 0, '"We will build it," said Nora Pell.', true), item('b.txt', 1, 'Plain text.', false)]);
    const { store, reads } = counted(raw);
    const catalog = new StoreCatalog(store, 1);
    const entries = catalog.page(0, 10);
    expect(entries.map((e) => e.article.title)).toEqual(['Title 0', 'Title 1']);
    expect(entries.map((e) => e.analysis === null)).toEqual([false, true]);
    expect(reads()).toBe(0);
    expect(entries[0]!.article.paragraphs).toEqual(['"We will build it," said Nora Pell.']);
    expect(entries[0]!.analysis!.quotes[0]!.speaker).toBe('Nora Pell');
    expect(reads()).toBe(1);
    // A cache of one: the other article pushes it out, and it is read again when shown again.
    expect(entries[1]!.article.paragraphs).toEqual(['Plain text.']);
    expect(entries[0]!.article.paragraphs).toHaveLength(1);
    expect(reads()).toBe(3);
  });

  it('shows analyses made by other rules as none yet, and an article written again afresh', () => {
    const file = join(tempTree(), 's.sqlite');
    openSqliteStore(file, 'old-rules').store.put([item('a.txt', 0, 'Old text.', true)]);
    const { store } = openSqliteStore(file, 'new-rules');
    const catalog = new StoreCatalog(store);
    expect(catalog.page(0, 1)[0]!.analysis).toBeNull();
    const before = catalog.page(0, 1)[0]!.article;
    expect(before.paragraphs).toEqual(['Old text.']);
    store.put([item('a.txt', 0, 'New text.', true)]);
    const after = catalog.entry('a.txt')!;
    expect(after.article.paragraphs).toEqual(['New text.']);
    expect(after.analysis!.quotes).toHaveLength(1);
    expect(catalog.entry('gone.txt')).toBeNull();
  });

  it('keeps an old view on the text it showed when the article is written again, until released', () => {
    const { store } = openSqliteStore(join(tempTree(), 's.sqlite'), 'rules');
    store.put([item('a.txt', 0, '"Old words," said Nora Pell.', true)]);
    const catalog = new StoreCatalog(store);
    const old = catalog.page(0, 1)[0]!;
    expect(old.article.paragraphs).toEqual(['"Old words," said Nora Pell.']);
    store.put([item('a.txt', 0, 'New text without a quote.', false)]);
    const fresh = catalog.entry('a.txt')!;
    expect(fresh.article.paragraphs).toEqual(['New text without a quote.']);
    // The old views still agree with each other and with what was worked out from them.
    expect(old.article.paragraphs).toEqual(['"Old words," said Nora Pell.']);
    expect(old.analysis!.quotes).toHaveLength(1);
    catalog.release(['a.txt']);
    expect(old.article.paragraphs).toEqual([]);
    expect(fresh.article.paragraphs).toEqual(['New text without a quote.']);
  });
});
