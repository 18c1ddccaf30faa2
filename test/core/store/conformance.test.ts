// The shared store suite against the engines in this process: memory, and SQLite in a temporary
// file (PostgreSQL runs it in postgres-store.test.ts, against a throwaway server).
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asAsyncStore } from '../../../src/core/store/async-archive-store.js';
import { createMemoryStore } from '../../../src/core/store/memory-store.js';
import Database from 'better-sqlite3';
import { openSqliteStore, SCHEMA_VERSION } from '../../../src/core/store/sqlite-store.js';
import { storedRowOf } from '../../../src/core/store/stored-row.js';
import { tempTree } from '../../helpers/temp-dir.js';
import { TRICKY_ARCHIVE } from '../search/engine-conformance.js';
import type { ArchiveStore } from '../../../src/core/store/archive-store.js';
import { describeStoreConformance, peopleArchive, storedItem as item } from './store-conformance.js';
import { asAsyncSearchStore } from '../../../src/core/store/async-store-search.js';
import { describeStoreSearchConformance } from './store-search-conformance.js';

describeStoreConformance('memory', async () => asAsyncStore(createMemoryStore()));
describeStoreConformance('SQLite', async () => asAsyncStore(openSqliteStore(join(tempTree(), 'store.sqlite')).store));

/** A store in this process through both asynchronous interfaces, as the server's store is used. */
const searchable = (store: ArchiveStore) => ({ ...asAsyncStore(store), ...asAsyncSearchStore(store) });
describeStoreSearchConformance('memory', async () => searchable(createMemoryStore()));
describeStoreSearchConformance('SQLite', async () => searchable(openSqliteStore(join(tempTree(), 'store.sqlite')).store));

// What search asks of a store in this process, synchronously.
const LOCAL: Record<string, () => ArchiveStore> = {
  memory: () => createMemoryStore(),
  SQLite: () => openSqliteStore(join(tempTree(), 'store.sqlite')).store,
};

describe.each(Object.keys(LOCAL))('the %s store, for search', (engine) => {
  it('reads articles by their place in the archive order, and counts the words of every unit', () => {
    const store = LOCAL[engine]!();
    const items = TRICKY_ARCHIVE.map(({ article, analysis: found }, order) => ({ ...item(article.path, order, article.title), article, analysis: found }));
    store.put([...items].reverse());
    expect(store.articlesAt([3, 0, 5]).map((a) => a.article.path)).toEqual([3, 0, 5].map((i) => items[i]!.article.path));
    expect(store.articlesAt([1])[0]!.analysis!.quotes).toEqual(items[1]!.analysis!.quotes);
    const words = store.wordCounts();
    // Folded as the matcher folds: accents gone, ß as ss, a curly apostrophe splitting O’Neill; each
    // unit counts a word once (`González ... González` in one paragraph, `Straße or the strasse` in one).
    expect([words.get('gonzalez'), words.get('strasse'), words.get('neill'), words.get('finance')]).toEqual([2, 1, 3, 1]);
    expect(words.get('nora')).toBe(2); // the paragraph, and the quote's speaker
    const model = createMemoryStore();
    model.put(items);
    expect(words).toEqual(model.wordCounts());
    store.close();
  });
});

describe('the SQLite store file', () => {
  it('writes a row an analysis thread made (the analysis left empty beside it) as it writes the analysis itself', () => {
    const items = TRICKY_ARCHIVE.map(({ article, analysis: found }, order) => ({ ...item(article.path, order, article.title), article, analysis: found }));
    const made = openSqliteStore(join(tempTree(), 'store.sqlite')).store;
    const ahead = openSqliteStore(join(tempTree(), 'store.sqlite')).store;
    expect(ahead.acceptsRows).toBe(true);
    made.put(items);
    ahead.put(items.map((i) => ({ ...i, analysis: { quotes: [], facts: [], entities: [] }, row: storedRowOf(i.article, i.analysis) })));
    const everything = (store: ArchiveStore) => store.articlesAt(items.map((_, position) => position));
    expect(everything(ahead)).toEqual(everything(made));
    expect(everything(ahead)[1]!.analysis!.quotes.length).toBeGreaterThan(0);
    expect(ahead.wordCounts()).toEqual(made.wordCounts());
    expect(ahead.peopleSources()).toEqual(made.peopleSources());
    expect(ahead.list(0, 10)).toEqual(made.list(0, 10));
    made.close();
    ahead.close();
  });

  it('hands over its people sources one by one, as peopleSources gives them all at once', () => {
    const store = openSqliteStore(join(tempTree(), 'store.sqlite')).store;
    store.put(peopleArchive());
    const seen: [number, unknown][] = [];
    const read = store.eachPeopleSource!((source, position) => seen.push([position, source]));
    const all = store.peopleSources();
    expect(read).toEqual({ generation: all.generation, paths: all.paths });
    expect(seen).toEqual(all.sources.map((source, position) => [position, source]));
    expect(seen.filter(([, source]) => source === null)).toHaveLength(1);
    store.close();
  });

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

  it('builds a store of an older schema again in its place, keeping no copy (version 7 keeps the text and analysis as one deflated body)', () => {
    const dir = tempTree();
    const file = join(dir, 'store.sqlite');
    const old = new Database(file);
    old.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL); INSERT INTO meta VALUES ('schema', '6');`);
    old.close();
    const opened = openSqliteStore(file);
    expect(SCHEMA_VERSION).toBe(7);
    expect(opened.notice).toMatch(/^store .*store\.sqlite was made by another version of reader \(schema version 6, this reader writes 7\): building it again from the files$/);
    expect([opened.store.count(), opened.store.keptPeople(), opened.store.generation()]).toEqual([0, null, 0]);
    opened.store.close();
    expect(readdirSync(dir).filter((f) => f.includes('damaged'))).toEqual([]);
  });

  it('keeps only the latest damaged copy of a store aside', () => {
    const dir = tempTree();
    const file = join(dir, 'store.sqlite');
    // A copy set aside at an earlier start, with its log.
    writeFileSync(`${file}.damaged-1000`, 'older copy');
    writeFileSync(`${file}.damaged-1000-wal`, 'older log');
    writeFileSync(file, 'this is not a database '.repeat(500));
    const opened = openSqliteStore(file);
    opened.store.close();
    const kept = readdirSync(dir).filter((f) => f.includes('.damaged-'));
    expect(kept).toHaveLength(1);
    expect(kept[0]).not.toBe('store.sqlite.damaged-1000');
    expect(opened.notice).toContain(join(dir, kept[0]!));
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
