// The SQLite store's full-text index narrows a query to the articles that may match (the engine
// checks only those), and leaves to the matcher what it cannot express.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateQuery } from '../../../src/core/search/candidate-query.js';
import { planQuery } from '../../../src/core/search/query-plan.js';
import { openSqliteStore } from '../../../src/core/store/sqlite-store.js';
import { createStoreSearch } from '../../../src/core/store/store-search.js';
import { tempTree } from '../../helpers/temp-dir.js';
import { TRICKY_ARCHIVE } from '../search/engine-conformance.js';

describe('the SQLite store names candidate articles', () => {
  const store = openSqliteStore(join(tempTree(), 'store.sqlite')).store;
  store.put(TRICKY_ARCHIVE.map(({ article, analysis }, order) => ({ stamp: { path: article.path, size: 0, mtimeMs: 0, hash: '' }, order, article, analysis })));
  const candidates = (query: string) => [...store.candidates(candidateQuery(planQuery(query)))];

  it('from its index, by unit: every word in one title, paragraph, quote (with its speaker) or fact', () => {
    expect(candidates('gonzalez')).toEqual([2]);
    expect(candidates("hasn't")).toEqual([1, 2]);
    expect(candidates('strasse')).toEqual([2]);
    expect(candidates('km2')).toEqual([2]);
    expect(candidates('3-1')).toEqual([2, 3]);
    expect(candidates('prime min')).toEqual([0, 1, 5]);
    expect(candidates('"prime minister"')).toEqual([0]);
    expect(candidates('speaker:pell')).toEqual([0]);
    expect(candidates('in:titles bridge')).toEqual([0]);
    expect(candidates('blair -brown')).toEqual([0, 3, 5]);
    expect(candidates('zzzz')).toEqual([]);
  });

  it('every article when the index cannot say: one letter, punctuation, a scope alone', () => {
    const all = TRICKY_ARCHIVE.map((_, i) => i);
    for (const query of ['a', '£', 'in:titles', 'speaker:']) expect(candidates(query), query).toEqual(all);
    expect([...store.candidates(null)]).toEqual(all);
  });

  it('forgets what an article held once it is replaced or removed', () => {
    const [first] = TRICKY_ARCHIVE;
    const before = store.wordCounts();
    store.put([{ stamp: { path: first!.article.path, size: 1, mtimeMs: 1, hash: 'x' }, order: 0, article: { ...first!.article, title: 'Tunnel', paragraphs: ['A tunnel instead.'] }, analysis: null }]);
    expect(candidates('bridge')).toEqual([]);
    expect(candidates('tunnel')).toEqual([0]);
    // "Did you mean" counts the old text out and the new one in.
    expect(before.get('bridge')).toBeGreaterThan(0);
    expect(store.wordCounts().get('bridge')).toBeUndefined();
    expect(store.wordCounts().get('tunnel')).toBe(2);
    store.remove([first!.article.path]);
    expect(candidates('tunnel')).toEqual([]);
    expect(store.wordCounts().get('tunnel')).toBeUndefined();
    expect(candidates('gonzalez')).toEqual([1]);
  });
});

describe('the SQLite store answers plain words from its index alone', () => {
  const stored = (version: string) => {
    const file = join(tempTree(), 'store.sqlite');
    const store = openSqliteStore(file, version).store;
    store.put(TRICKY_ARCHIVE.map(({ article, analysis }, order) => ({ stamp: { path: article.path, size: 0, mtimeMs: 0, hash: '' }, order, article, analysis })));
    return file;
  };
  const quotes = { kinds: 0b0100, terms: [{ words: ['bridge'], form: 'prefix' as const }] };

  it('gives unit keys in the archive order: article position, then the unit as unitWords numbers it', () => {
    const store = openSqliteStore(stored('v1'), 'v1').store;
    const all = { kinds: 0b1111, terms: [{ words: ['bridge'], form: 'prefix' as const }] };
    // news/bridge.txt: its title (slot 0), paragraphs 0 and 1 (slots 1, 2), and its quote (slot 4).
    expect(store.exactUnits(all, 0, Number.MAX_SAFE_INTEGER, 100)).toEqual([0, 1, 2, 4]);
    expect(store.exactUnits(quotes, 0, Number.MAX_SAFE_INTEGER, 100)).toEqual([4]);
    expect(store.exactUnits(all, 2, 3, 100)).toEqual([2]);
    store.close();
  });

  it('leaves the matcher to answer while analyses made by other rules are kept (their quotes would count)', () => {
    const store = openSqliteStore(stored('v1'), 'v2').store;
    expect(store.exactUnits(quotes, 0, Number.MAX_SAFE_INTEGER, 100)).toBeNull();
    store.close();
  });
});

