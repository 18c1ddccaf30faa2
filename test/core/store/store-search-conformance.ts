// Search, one suite for every store (memory, SQLite, PostgreSQL): each store's candidates, checked by
// the matcher through the asynchronous engine, must give the in-memory index's answer to every query
// form — prefixes, phrases, accents folded, speaker:, in:, exclusions, "did you mean" — with the same
// counts below the cap, the capped form above it, and the same page in the same order.
import { describe, expect, it } from 'vitest';
import type { SearchOptions, SearchResults } from '../../../src/core/search/index.js';
import type { StoredArticle } from '../../../src/core/store/archive-store.js';
import type { AsyncArchiveStore } from '../../../src/core/store/async-archive-store.js';
import { createAsyncStoreSearch, type AsyncSearchStore } from '../../../src/core/store/async-store-search.js';
import { createMemoryStore } from '../../../src/core/store/memory-store.js';
import { inMemoryEngine, longArchive, QUERIES, TRICKY_ARCHIVE, type ArchiveItem } from '../search/engine-conformance.js';
import { analysis, quote } from '../search/search-helpers.js';
import { makeArticle } from '../../helpers/seed.js';

/** A store that also answers search. */
export type SearchableStore = AsyncArchiveStore & AsyncSearchStore;

/** The archive as stored articles, each in its place in the archive's order. */
function stored(archive: readonly ArchiveItem[]): StoredArticle[] {
  return archive.map(({ article, analysis: found }, order) => ({ stamp: { path: article.path, size: order, mtimeMs: order, hash: `h${order}` }, order, article, analysis: found }));
}

/** The answer without `complete` (a finished answer always has it). */
function strip({ complete, ...rest }: SearchResults): Omit<SearchResults, 'complete'> {
  expect(complete ?? true).toBe(true);
  return rest;
}

/** Queries over `longArchive`, whose matches cross every cap somewhere. */
const HARBOUR_QUERIES = ['harbour', 'harbour wall', '"wall report', '"harbour wall report 1', 'in:titles harbour', 'speaker:ann', 'speaker:"ann l', 'quiet -harbour', 'h', 'ha', 'harbuor', '1', 'wall 12'];

/** Stories whose words are spelt in ways a server's parser could split or drop: each must still be found. */
const SPELLINGS: readonly ArchiveItem[] = [
  { article: { ...makeArticle(['The 1e5x code and the 12e3abc tag, 0x1f and a1b2c3.', 'Crème brûlée at the Café Zoë, naïve façades, Ærø and Łódź.'], 'Ça va'), path: 'x/spell.txt', section: 'x' }, analysis: analysis([quote('Ça ira', 'Zoë Łukasz', 1)]) },
  { article: { ...makeArticle(['The prime, minister; a well-known man. The 3G mast.', 'Prime minister, well known, 3 G; prime ministers.'], 'Prime-minister'), path: 'x/gaps.txt', section: 'x' }, analysis: analysis([quote('Prime minister', 'Well Known', 0)]) },
  { article: { ...makeArticle(['A line with '.concat('word '.repeat(9_000), 'needle at the end.')], 'Long'), path: 'x/long.txt', section: 'x' }, analysis: null },
];
const SPELLING_QUERIES = ['1e5x', '1e5', '12e3abc', 'abc', '0x1f', 'a1b2', 'creme brulee', '"creme brulee"', 'cafe zoe', 'zoe', 'naive', 'aero', 'lodz', 'ca va', 'speaker:zoe', 'speaker:lukasz', 'ira', '"word needle', '"word word needle at"', 'needle',
  '"prime minister"', '"prime min', '"prime minister', 'prime minister', '"well known"', 'speaker:"well kn', '"minister well"', '"3 g"', '3g', 'in:quotes "prime minister"'];

