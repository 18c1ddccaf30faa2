// The shared store suite against a real PostgreSQL (a throwaway server for this file), and what only
// a shared server does: scoping to roots, refusing a server without an archive or of another version.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openPostgresStore } from '../../../src/core/store/postgres-store.js';
import { postgresForThisFile } from '../../helpers/postgres-for-tests.js';
import { refreshPeopleTables } from '../../../src/commands/people-tables.js';
import { describeStoreConformance, peopleArchive, storedItem } from './store-conformance.js';

const server = await postgresForThisFile();
/** Starting a server and making databases on two shared cores: a bound for a hang, not a target. */
const HANG_MS = 60_000;

describe.skipIf(!server)('PostgreSQL', () => {
  const fresh = async (options: Parameters<typeof openPostgresStore>[1] = {}) => openPostgresStore(server!.url(await server!.createDatabase()), options);

  describeStoreConformance('PostgreSQL', () => fresh(), { timeout: HANG_MS });

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
    expect(await refreshPeopleTables(sport)).toBe(true);
    expect(await all.keptPeople()).toBeNull();
    expect(await refreshPeopleTables(all)).toBe(true);
    expect(await sport.keptPaths([0, 1, 2])).toEqual(['/sport/4.txt', '/sport/5.txt', '']);
    expect(await all.keptPaths([0, 4])).toEqual(['/politics/1.txt', '/sport/5.txt']);
    // Alone, the sport pages have one Varnell: Ines.
    expect((await sport.keptPeople())!.rows.map((p) => p.name)).toEqual(['Ines Varnell', 'Marta Quillon']);
    expect((await all.keptPeople())!.rows.map((p) => p.name)).toContain('Varnell');
    await Promise.all([all.close(), sport.close()]);
  });

  it('makes the tables once, with unaccented search vectors for titles and paragraphs', { timeout: HANG_MS }, async () => {
    const url = server!.url(await server!.createDatabase());
    const [first, second] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
    const item = storedItem('/a.txt', 0, 'Café société');
    await first.put([{ ...item, article: { ...item.article, paragraphs: ['Le café de la Gare', 'Élan vital'] } }]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const words = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM reader.paragraphs WHERE search @@ to_tsquery('reader.search', 'cafe & gare')`);
    const prefix = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM reader.paragraphs WHERE search @@ to_tsquery('reader.search', 'ela:*')`);
    const title = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM reader.articles WHERE title_search @@ to_tsquery('reader.search', 'societe')`);
    expect([words.rows[0]!.n, prefix.rows[0]!.n, title.rows[0]!.n]).toEqual([1, 1, 1]);
    await client.end();
    await Promise.all([first.close(), second.close()]);
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