describe('the SQLite store keeps its word counts for "did you mean"', () => {
  it('has none until kept, keeps them once per change, and the engine offers no spelling without them', () => {
    const store = openSqliteStore(join(tempTree(), 'store.sqlite')).store;
    store.put(TRICKY_ARCHIVE.map(({ article, analysis }, order) => ({ stamp: { path: article.path, size: 0, mtimeMs: 0, hash: '' }, order, article, analysis })));
    const engine = () => createStoreSearch(store);
    expect(store.keptWordCounts()).toBeNull();
    expect(engine().search('goverment').didYouMean).toBeNull();
    expect(store.keepWordCounts()).toBe(true);
    expect(store.keepWordCounts()).toBe(false);
    expect(store.keptWordCounts()).toEqual(store.wordCounts());
    expect(engine().search('goverment').didYouMean).toBe('government');
    // Kept counts older than the archive still serve: an offer is checked before it is made.
    const [first] = TRICKY_ARCHIVE;
    store.put([{ stamp: { path: 'news/more.txt', size: 1, mtimeMs: 1, hash: 'y' }, order: 9, article: { ...first!.article, path: 'news/more.txt', title: 'Harbour', paragraphs: ['The harbour.'] }, analysis: null }]);
    expect(store.keptWordCounts()!.get('harbour')).toBeUndefined();
    expect(engine().search('harbuor').didYouMean).toBeNull();
    expect(store.keepWordCounts()).toBe(true);
    expect(engine().search('harbuor').didYouMean).toBe('harbour');
    store.close();
  });
});

describe('the SQLite store asks a long prefix as the words it stands for, once they are kept', () => {
  it('gives the same units before the words are kept, after, and after a change brings a new word', () => {
    const store = openSqliteStore(join(tempTree(), 'store.sqlite')).store;
    const put = (path: string, order: number, paragraphs: string[]) =>
      store.put([{ stamp: { path, size: order, mtimeMs: order, hash: path }, order, article: { path, title: '', byline: null, section: 'x', paragraphs, boilerplate: [], words: 9, readingMinutes: 1 }, analysis: null }]);
    put('a.txt', 0, ['The government met.', 'Governments fell; a governor spoke.', 'Nothing here.']);
    put('b.txt', 1, ['A governmental body, the government of the day.']);
    const asked = (word: string, form: 'prefix' | 'prefixOnly') => store.exactUnits({ kinds: 0b1111, terms: [{ words: [word], form }] }, 0, Number.MAX_SAFE_INTEGER, 100);
    const before = [asked('govern', 'prefix'), asked('government', 'prefix'), asked('government', 'prefixOnly'), asked('governx', 'prefix')];
    // b.txt's paragraph holds `government` whole too, so it is no prefix-only hit.
    expect(before).toEqual([[0, 1, 65536], [0, 1, 65536], [1], []]);
    store.keepWordCounts();
    expect([asked('govern', 'prefix'), asked('government', 'prefix'), asked('government', 'prefixOnly'), asked('governx', 'prefix')]).toEqual(before);
    // A word the kept list has not seen: the prefix is asked as such until the words are kept again.
    put('c.txt', 2, ['Governmentality, a word of its own.']);
    expect(asked('government', 'prefixOnly')).toEqual([1, 131072]);
    store.keepWordCounts();
    expect(asked('government', 'prefixOnly')).toEqual([1, 131072]);
    store.close();
  });
});