/** The shared search suite, run against the engine `makeStore` opens (a new, empty store each call). */
export function describeStoreSearchConformance(engine: string, makeStore: () => Promise<SearchableStore>, options: { timeout?: number } = {}): void {
  describe(`search on the ${engine} store`, { timeout: options.timeout ?? 20_000 }, () => {
    /** Stores the archive (put in reverse, so the order must come from `order`) and compares every query's answers. */
    const agree = async (archive: readonly ArchiveItem[], queries: readonly string[], optionSets: readonly SearchOptions[]) => {
      const store = await makeStore();
      await store.put(stored(archive).reverse());
      const engineOnStore = createAsyncStoreSearch(store);
      const truth = inMemoryEngine(archive);
      for (const query of queries) {
        for (const options of optionSets) {
          expect(strip(await engineOnStore.search(query, options)), `${query} ${JSON.stringify(options)}`).toEqual(strip(truth.search(query, options)));
        }
      }
      await store.close();
    };

    it('gives the in-memory answer to every query form: prefixes, phrases, accents, speaker:, in:, exclusions, did you mean', async () => {
      await agree(TRICKY_ARCHIVE, QUERIES, [{ limit: Infinity }, { limit: 3 }, { limit: 2, cap: 1 }, { limit: 4, cap: 3 }]);
    });

    it('finds words however a server might read them: digits with letters, accents, a unit too long for positions', async () => {
      await agree(SPELLINGS, SPELLING_QUERIES, [{ limit: Infinity }]);
    });

    it('keeps the same answers over many articles, the cap crossed anywhere', async () => {
      await agree(longArchive(230), HARBOUR_QUERIES, [Infinity, 0, 1, 50, 133, 400].map((cap) => ({ limit: 7, cap })));
    });

    it('counts exactly up to the cap, then stops: 10,000 of 12,000 matches, the articles it took, the page among them', async () => {
      const archive: ArchiveItem[] = Array.from({ length: 600 }, (_, i) => ({
        article: { ...makeArticle(Array.from({ length: 20 }, (_, p) => `Harbour report ${i} part ${p}.`), `Day ${i}`), path: `h/${String(i).padStart(3, '0')}.txt`, section: 'h' },
        analysis: null,
      }));
      const store = await makeStore();
      await store.put(stored(archive));
      const answer = await createAsyncStoreSearch(store).search('harb', { limit: 50, cap: 10_000 });
      expect([answer.total, answer.capped, answer.articleCount, answer.results.length]).toEqual([10_000, true, 501, 50]);
      expect(strip(answer)).toEqual(strip(inMemoryEngine(archive).search('harb', { limit: 50, cap: 10_000 })));
      await store.close();
    });

    it('answers the same when articles were added between others, in several writes', async () => {
      const archive = longArchive(120);
      const items = stored(archive);
      const store = await makeStore();
      // Every third article first, then the rest in reverse: the store's own numbering is far from the archive's order.
      await store.put(items.filter((_, i) => i % 3 === 0));
      await store.put(items.filter((_, i) => i % 3 !== 0).reverse());
      const engineOnStore = createAsyncStoreSearch(store);
      const truth = inMemoryEngine(archive);
      for (const query of ['harbour', 'harb wall', 'wall', 'qu da', '"harbour wall', 'in:titles harbour']) {
        for (const cap of [Infinity, 0, 9, 40, 133]) {
          expect(strip(await engineOnStore.search(query, { limit: 7, cap })), `${query} ${cap}`).toEqual(strip(truth.search(query, { limit: 7, cap })));
        }
      }
      await store.close();
    });

    it('reads only the first page\'s articles for a query of plain words, however many match', async () => {
      const archive = longArchive(300);
      const store = await makeStore();
      await store.put(stored(archive));
      const read: number[] = [];
      const counting: AsyncSearchStore = {
        candidates: (query, signal) => store.candidates(query, signal),
        unitsMatching: (query, positions, signal) => store.unitsMatching(query, positions, signal),
        articlesAt: async (positions, signal) => (read.push(...Array.from(positions)), store.articlesAt(positions, signal)),
        wordCounts: (signal) => store.wordCounts(signal),
        ...(store.exactUnits ? { exactUnits: (query, from, through, limit, signal) => store.exactUnits!(query, from, through, limit, signal) } : {}),
      };
      const answer = await createAsyncStoreSearch(counting).search('harbour wall', { limit: 5, cap: 10_000 });
      expect(strip(answer)).toEqual(strip(inMemoryEngine(archive).search('harbour wall', { limit: 5, cap: 10_000 })));
      expect(answer.articleCount).toBeGreaterThan(250);
      expect(new Set(read).size).toBeLessThanOrEqual(10);
      await store.close();
    });

    it('searches within a few articles of many, and within most of them, as asked', async () => {
      const archive = longArchive(300);
      const store = await makeStore();
      await store.put(stored(archive));
      const engineOnStore = createAsyncStoreSearch(store);
      const truth = inMemoryEngine(archive);
      for (const within of [Uint8Array.from(archive, (_, i) => (i === 140 || i === 7 ? 1 : 0)), Uint8Array.from(archive, (_, i) => (i % 3 === 0 ? 0 : 1))]) {
        for (const query of ['harbour', 'wall rep', '"harbour wall']) {
          for (const cap of [Infinity, 5, 100]) {
            expect(strip(await engineOnStore.search(query, { within, limit: 6, cap })), `${query} ${cap}`).toEqual(strip(truth.search(query, { within, limit: 6, cap })));
          }
        }
      }
      await store.close();
    });

    it('searches within a section as asked', async () => {
      const store = await makeStore();
      await store.put(stored(TRICKY_ARCHIVE));
      const engineOnStore = createAsyncStoreSearch(store);
      const truth = inMemoryEngine(TRICKY_ARCHIVE);
      const within = Uint8Array.from(TRICKY_ARCHIVE, (a) => (a.article.section === 'sport' ? 1 : 0));
      for (const query of ['blair', 'prime', 'bridge', 'goverment', '3-1']) {
        expect(strip(await engineOnStore.search(query, { within })), query).toEqual(strip(truth.search(query, { within })));
      }
      await store.close();
    });

    it('reads articles by their place in the archive order, and counts the words of every unit as the memory store does', async () => {
      const store = await makeStore();
      const items = stored(TRICKY_ARCHIVE);
      await store.put([...items].reverse());
      expect((await store.articlesAt([3, 0, 5])).map((a) => a.article.path)).toEqual([3, 0, 5].map((i) => items[i]!.article.path));
      const model = createMemoryStore();
      model.put(items);
      expect(await store.wordCounts()).toEqual(model.wordCounts());
      await store.close();
    });

    it('gives up a query whose signal aborts, and answers the next one', async () => {
      const store = await makeStore();
      await store.put(stored(TRICKY_ARCHIVE));
      const engineOnStore = createAsyncStoreSearch(store);
      const given = new AbortController();
      const stale = engineOnStore.search('prime', { signal: given.signal });
      given.abort();
      await expect(stale).rejects.toThrow(/abort/i);
      expect(strip(await engineOnStore.search('prime min'))).toEqual(strip(inMemoryEngine(TRICKY_ARCHIVE).search('prime min')));
      await store.close();
    });
  });
}
