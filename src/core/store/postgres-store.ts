// The store on a PostgreSQL server, through `pg`: the shared archive many readers open at once. The
// same interface as the local engines, asynchronous. Every put is one transaction of multi-row
// statements (arrays unnested on the server), keyed by path, so sending a batch again after a crash
// changes nothing. A store can be scoped to the paths under some roots: an indexer then sees, and
// removes, only its own part of a shared archive.
import pg from 'pg';
import type { Analysis, Article } from '../article.js';
import { packAnalysis, unpackAnalysis } from './analysis-packing.js';
import type { ArticleSummary, FileStamp, StoredArticle } from './archive-store.js';
import type { AsyncArchiveStore } from './async-archive-store.js';
import { POSTGRES_SCHEMA, POSTGRES_SCHEMA_VERSION } from './postgres-schema.js';
import { PostgresPeople } from './postgres-people.js';
import { sourceRowOf, type KeptTables } from './people-tables.js';

/** How a PostgreSQL store is opened. */
export interface PostgresStoreOptions {
  /** Today's analysis rules: an analysis stored by others counts as missing. */
  readonly analysisVersion?: string;
  /** Only paths equal to or under these roots (absolute paths, as the indexer labels them); null for all. */
  readonly roots?: readonly string[] | null;
  /** `write` makes the tables when missing (the indexer); `read` only checks they are there. */
  readonly mode?: 'read' | 'write';
  /** Give up connecting after this long, in ms. */
  readonly connectTimeoutMs?: number;
}

/** Thrown when the server holds no archive, or one this reader cannot use: the message is one line for the user. */
export class ArchiveSchemaError extends Error {}

/** Connects, checks (or, to write, makes) the tables, and returns the store. Connection errors are pg's own. */
export async function openPostgresStore(connectionString: string, options: PostgresStoreOptions = {}): Promise<AsyncArchiveStore> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000, application_name: 'reader' });
  // A connection lost while idle is reported here instead of crashing the process; the next query fails with it.
  let lost: Error | null = null;
  client.on('error', (error) => (lost ??= error));
  await client.connect();
  try {
    await checkSchema(client, options.mode ?? 'write');
  } catch (error) {
    await client.end().catch(() => {});
    throw error;
  }
  return new PostgresStore(client, () => lost, options.analysisVersion ?? 'unversioned', scopeOf(options.roots ?? null), options.roots ?? null);
}

