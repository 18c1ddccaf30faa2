// One suite, every engine: the memory store and the SQLite store must give the same answers.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/article.js';
import type { ArchiveStore, StoredArticle } from '../../../src/core/store/archive-store.js';
import { createMemoryStore } from '../../../src/core/store/memory-store.js';
import { openSqliteStore } from '../../../src/core/store/sqlite-store.js';
import { makeArticle } from '../../helpers/seed.js';
import { tempTree } from '../../helpers/temp-dir.js';
import { TRICKY_ARCHIVE } from '../search/engine-conformance.js';

const analysis: Analysis = {
  quotes: [{ text: 'We will build it', speaker: 'Nora Pell', cue: 'said', paragraph: 1, start: 1, end: 17, paragraphEnd: 1, partial: false }],
  facts: [{ kind: 'date', text: 'today', value: null, sentence: 'The bridge opens today.', sentenceStart: 0, sentenceEnd: 23, paragraph: 0, start: 17, end: 22 }],
  entities: [{ kind: 'person', name: 'Nora Pell', mentions: 1, paragraphs: [1] }],
};

const item = (path: string, order: number, title: string, withAnalysis = false): StoredArticle => ({
  stamp: { path, size: 100 + order, mtimeMs: 1_700_000_000_000 + order, hash: `h${order}` },
  order,
  article: { ...makeArticle(['The bridge opens today.', '"We will build it," said Nora Pell.'], title), path, section: path.split('/')[0] ?? null },
  analysis: withAnalysis ? analysis : null,
});

const ENGINES: Record<string, () => ArchiveStore> = {
  memory: () => createMemoryStore(),
  sqlite: () => openSqliteStore(join(tempTree(), 'store.sqlite')).store,
};

describe.each(Object.keys(ENGINES))('the %s store', (engine) => {
  const make = ENGINES[engine]!;

  it('keeps articles with their stamps and analysis, and lists them in the archive order', () => {
    const store = make();
    store.put([item('news/b.txt', 1, 'Second'), item('news/a.txt', 0, 'First', true), item('sport/c.txt', 2, 'Third')]);
    expect(store.count()).toBe(3);
    expect(store.list(0, 10).map((s) => s.title)).toEqual(['First', 'Second', 'Third']);
    const { words, readingMinutes } = item('news/b.txt', 1, 'Second').article;
    expect(store.list(1, 1)).toEqual([{ path: 'news/b.txt', title: 'Second', section: 'news', words, readingMinutes, quotes: null }]);
    expect(store.list(0, 1)[0]!.quotes).toBe(1);
    const got = store.get('news/a.txt')!;
    expect(got.article.paragraphs).toEqual(['The bridge opens today.', '"We will build it," said Nora Pell.']);
    expect(got.analysis).toEqual(analysis);
    expect(got.stamp).toEqual({ path: 'news/a.txt', size: 100, mtimeMs: 1_700_000_000_000, hash: 'h0' });
    expect(store.get('missing.txt')).toBeNull();
    // Only the analysed article has an analysis: the others are to analyse.
    expect(store.unanalysed().sort()).toEqual(['news/b.txt', 'sport/c.txt']);
    expect([...store.stamps().keys()].sort()).toEqual(['news/a.txt', 'news/b.txt', 'sport/c.txt']);
    store.close();
  });

  it('replaces an article put again, reorders and removes', () => {
    const store = make();
    store.put([item('a.txt', 0, 'Old title'), item('b.txt', 1, 'Bee')]);
    store.put([{ ...item('a.txt', 0, 'New title'), stamp: { path: 'a.txt', size: 5, mtimeMs: 9, hash: 'new' } }]);
    expect(store.count()).toBe(2);
    expect(store.get('a.txt')!.article.title).toBe('New title');
    expect(store.stamps().get('a.txt')!.hash).toBe('new');
    store.reorder(new Map([['a.txt', 5], ['nowhere.txt', 0]]));
    expect(store.list(0, 5).map((s) => s.path)).toEqual(['b.txt', 'a.txt']);
    store.remove(['b.txt', 'never-there.txt']);
    expect(store.list(0, 5).map((s) => s.path)).toEqual(['a.txt']);
    store.close();
  });

  it('reads articles by their place in the archive order, and counts the words of every unit', () => {
    const store = make();
    const items = TRICKY_ARCHIVE.map(({ article, analysis: found }, order) => ({ ...item(article.path, order, article.title), article, analysis: found }));
    store.put([...items].reverse());
    expect(store.articlesAt([3, 0, 5]).map((a) => a.article.path)).toEqual([3, 0, 5].map((i) => items[i]!.article.path));
    expect(store.articlesAt([1])[0]!.analysis!.quotes).toEqual(items[1]!.analysis!.quotes);
    const words = store.wordCounts();
    // Folded as the matcher folds: accents gone, ß as ss, a curly apostrophe splitting O’Neill.
    expect([words.get('gonzalez'), words.get('strasse'), words.get('neill'), words.get('finance')]).toEqual([3, 2, 3, 1]);
    expect(words.get('nora')).toBe(2); // the paragraph, and the quote's speaker
    const model = createMemoryStore();
    model.put(items);
    expect(words).toEqual(model.wordCounts());
    store.close();
  });
});

describe('the SQLite store file', () => {
  it('keeps what was written across a reopen', () => {
    const file = join(tempTree(), 'store.sqlite');
    const first = openSqliteStore(file);
    first.store.put([item('a.txt', 0, 'Kept')]);
    first.store.close();
    const again = openSqliteStore(file);
    expect(again.notice).toBeNull();
    expect(again.store.get('a.txt')!.article.title).toBe('Kept');
    again.store.close();
  });

  it('counts an analysis made by other rules as missing', () => {
    const file = join(tempTree(), 'store.sqlite');
    const before = openSqliteStore(file, 'rules-1');
    before.store.put([item('a.txt', 0, 'Analysed', true)]);
    expect(before.store.unanalysed()).toEqual([]);
    before.store.close();
    const after = openSqliteStore(file, 'rules-2');
    expect(after.store.get('a.txt')!.analysis).toBeNull();
    expect(after.store.unanalysed()).toEqual(['a.txt']);
    after.store.close();
  });

  it('sets a scribbled-over file aside, says so in one line, and starts empty', () => {
    const dir = tempTree();
    const file = join(dir, 'store.sqlite');
    writeFileSync(file, 'this is not a database '.repeat(500));
    const opened = openSqliteStore(file);
    expect(opened.notice).toMatch(/could not be used .*set aside as .*store\.sqlite\.damaged-\d+/);
    expect(opened.notice).not.toContain('\n');
    expect(opened.store.count()).toBe(0);
    opened.store.put([item('a.txt', 0, 'Fresh')]);
    expect(opened.store.count()).toBe(1);
    opened.store.close();
  });
});
