// The shared store suite against a real PostgreSQL (a throwaway server for this file), and what only
// a shared server does: scoping to roots, refusing a server without an archive or of another version.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../../src/core/store/postgres-store.js';
import { postgresForThisFile } from '../../helpers/postgres-for-tests.js';
import { describeStoreSearchConformance } from './store-search-conformance.js';
import { candidateQuery } from '../../../src/core/search/candidate-query.js';
import { planQuery } from '../../../src/core/search/query-plan.js';
import { createAsyncStoreSearch, type AsyncSearchStore } from '../../../src/core/store/async-store-search.js';
import { refreshKeptTables } from '../../../src/commands/people-tables.js';
import { describeStoreConformance, peopleArchive, storedItem } from './store-conformance.js';
import type { ExactQuery, ExactTerm, WordForm } from '../../../src/core/search/exact-query.js';
import { UNIT_KEY } from '../../../src/core/store/indexed-answer.js';
import { createMemoryStore } from '../../../src/core/store/memory-store.js';
import { inMemoryEngine, longArchive, TRICKY_ARCHIVE } from '../search/engine-conformance.js';

const server = await postgresForThisFile();
/** Starting a server and making databases on two shared cores: a bound for a hang, not a target. */
const HANG_MS = 60_000;

describe.skipIf(!server)('PostgreSQL', () => {
  const fresh = async (options: Parameters<typeof openPostgresStore>[1] = {}) => openPostgresStore(server!.url(await server!.createDatabase()), options);

  describeStoreConformance('PostgreSQL', () => fresh(), { timeout: HANG_MS });
  describeStoreSearchConformance('PostgreSQL', () => fresh(), { timeout: HANG_MS });

  it('sees only the paths under its roots, so indexers of different folders share one server', { timeout: HANG_MS }, async () => {
    const url = server!.url(await server!.createDatabase());
    const all = await openPostgresStore(url);
    await all.put([storedItem('/news/a.txt', 0, 'A'), storedItem('/news/sub/b.txt', 1, 'B'), storedItem('/newsroom/c.txt', 0, 'C'), storedItem('/sport/d.txt', 0, 'D')]);
    const news = await openPostgresStore(url, { roots: ['/news/'] });
    expect([...(await news.stamps()).keys()].sort()).toEqual(['/news/a.txt', '/news/sub/b.txt']);
    expect(await news.count()).toBe(2);
    expect((await news.list(0, 10)).map((s) => s.title)).toEqual(['A', 'B']);
    expect(await news.get('/sport/d.txt')).toBeNull();
    expect((await news.unanalysed()).sort()).toEqual(['/news/a.txt', '/news/sub/b.txt']);
    // Its units by its own positions: the first paragraph of each article (slot 1) holds "bridge".
    expect(await news.exactUnits!({ kinds: 0b1111, terms: [{ words: ['bridge'], form: 'whole' }] }, 0, Number.MAX_SAFE_INTEGER, 100)).toEqual([1, UNIT_KEY + 1]);
    const one = await openPostgresStore(url, { roots: ['/sport/d.txt', '/newsroom'] });
    expect((await one.list(0, 10)).map((s) => s.title).sort()).toEqual(['C', 'D']);
    expect(await all.count()).toBe(4);
    await Promise.all([all.close(), news.close(), one.close()]);
  });

  it('keeps the people tables of each scope apart: an indexer of some roots makes those of what it sees', { timeout: HANG_MS }, async () => {
    const url = server!.url(await server!.createDatabase());
    const all = await openPostgresStore(url);
    await all.put(peopleArchive().map((item) => ({ ...item, stamp: { ...item.stamp, path: `/${item.stamp.path}` } })));
    const sport = await openPostgresStore(url, { roots: ['/sport'] });
    expect(await refreshKeptTables(sport)).toBe(true);
    expect(await all.keptPeople()).toBeNull();
    expect(await refreshKeptTables(all)).toBe(true);
    expect(await sport.keptPaths([0, 1, 2])).toEqual(['/sport/4.txt', '/sport/5.txt', '']);
    expect(await all.keptPaths([0, 4])).toEqual(['/politics/1.txt', '/sport/5.txt']);
    // Alone, the sport pages have one Varnell: Ines.
    expect((await sport.keptPeople())!.rows.map((p) => p.name)).toEqual(['Ines Varnell', 'Marta Quillon']);
    expect((await all.keptPeople())!.rows.map((p) => p.name)).toContain('Varnell');
    await Promise.all([all.close(), sport.close()]);
  });

  it('makes the tables once, with unaccented search vectors for every unit (title, paragraphs, quotes with speakers, facts)', { timeout: HANG_MS }, async () => {
    const url = server!.url(await server!.createDatabase());
    const [first, second] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    const item = storedItem('/a.txt', 0, 'Café société', true);
    await first.put([{ ...item, article: { ...item.article, paragraphs: ['Le café de la Gare', '"We will build it," said Nora Pell.'] } }]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const count = async (query: string, kind: number) =>
      (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM reader.units WHERE words @@ to_tsquery('reader.search', $1) AND kind = $2`, [query, kind])).rows[0]!.n;
    // Unaccented on the way in and in the query: `to_tsquery` takes `café` to `cafe` as the vectors hold it.
    expect([await count('café & gare', 1), await count('ga:*', 1), await count('societe', 0), await count('build <-> it & pell', 2), await count('today', 3)]).toEqual([1, 1, 1, 1, 1]);
    await client.end();
    await Promise.all([first.close(), second.close()]);
  });

  it('names as candidates only the articles whose units hold the words: prefix, phrase, speaker, scope', { timeout: HANG_MS }, async () => {
    const store = await fresh();
    const item = (path: string, order: number, paragraphs: string[], analysed = false) => {
      const made = storedItem(path, order, `Story ${order}`, analysed);
      return { ...made, article: { ...made.article, paragraphs } };
    };
    await store.put([
      item('/a.txt', 0, ['The Prime Minister spoke.']),
      item('/b.txt', 1, ['Minister for prime cuts.']),
      item('/c.txt', 2, ['Nothing here.', '"We will build it," said Nora Pell.'], true),
      item('/d.txt', 3, ['Crème brûlée for the Gonzáles family.']),
    ]);
    const candidates = async (query: string) => [...(await store.candidates(candidateQuery(planQuery(query))))];
    expect(await candidates('prime min')).toEqual([0, 1]);
    expect(await candidates('"prime min')).toEqual([0]);
    expect(await candidates('brulee gonz')).toEqual([3]);
    expect(await candidates('speaker:pell')).toEqual([2]);
    expect(await candidates('in:titles prime')).toEqual([]);
    expect(await candidates('p')).toEqual([0, 1, 2, 3]); // one letter: left to the matcher
    await store.close();
  });

  it('answers exact queries by unit key as the memory store\'s model does, speakers apart, across reorders; null where its index cannot say', { timeout: HANG_MS }, async () => {
    const url = server!.url(await server!.createDatabase());
    const store = await openPostgresStore(url, { analysisVersion: 'v1' });
    const model = createMemoryStore();
    const items = TRICKY_ARCHIVE.map(({ article, analysis }, order) => ({ stamp: { path: article.path, size: 0, mtimeMs: 0, hash: `h${order}` }, order: order * 2, article, analysis }));
    await store.put([...items].reverse());
    model.put(items);
    const term = (words: string[], form: WordForm, speaker = false): ExactTerm => ({ words, form, ...(speaker ? { speaker } : {}) });
    const queries: [ExactQuery, number, number, number][] = [
      [{ kinds: 0b1111, terms: [term(['bridge'], 'prefix')] }, 0, Number.MAX_SAFE_INTEGER, 100],
      [{ kinds: 0b1111, terms: [term(['bridge'], 'prefix')] }, 2, 3, 100],
      [{ kinds: 0b1111, terms: [term(['bridge'], 'whole')] }, 0, Number.MAX_SAFE_INTEGER, 2],
      [{ kinds: 0b0100, terms: [term(['pell'], 'whole', true)] }, 0, Number.MAX_SAFE_INTEGER, 100],
      [{ kinds: 0b1111, terms: [term(['nora', 'pe'], 'prefix', true), term(['bridge'], 'whole')] }, 0, Number.MAX_SAFE_INTEGER, 100],
      [{ kinds: 0b1111, terms: [term(['bridge', 'nora'], 'whole')] }, 0, Number.MAX_SAFE_INTEGER, 100],
      [{ kinds: 0b1111, terms: [term(['against'], 'whole', true)] }, 0, Number.MAX_SAFE_INTEGER, 100],
      [{ kinds: 0b1111, terms: [term(['pri'], 'prefixOnly')] }, 0, Number.MAX_SAFE_INTEGER, 100],
      [{ kinds: 0b1111, terms: [term(['prime', 'min'], 'prefixOnly')] }, 0, Number.MAX_SAFE_INTEGER, 100],
      [{ kinds: 0b0011, terms: [term(['the'], 'whole')] }, 3 * UNIT_KEY + 1, 5 * UNIT_KEY, 4],
    ];
    const agree = async () => {
      for (const [query, from, through, limit] of queries) {
        expect(await store.exactUnits!(query, from, through, limit), JSON.stringify(query)).toEqual(model.exactUnits(query, from, through, limit));
      }
    };
    await agree();
    // An article put in between others, and one moved to the front: every unit's place follows.
    const added = { ...items[0]!, stamp: { ...items[0]!.stamp, path: 'news/added.txt' }, order: 3 };
    await store.put([added]);
    model.put([added]);
    const moved = new Map([[items[4]!.stamp.path, -1]]);
    await store.reorder(moved);
    model.reorder(moved);
    await agree();
    // Analyses made by other rules, or a unit too long for a vector: the matcher answers.
    const newer = await openPostgresStore(url, { analysisVersion: 'v2' });
    expect(await newer.exactUnits!(queries[0]![0], 0, Number.MAX_SAFE_INTEGER, 100)).toBeNull();
    await store.put([{ ...added, stamp: { ...added.stamp, hash: 'long' }, article: { ...added.article, paragraphs: ['word '.repeat(9_000)] } }]);
    expect(await store.exactUnits!(queries[0]![0], 0, Number.MAX_SAFE_INTEGER, 100)).toBeNull();
    await Promise.all([store.close(), newer.close()]);
  });

  it('answers a one-letter prefix from its index too (units walked in order), reading only the page\'s articles', { timeout: HANG_MS }, async () => {
    const archive = longArchive(300);
    const store = await fresh();
    await store.put(archive.map(({ article, analysis }, order) => ({ stamp: { path: article.path, size: 0, mtimeMs: 0, hash: `h${order}` }, order, article, analysis })));
    const read = new Set<number>();
    const counting: AsyncSearchStore = {
      candidates: (query, signal) => store.candidates(query, signal),
      unitsMatching: (query, positions, signal) => store.unitsMatching(query, positions, signal),
      wordCounts: (signal) => store.wordCounts(signal),
      exactUnits: (query, from, through, limit, signal) => store.exactUnits!(query, from, through, limit, signal),
      ...(store.exactShortPrefixes ? { exactShortPrefixes: true } : {}),
      articlesAt: async (positions, signal) => (Array.from(positions, (p) => read.add(p)), store.articlesAt(positions, signal)),
    };
    for (const query of ['h', 'speaker:a', '"harbour w']) {
      read.clear();
      const answer = await createAsyncStoreSearch(counting).search(query, { limit: 5, cap: 1_000 });
      const { complete: _, ...expected } = inMemoryEngine(archive).search(query, { limit: 5, cap: 1_000 });
      expect(answer, query).toEqual({ ...expected, complete: true });
      expect(read.size, query).toBeLessThanOrEqual(10);
    }
    await store.close();
  });

  it('cancels the request of a search on the server when its signal aborts, and the next search is answered', { timeout: HANG_MS }, async () => {
    const url = server!.url(await server!.createDatabase());
    const store = await openPostgresStore(url);
    await store.put([storedItem('/a.txt', 0, 'Bridge news'), storedItem('/b.txt', 1, 'Ferry news')]);
    const search = createAsyncStoreSearch(store);
    expect((await search.search('news')).total).toBe(2); // the archive's order is read, so the next request is the search's own
    const blocker = new pg.Client({ connectionString: url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE reader.units IN ACCESS EXCLUSIVE MODE');
    const given = new AbortController();
    const stale = search.search('bridge', { signal: given.signal });
    // Wait until the request is on the server, waiting for the lock.
    const waiting = async () => (await blocker.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'reader' AND wait_event_type = 'Lock'`)).rows[0]!.n;
    for (let i = 0; i < 500 && (await waiting()) === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await waiting()).toBe(1);
    given.abort();
    await expect(stale).rejects.toThrow(/abort/i);
    // Cancelled on the server, not left to run: nothing of the reader's is waiting any more, and the lock is still held.
    expect(await waiting()).toBe(0);
    await blocker.query('ROLLBACK');
    await blocker.end();
    const fresh = await search.search('ferry');
    expect([fresh.total, fresh.results[0]!.where]).toEqual([1, 'title']);
    await store.close();
  });

  it('keeps a costly answer for the other readers of the same archive, and never past a write', { timeout: HANG_MS }, async () => {
    const url = server!.url(await server!.createDatabase());
    const writer = await openPostgresStore(url);
    await writer.put([storedItem('/n/a.txt', 0, 'A'), storedItem('/n/b.txt', 1, 'B')]);
    const bridge: ExactQuery = { kinds: 0b1111, terms: [{ words: ['bridge'], form: 'whole' }] };
    const all = (store: typeof writer) => store.exactUnits!(bridge, 0, Number.MAX_SAFE_INTEGER, 100);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const kept = async () => (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM reader.answers')).rows[0]!.n;

    const first = await openPostgresStore(url, { mode: 'read', keepAnswersAfterMs: 0 });
    expect(await all(first)).toEqual([1, UNIT_KEY + 1]);
    // A count is made on the server: two units in two articles, the last at the second's first paragraph.
    expect(await first.exactCount!(bridge, 10)).toEqual({ units: 2, articles: 2, lastKey: UNIT_KEY + 1 });
    await first.count(); // kept after the answer was given: the next request waits behind it
    expect(await kept()).toBe(2);
    // Another reader is answered from what was kept: changed there, its answer follows.
    await client.query('UPDATE reader.answers SET keys = $1 WHERE length(keys) = 16', [Buffer.from(Float64Array.from([7]).buffer)]);
    await client.query('UPDATE reader.answers SET keys = $1 WHERE length(keys) = 24', [Buffer.from(Float64Array.from([9, 8, -1]).buffer)]);
    const second = await openPostgresStore(url, { mode: 'read' });
    expect(await all(second)).toEqual([7]);
    expect(await second.exactCount!(bridge, 10)).toEqual({ units: 9, articles: 8, lastKey: null });

    // A write moves the generation on: a reader opened after it is answered afresh, and the older answer goes.
    await writer.put([storedItem('/n/c.txt', 2, 'C')]);
    const third = await openPostgresStore(url, { mode: 'read', keepAnswersAfterMs: 0 });
    expect(await all(third)).toEqual([1, UNIT_KEY + 1, 2 * UNIT_KEY + 1]);
    await third.count();
    expect(await kept()).toBe(1);
    expect(await third.exactCount!(bridge, 1)).toEqual({ units: 2, articles: 2, lastKey: UNIT_KEY + 1 });

    // A user who may only read, and a server without the table: answered all the same, nothing kept.
    await client.query(`CREATE ROLE reader_ro LOGIN PASSWORD 'ro'; GRANT USAGE ON SCHEMA reader TO reader_ro; GRANT SELECT ON ALL TABLES IN SCHEMA reader TO reader_ro`);
    await client.query('DELETE FROM reader.answers');
    const reading = await openPostgresStore(url.replace(/\/\/[^@]*@/, '//reader_ro:ro@'), { mode: 'read', keepAnswersAfterMs: 0 });
    expect(await all(reading)).toEqual([1, UNIT_KEY + 1, 2 * UNIT_KEY + 1]);
    expect(await all(reading)).toEqual([1, UNIT_KEY + 1, 2 * UNIT_KEY + 1]);
    expect(await kept()).toBe(0);
    await client.query('DROP TABLE reader.answers');
    const older = await openPostgresStore(url, { mode: 'read', keepAnswersAfterMs: 0 });
    expect(await all(older)).toEqual([1, UNIT_KEY + 1, 2 * UNIT_KEY + 1]);
    expect(await all(older)).toEqual([1, UNIT_KEY + 1, 2 * UNIT_KEY + 1]);
    await client.end();
    await Promise.all([writer, first, second, third, reading, older].map((s) => s.close()));
  });

  it('refuses to read a server with no archive, and one whose tables are of another version, in one line', { timeout: HANG_MS }, async () => {
    const url = server!.url(await server!.createDatabase());
    await expect(openPostgresStore(url, { mode: 'read' })).rejects.toThrow(/^no archive on this server yet/);
    (await openPostgresStore(url)).close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`UPDATE reader.meta SET value = '99' WHERE key = 'schema'`);
    await client.end();
    await expect(openPostgresStore(url)).rejects.toThrow(/^the archive on the server has tables of version 99, this reader uses \d+$/);
  });
});