async function checkSchema(client: pg.Client, mode: 'read' | 'write'): Promise<void> {
  const table = await client.query<{ found: boolean }>(`SELECT to_regclass('reader.meta') IS NOT NULL AS found`);
  const version = table.rows[0]?.found ? ((await client.query<{ value: string }>(`SELECT value FROM reader.meta WHERE key = 'schema'`)).rows[0]?.value ?? null) : null;
  if (version !== null && Number(version) !== POSTGRES_SCHEMA_VERSION) throw new ArchiveSchemaError(`the archive on the server has tables of version ${version}, this reader uses ${POSTGRES_SCHEMA_VERSION}`);
  if (version !== null) return;
  if (mode === 'read') throw new ArchiveSchemaError('no archive on this server yet (make one with reader --index PATH --store URL)');
  await client.query('BEGIN');
  try {
    await client.query(POSTGRES_SCHEMA);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** A WHERE condition limiting `path` to the roots, with its parameters placed from `$first` on. */
interface Scope {
  sql(first: number): string;
  readonly params: readonly string[];
}

function scopeOf(roots: readonly string[] | null): Scope {
  if (roots === null) return { sql: () => 'TRUE', params: [] };
  // '/' + 1 is '0': with the C collation, [root/, root0) is every path under root, and a btree range.
  const params = roots.map((r) => r.replace(/\/+$/, ''));
  return {
    params,
    sql: (first) => `(${params.map((_, i) => `path = $${first + i} OR (path >= ($${first + i} || '/') AND path < ($${first + i} || '0'))`).join(' OR ') || 'FALSE'})`,
  };
}

interface ArticleRow {
  path: string;
  ord: number;
  size: string;
  mtime: number;
  hash: string;
  title: string;
  section: string | null;
  byline: string | null;
  words: number;
  minutes: number;
  paragraphs: string[];
  boilerplate: string[];
  analysis: Analysis | null;
  analysis_version: string | null;
  quotes: number | null;
}

/** The text search rows of a paragraph: NUL cannot be in a PostgreSQL text, and is no word anyway. */
const searchable = (text: string) => text.replaceAll('\0', ' ');

class PostgresStore implements AsyncArchiveStore {
  constructor(
    private readonly client: pg.Client,
    /** Why the connection broke while idle: pg's next query says only that it is "not queryable". */
    private readonly lostBecause: () => Error | null,
    private readonly analysisVersion: string,
    private readonly scope: Scope,
    roots: readonly string[] | null,
  ) {
    const query = <T extends pg.QueryResultRow>(text: string, values?: unknown[]) => this.query<T>(text, values);
    this.people = new PostgresPeople(query, roots === null ? '*' : JSON.stringify(scope.params), (first) => scope.sql(first), scope.params, analysisVersion);
  }

  private readonly people: PostgresPeople;

  /** Where the last window in order ended, to go on from by key; forgotten on every write. */
  private resume: { offset: number; ord: number; path: string } | null = null;

  async stamps(): Promise<Map<string, FileStamp>> {
    const { rows } = await this.query<Pick<ArticleRow, 'path' | 'size' | 'mtime' | 'hash'>>({
      name: 'reader-stamps', text: `SELECT path, size, mtime, hash FROM reader.articles WHERE ${this.scope.sql(1)}`, values: [...this.scope.params],
    });
    return new Map(rows.map((r) => [r.path, { path: r.path, size: Number(r.size), mtimeMs: r.mtime, hash: r.hash }]));
  }

  async put(items: readonly StoredArticle[]): Promise<void> {
    // The last of one path wins, as in the other engines (one statement cannot touch a row twice).
    const latest = [...new Map(items.map((item) => [item.stamp.path, item])).values()];
    if (latest.length === 0) return;
    const paths = latest.map((i) => i.stamp.path);
    await this.transaction(async () => {
      const before = await this.query<{ path: string; hash: string }>('SELECT path, hash FROM reader.articles WHERE path = ANY($1::text[]) FOR UPDATE', [paths]);
      const hashes = new Map(latest.map((i) => [i.stamp.path, i.stamp.hash]));
      const sameText = new Set(before.rows.filter((r) => hashes.get(r.path) === r.hash).map((r) => r.path));
      await this.query(UPSERT, articleColumns(latest, this.analysisVersion));
      await this.people.sources(latest.map((i) => ({ path: i.stamp.path, row: i.analysis ? sourceRowOf(i.article.section, i.analysis.quotes, i.analysis.entities) : null })));
      await this.people.changed();
      // Search rows are made again only for new or changed text: the same path and hash sent again leaves them be.
      const changed = latest.filter((i) => !sameText.has(i.stamp.path));
      if (changed.length === 0) return;
      await this.query('DELETE FROM reader.paragraphs WHERE path = ANY($1::text[])', [changed.map((i) => i.stamp.path)]);
      const cells = { path: [] as string[], n: [] as number[], text: [] as string[] };
      for (const { stamp, article } of changed) {
        article.paragraphs.forEach((text, n) => {
          cells.path.push(stamp.path);
          cells.n.push(n);
          cells.text.push(searchable(text));
        });
      }
      await this.query(
        `INSERT INTO reader.paragraphs (path, n, search) SELECT p, n, to_tsvector('reader.search', t) FROM unnest($1::text[], $2::int[], $3::text[]) AS u (p, n, t)`,
        [cells.path, cells.n, cells.text],
      );
    });
  }

  async reorder(order: ReadonlyMap<string, number>): Promise<void> {
    this.resume = null;
    if (order.size === 0) return;
    const moved = await this.query(
      'UPDATE reader.articles a SET ord = o.ord FROM unnest($1::text[], $2::int[]) AS o (path, ord) WHERE a.path = o.path AND a.ord <> o.ord',
      [[...order.keys()], [...order.values()]],
    );
    if (moved.rowCount) await this.people.changed();
  }

  async remove(paths: readonly string[]): Promise<void> {
    this.resume = null;
    if (paths.length === 0) return;
    // Paragraph rows go with their article (ON DELETE CASCADE), in the same statement.
    const removed = await this.query('DELETE FROM reader.articles WHERE path = ANY($1::text[])', [paths]);
    if (removed.rowCount) await this.people.changed();
  }

  async count(): Promise<number> {
    const { rows } = await this.query<{ n: string }>({ name: 'reader-count', text: `SELECT count(*) AS n FROM reader.articles WHERE ${this.scope.sql(1)}`, values: [...this.scope.params] });
    return Number(rows[0]!.n);
  }

  async unanalysed(): Promise<string[]> {
    const { rows } = await this.query<{ path: string }>({
      name: 'reader-unanalysed',
      text: `SELECT path FROM reader.articles WHERE (analysis IS NULL OR analysis_version IS DISTINCT FROM $1) AND ${this.scope.sql(2)} ORDER BY ord, path`,
      values: [this.analysisVersion, ...this.scope.params],
    });
    return rows.map((r) => r.path);
  }

  async list(offset: number, limit: number): Promise<ArticleSummary[]> {
    const rows = await this.inOrder<Pick<ArticleRow, 'path' | 'ord' | 'title' | 'section' | 'words' | 'minutes' | 'quotes'>>('reader-list', 'path, ord, title, section, words, minutes, quotes', offset, limit);
    return rows.map((r) => ({ path: r.path, title: r.title, section: r.section, words: r.words, readingMinutes: r.minutes, quotes: r.quotes }));
  }

  async get(path: string): Promise<StoredArticle | null> {
    const { rows } = await this.query<ArticleRow>({
      name: 'reader-get', text: `SELECT ${ARTICLE_COLUMNS} FROM reader.articles WHERE path = $1 AND ${this.scope.sql(2)}`, values: [path, ...this.scope.params],
    });
    return rows[0] ? this.storedArticle(rows[0]) : null;
  }

  async window(offset: number, limit: number): Promise<StoredArticle[]> {
    return (await this.inOrder<ArticleRow>('reader-window', ARTICLE_COLUMNS, offset, limit)).map((row) => this.storedArticle(row));
  }

  /**
   * Rows `offset` to `offset + limit` in the archive's order. OFFSET reads every row it skips, so a
   * window asked from where the last one ended (paging on) continues by key instead: after that
   * row's (ord, path), through the index.
   */
  private async inOrder<T extends { ord: number; path: string }>(name: string, columns: string, offset: number, limit: number): Promise<T[]> {
    const from = offset > 0 && this.resume?.offset === offset ? this.resume : null;
    const { rows } = from
      ? await this.query<T>({
          name: `${name}-after`,
          text: `SELECT ${columns} FROM reader.articles WHERE (ord, path) > ($2, $3) AND ${this.scope.sql(4)} ORDER BY ord, path LIMIT $1`,
          values: [limit, from.ord, from.path, ...this.scope.params],
        })
      : await this.query<T>({
          name, text: `SELECT ${columns} FROM reader.articles WHERE ${this.scope.sql(3)} ORDER BY ord, path LIMIT $1 OFFSET $2`, values: [limit, offset, ...this.scope.params],
        });
    const last = rows.at(-1);
    this.resume = last ? { offset: offset + rows.length, ord: last.ord, path: last.path } : null;
    return rows;
  }

  generation() {
    return this.people.generation();
  }

  peopleSources() {
    return this.people.read();
  }

  putPeopleTables(tables: KeptTables) {
    return this.people.put(tables);
  }

  keptPeople() {
    return this.people.people();
  }

  keptNames() {
    return this.people.names();
  }

  personQuotes(rank: number) {
    return this.people.personQuotes(rank);
  }

  nameArticles(rank: number) {
    return this.people.nameArticles(rank);
  }

  keptPaths(positions: ArrayLike<number>) {
    return this.people.paths(positions);
  }

  private storedArticle(row: ArticleRow): StoredArticle {
    const article: Article = {
      path: row.path, title: row.title, byline: row.byline, section: row.section,
      paragraphs: row.paragraphs, boilerplate: row.boilerplate, words: row.words, readingMinutes: row.minutes,
    };
    const analysis = row.analysis !== null && row.analysis_version === this.analysisVersion ? unpackAnalysis(row.analysis, article.paragraphs) : null;
    return { stamp: { path: row.path, size: Number(row.size), mtimeMs: row.mtime, hash: row.hash }, order: row.ord, article, analysis };
  }

  async close(): Promise<void> {
    await this.client.end();
  }

  private async query<T extends pg.QueryResultRow>(query: string | pg.QueryConfig, values?: unknown[]): Promise<pg.QueryResult<T>> {
    try {
      return await this.client.query<T>(query, values);
    } catch (error) {
      throw this.lostBecause() ?? error;
    }
  }

  private async transaction(work: () => Promise<void>): Promise<void> {
    this.resume = null;
    await this.query('BEGIN');
    try {
      await work();
      await this.query('COMMIT');
    } catch (error) {
      await this.query('ROLLBACK').catch(() => {});
      throw error;
    }
  }
}

/** Every column `get` reads (not the search vectors). */
const ARTICLE_COLUMNS = 'path, ord, size, mtime, hash, title, section, byline, words, minutes, paragraphs, boilerplate, analysis, analysis_version';

const UPSERT = `
INSERT INTO reader.articles (path, ord, size, mtime, hash, title, section, byline, words, minutes, paragraphs, boilerplate, analysis, analysis_version, quotes)
SELECT * FROM unnest($1::text[], $2::int[], $3::bigint[], $4::float8[], $5::text[], $6::text[], $7::text[], $8::text[], $9::int[], $10::int[], $11::json[], $12::json[], $13::json[], $14::text[], $15::int[])
ON CONFLICT (path) DO UPDATE SET ord = excluded.ord, size = excluded.size, mtime = excluded.mtime, hash = excluded.hash,
  title = excluded.title, section = excluded.section, byline = excluded.byline, words = excluded.words, minutes = excluded.minutes,
  paragraphs = excluded.paragraphs, boilerplate = excluded.boilerplate, analysis = excluded.analysis,
  analysis_version = excluded.analysis_version, quotes = excluded.quotes`;

/** The batch as one array per column, in UPSERT's order. */
function articleColumns(items: readonly StoredArticle[], analysisVersion: string): unknown[][] {
  const column = <T>(pick: (item: StoredArticle) => T) => items.map(pick);
  return [
    column((i) => i.stamp.path), column((i) => i.order), column((i) => i.stamp.size), column((i) => i.stamp.mtimeMs), column((i) => i.stamp.hash),
    column((i) => i.article.title), column((i) => i.article.section), column((i) => i.article.byline), column((i) => i.article.words), column((i) => i.article.readingMinutes),
    column((i) => JSON.stringify(i.article.paragraphs)), column((i) => JSON.stringify(i.article.boilerplate)),
    column((i) => (i.analysis ? JSON.stringify(packAnalysis(i.analysis)) : null)),
    column((i) => (i.analysis ? analysisVersion : null)), column((i) => (i.analysis ? i.analysis.quotes.length : null)),
  ];
}
