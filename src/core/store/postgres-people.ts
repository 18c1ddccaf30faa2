// The PostgreSQL store's part for the people and names views: each article's people source beside it
// (gone with it), the tables kept per scope (an indexer of some roots makes the tables of what it
// sees), and a generation in `reader.meta` that every write moves on.
import type pg from 'pg';
import {
  packPositions, packQuotePlaces, packSource, unpackPositions, unpackQuotePlaces, unpackSource,
  type KeptName, type KeptPerson, type KeptRows, type KeptTables, type PeopleSourceRow, type PeopleSources, type QuotePlace,
} from './people-tables.js';

/** Made with the store's other tables. */
export const PEOPLE_POSTGRES_SCHEMA = `
INSERT INTO reader.meta (key, value) VALUES ('generation', '0') ON CONFLICT (key) DO NOTHING;
CREATE TABLE IF NOT EXISTS reader.people_sources (
  path text COLLATE "C" PRIMARY KEY REFERENCES reader.articles (path) ON DELETE CASCADE,
  source json NOT NULL
);
CREATE TABLE IF NOT EXISTS reader.kept_tables (scope text PRIMARY KEY, generation bigint NOT NULL);
CREATE TABLE IF NOT EXISTS reader.kept_paths (
  scope text NOT NULL REFERENCES reader.kept_tables ON DELETE CASCADE, position integer NOT NULL, path text NOT NULL,
  PRIMARY KEY (scope, position)
);
CREATE TABLE IF NOT EXISTS reader.kept_people (
  scope text NOT NULL REFERENCES reader.kept_tables ON DELETE CASCADE, rank integer NOT NULL,
  name text NOT NULL, kind text NOT NULL, quotes integer NOT NULL, articles integer NOT NULL,
  sections json NOT NULL, forms json NOT NULL, search text NOT NULL, refs bytea NOT NULL,
  PRIMARY KEY (scope, rank)
);
CREATE TABLE IF NOT EXISTS reader.kept_names (
  scope text NOT NULL REFERENCES reader.kept_tables ON DELETE CASCADE, rank integer NOT NULL,
  name text NOT NULL, kind text NOT NULL, articles integer NOT NULL, mentions integer NOT NULL,
  forms json NOT NULL, search text NOT NULL, refs bytea NOT NULL,
  PRIMARY KEY (scope, rank)
);
`;

/** Runs one statement on the store's connection. */
type Query = <T extends pg.QueryResultRow>(text: string, values?: unknown[]) => Promise<pg.QueryResult<T>>;

/** The people side of one PostgreSQL store, for the paths its scope sees. */
export class PostgresPeople {
  constructor(
    private readonly query: Query,
    /** Names the scope's tables: its roots, or `*` for the whole archive. */
    private readonly scope: string,
    /** A WHERE condition on `path` limiting to the scope, its parameters from `$first` on. */
    private readonly where: (first: number) => string,
    private readonly params: readonly string[],
    private readonly analysisVersion: string,
  ) {}

  /** Inside the caller's transaction: the batch's sources replaced (dropped for those not analysed). */
  async sources(items: readonly { path: string; row: PeopleSourceRow | null }[]): Promise<void> {
    await this.query('DELETE FROM reader.people_sources WHERE path = ANY($1::text[])', [items.map((i) => i.path)]);
    const kept = items.filter((i) => i.row !== null);
    if (!kept.length) return;
    await this.query('INSERT INTO reader.people_sources (path, source) SELECT * FROM unnest($1::text[], $2::json[])', [kept.map((i) => i.path), kept.map((i) => packSource(i.row!))]);
  }

  /** The archive changed. */
  async changed(): Promise<void> {
    await this.query(`UPDATE reader.meta SET value = (value::bigint + 1)::text WHERE key = 'generation'`);
  }

  async generation(): Promise<number> {
    const { rows } = await this.query<{ value: string }>(`SELECT value FROM reader.meta WHERE key = 'generation'`);
    return Number(rows[0]?.value ?? 0);
  }

  /** Read in one snapshot, so the generation is the one the rows were at. */
  async read(): Promise<PeopleSources> {
    await this.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const generation = await this.generation();
      const { rows } = await this.query<{ path: string; section: string | null; source: string | null }>(
        `SELECT a.path, a.section, CASE WHEN a.analysis_version = $1 THEN s.source::text END AS source
         FROM (SELECT path, ord, section, analysis_version FROM reader.articles WHERE ${this.where(2)}) a
         LEFT JOIN reader.people_sources s ON s.path = a.path ORDER BY a.ord, a.path`,
        [this.analysisVersion, ...this.params],
      );
      await this.query('COMMIT');
      return { generation, paths: rows.map((r) => r.path), sources: rows.map((r) => (r.source === null ? null : unpackSource(r.section, r.source))) };
    } catch (error) {
      await this.query('ROLLBACK').catch(() => {});
      throw error;
    }
  }

  async put(tables: KeptTables): Promise<void> {
    await this.query('BEGIN');
    try {
      await this.query('DELETE FROM reader.kept_tables WHERE scope = $1', [this.scope]);
      await this.query('INSERT INTO reader.kept_tables (scope, generation) VALUES ($1, $2)', [this.scope, tables.generation]);
      await this.query('INSERT INTO reader.kept_paths (scope, position, path) SELECT $1, * FROM unnest($2::int[], $3::text[])', [this.scope, tables.paths.map((_, i) => i), tables.paths]);
      const p = tables.people;
      await this.query(
        `INSERT INTO reader.kept_people (scope, rank, name, kind, quotes, articles, sections, forms, search, refs)
         SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::int[], $6::int[], $7::json[], $8::json[], $9::text[], $10::bytea[])`,
        [this.scope, p.map((_, i) => i), p.map((r) => r.name), p.map((r) => r.kind), p.map((r) => r.quotes), p.map((r) => r.articles),
          p.map((r) => JSON.stringify(r.sections)), p.map((r) => JSON.stringify(r.forms)), p.map((r) => r.search), p.map((r) => packQuotePlaces(r.refs))],
      );
      const n = tables.names;
      await this.query(
        `INSERT INTO reader.kept_names (scope, rank, name, kind, articles, mentions, forms, search, refs)
         SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::int[], $6::int[], $7::json[], $8::text[], $9::bytea[])`,
        [this.scope, n.map((_, i) => i), n.map((r) => r.name), n.map((r) => r.kind), n.map((r) => r.articles), n.map((r) => r.mentions),
          n.map((r) => JSON.stringify(r.forms)), n.map((r) => r.search), n.map((r) => packPositions(r.refs))],
      );
      await this.query('COMMIT');
    } catch (error) {
      await this.query('ROLLBACK').catch(() => {});
      throw error;
    }
  }

  async people(): Promise<KeptRows<KeptPerson> | null> {
    const generation = await this.keptGeneration();
    if (generation === null) return null;
    const { rows } = await this.query<KeptPerson>('SELECT name, kind, quotes, articles, sections, forms, search FROM reader.kept_people WHERE scope = $1 ORDER BY rank', [this.scope]);
    return { generation, rows };
  }

  async names(): Promise<KeptRows<KeptName> | null> {
    const generation = await this.keptGeneration();
    if (generation === null) return null;
    const { rows } = await this.query<KeptName>('SELECT name, kind, articles, mentions, forms, search FROM reader.kept_names WHERE scope = $1 ORDER BY rank', [this.scope]);
    return { generation, rows };
  }

  async personQuotes(rank: number): Promise<QuotePlace[]> {
    const { rows } = await this.query<{ refs: Buffer }>('SELECT refs FROM reader.kept_people WHERE scope = $1 AND rank = $2', [this.scope, rank]);
    return rows[0] ? unpackQuotePlaces(rows[0].refs) : [];
  }

  async nameArticles(rank: number): Promise<number[]> {
    const { rows } = await this.query<{ refs: Buffer }>('SELECT refs FROM reader.kept_names WHERE scope = $1 AND rank = $2', [this.scope, rank]);
    return rows[0] ? unpackPositions(rows[0].refs) : [];
  }

  async paths(positions: ArrayLike<number>): Promise<string[]> {
    const wanted = Array.from(positions);
    const { rows } = await this.query<{ position: number; path: string }>('SELECT position, path FROM reader.kept_paths WHERE scope = $1 AND position = ANY($2::int[])', [this.scope, wanted]);
    const byPosition = new Map(rows.map((r) => [r.position, r.path]));
    return wanted.map((p) => byPosition.get(p) ?? '');
  }

  private async keptGeneration(): Promise<number | null> {
    const { rows } = await this.query<{ generation: string }>('SELECT generation FROM reader.kept_tables WHERE scope = $1', [this.scope]);
    return rows[0] ? Number(rows[0].generation) : null;
  }
}
