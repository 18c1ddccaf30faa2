// The store on a PostgreSQL server, through `pg`: the shared archive many readers open at once. The
// same interface as the local engines, asynchronous. Every put is one transaction of multi-row
// statements (arrays unnested on the server), keyed by path, so sending a batch again after a crash
// changes nothing. A store can be scoped to the paths under some roots: an indexer then sees, and
// removes, only its own part of a shared archive.
//
// Search: every unit's words (as our folding sees them, so the server's parser can only agree with
// the matcher) are in a GIN-indexed tsvector; the store names candidates and the matcher decides (see
// async-store-search.ts). Its requests go one at a time, and one given up by its signal (the next
// keystroke) is cancelled on the server with pg_cancel_backend from a second connection; the next
// request waits for that, so a late cancel can never hit it (a backend ignores a cancel while idle).
// A query the index answers exactly (see exact-query.ts) asks for unit keys only: units in the
// archive's order through a btree on (ord, path, slot), each checked against its vector, with a LIMIT.
import pg from 'pg';
import type { Analysis, Article } from '../article.js';
import type { CandidateQuery } from '../search/candidate-query.js';
import type { ExactQuery } from '../search/exact-query.js';
import { GAP_MARK, unitWords } from '../search/unit-words.js';
import { vocabularyWord } from '../search/vocabulary.js';
import { packAnalysis, unpackAnalysis } from './analysis-packing.js';
import type { ArticleSummary, FileStamp, StoredArticle } from './archive-store.js';
import type { AsyncArchiveStore } from './async-archive-store.js';
import type { AsyncSearchStore } from './async-store-search.js';
import { ANSWERS_SCHEMA, POSTGRES_SCHEMA, POSTGRES_SCHEMA_VERSION } from './postgres-schema.js';
import { UNIT_KEY, type UnitCount } from './indexed-answer.js';
import { answerKey, KeptAnswers } from './postgres-answers.js';
import { exactTsquery, kindsOf, tsqueryText } from './tsquery.js';

/** The shared archive: the store, and search on the server. */
export type PostgresArchive = AsyncArchiveStore & AsyncSearchStore;
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
  /** Keep costly index answers on the server for other readers (reader.answers); on unless false. */
  readonly answerCache?: boolean;
  /** An answer that took at least this long is kept (10 ms unless given). */
  readonly keepAnswersAfterMs?: number;
}

/** Thrown when the server holds no archive, or one this reader cannot use: the message is one line for the user. */
export class ArchiveSchemaError extends Error {}

/** Connects, checks (or, to write, makes) the tables, and returns the store. Connection errors are pg's own. */
export async function openPostgresStore(connectionString: string, options: PostgresStoreOptions = {}): Promise<PostgresArchive> {
  // No parallel workers: many readers share the server's cores, and a walk split across three
  // processes costs more CPU for the same answer (8 readers typing: p95 0.8-1.3 s without, 1.3-1.6 s with).
  const client = new pg.Client({
    connectionString, connectionTimeoutMillis: options.connectTimeoutMs ?? 10_000, application_name: 'reader', options: '-c max_parallel_workers_per_gather=0',
  });
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
  return new PostgresStore(client, () => lost, options.analysisVersion ?? 'unversioned', scopeOf(options.roots ?? null), connectionString, options.roots ?? null, options);
}

async function checkSchema(client: pg.Client, mode: 'read' | 'write'): Promise<void> {
  const table = await client.query<{ found: boolean }>(`SELECT to_regclass('reader.meta') IS NOT NULL AS found`);
  const version = table.rows[0]?.found ? ((await client.query<{ value: string }>(`SELECT value FROM reader.meta WHERE key = 'schema'`)).rows[0]?.value ?? null) : null;
  if (version !== null && Number(version) !== POSTGRES_SCHEMA_VERSION) throw new ArchiveSchemaError(`the archive on the server has tables of version ${version}, this reader uses ${POSTGRES_SCHEMA_VERSION}`);
  if (version !== null) {
    // A server made before the answers table has its other tables: the next indexer adds it.
    if (mode === 'write') await client.query(ANSWERS_SCHEMA);
    return;
  }
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

/**
 * A tsvector keeps word positions up to 16,383 (phrases need them) and words up to 2,047 bytes: a
 * unit past either is kept without words (NULL), and every query takes it as a candidate.
 */
const MAX_WORDS = 8_000;
const MAX_WORD = 1_000;

/**
 * The words of a unit as the server is given them: its own, and a quote's speaker's after the mark
 * (which keeps a phrase from running across), or nulls when a tsvector cannot hold them faithfully.
 */
function indexable({ words, speaker }: { words: readonly string[]; speaker: readonly string[] }): { text: string | null; speaker: string | null } {
  const all = speaker.length ? [...words, GAP_MARK, ...speaker] : words;
  if (all.length > MAX_WORDS || all.some((w) => w.length > MAX_WORD)) return { text: null, speaker: null };
  return { text: words.join(' '), speaker: speaker.length ? [GAP_MARK, ...speaker].join(' ') : null };
}

/** Paths in the archive's order (positions are indexes into it), with their `ord`, to ask for units by place. */
interface ArchiveOrder {
  readonly paths: string[];
  readonly ords: number[];
  readonly positionOf: Map<string, number>;
  /** The archive's generation the order was read at; null for an empty archive. */
  readonly generation: number | null;
  /** Whether the index alone answers exact queries: asked on the first one. */
  exact?: Promise<boolean>;
}

class PostgresStore implements PostgresArchive {
  constructor(
    private readonly client: pg.Client,
    /** Why the connection broke while idle: pg's next query says only that it is "not queryable". */
    private readonly lostBecause: () => Error | null,
    private readonly analysisVersion: string,
    private readonly scope: Scope,
    /** For the second connection that cancels a request given up. */
    private readonly connectionString: string,
    roots: readonly string[] | null,
    options: Pick<PostgresStoreOptions, 'answerCache' | 'keepAnswersAfterMs'>,
  ) {
    const query = <T extends pg.QueryResultRow>(text: string, values?: unknown[]) => this.query<T>(text, values);
    this.people = new PostgresPeople(query, roots === null ? '*' : JSON.stringify(scope.params), (first) => scope.sql(first), scope.params, analysisVersion);
    this.kept = new KeptAnswers((config, signal) => this.query(config, undefined, signal), options.answerCache !== false, options.keepAnswersAfterMs ?? 10);
  }

  private readonly people: PostgresPeople;

  /** Paths in the archive's order (positions are indexes into it), read once after each write by this store. */
  private order: ArchiveOrder | null = null;
  /** The last request sent: the next goes after it (and after any cancel of it). */
  private turn: Promise<unknown> = Promise.resolve();
  /** The server process behind `client`, to cancel its request; asked on the first request that can be given up. */
  private pid: number | null = null;
  /** The second connection, opened on the first cancel. */
  private control: Promise<pg.Client> | null = null;

  /** Costly index answers, looked up and kept for every reader of the archive. */
  private readonly kept: KeptAnswers;

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
      const before = await this.query<{ path: string; hash: string; analysis_version: string | null }>(
        'SELECT path, hash, analysis_version FROM reader.articles WHERE path = ANY($1::text[]) FOR UPDATE', [paths],
      );
      const known = new Map(latest.map((i) => [i.stamp.path, `${i.stamp.hash} ${i.analysis ? this.analysisVersion : ''}`]));
      const same = new Set(before.rows.filter((r) => known.get(r.path) === `${r.hash} ${r.analysis_version ?? ''}`).map((r) => r.path));
      await this.query(UPSERT, articleColumns(latest, this.analysisVersion));
      await this.people.sources(latest.map((i) => ({ path: i.stamp.path, row: i.analysis ? sourceRowOf(i.article.section, i.analysis.quotes, i.analysis.entities) : null })));
      await this.people.changed();
      // Search rows are made again only for new or changed text or analysis: the same sent again leaves them be, but for its place.
      const orderOf = new Map(latest.map((i) => [i.stamp.path, i.order]));
      if (same.size > 0) await this.query(MOVE_UNITS, [[...same], [...same].map((path) => orderOf.get(path)!)]);
      const changed = latest.filter((i) => !same.has(i.stamp.path));
      if (changed.length === 0) return;
      await this.query('DELETE FROM reader.units WHERE path = ANY($1::text[])', [changed.map((i) => i.stamp.path)]);
      const cells = { path: [] as string[], slot: [] as number[], kind: [] as number[], ord: [] as number[], words: [] as (string | null)[], speaker: [] as (string | null)[] };
      for (const { stamp, order, article, analysis } of changed) {
        unitWords(article, analysis).forEach((unit, slot) => {
          const { text, speaker } = indexable(unit);
          cells.path.push(stamp.path);
          cells.slot.push(slot);
          cells.kind.push(unit.kind);
          cells.ord.push(order);
          cells.words.push(text);
          cells.speaker.push(speaker);
        });
      }
      // The speaker's words after the unit's own, weight A (a tsvector concatenated goes on after the last position).
      await this.query(
        `INSERT INTO reader.units (path, slot, kind, ord, words)
         SELECT p, s, k, o, CASE WHEN sp IS NULL THEN to_tsvector('reader.search', w) ELSE to_tsvector('reader.search', w) || setweight(to_tsvector('reader.search', sp), 'A') END
         FROM unnest($1::text[], $2::int[], $3::int2[], $4::int[], $5::text[], $6::text[]) AS u (p, s, k, o, w, sp)`,
        [cells.path, cells.slot, cells.kind, cells.ord, cells.words, cells.speaker],
      );
    });
  }

  async reorder(order: ReadonlyMap<string, number>): Promise<void> {
    this.resume = null;
    this.order = null;
    if (order.size === 0) return;
    const places = [[...order.keys()], [...order.values()]];
    await this.transaction(async () => {
      const moved = await this.query('UPDATE reader.articles a SET ord = o.ord FROM unnest($1::text[], $2::int[]) AS o (path, ord) WHERE a.path = o.path AND a.ord <> o.ord', places);
      await this.query(MOVE_UNITS, places);
      if (moved.rowCount) await this.people.changed();
    });
  }

  async remove(paths: readonly string[]): Promise<void> {
    this.resume = null;
    this.order = null;
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

  async candidates(query: CandidateQuery | null, signal?: AbortSignal): Promise<Int32Array> {
    const { paths, positionOf } = await this.archiveOrder(signal);
    const text = query ? tsqueryText(query) : null;
    if (text === null || query === null) return Int32Array.from(paths, (_, i) => i);
    const { rows } = await this.query<{ path: string }>({
      name: 'reader-candidates',
      text: 'SELECT DISTINCT path FROM reader.units WHERE words @@ $1::tsquery AND kind = ANY($2::int2[]) UNION SELECT path FROM reader.units WHERE words IS NULL',
      values: [text, kindsOf(query)],
    }, undefined, signal);
    const positions = new Int32Array(rows.length);
    rows.forEach((row, i) => (positions[i] = positionOf.get(row.path) ?? -1));
    return positions.sort().filter((p) => p >= 0);
  }

  async unitsMatching(query: CandidateQuery, positions: ArrayLike<number>, signal?: AbortSignal): Promise<(readonly number[] | null)[]> {
    const { paths } = await this.archiveOrder(signal);
    const wanted = Array.from(positions, (p) => paths[p]!);
    const text = tsqueryText(query);
    if (text === null || wanted.length === 0) return wanted.map(() => null);
    const { rows } = await this.query<{ path: string; slot: number }>({
      name: 'reader-units-matching',
      text: 'SELECT path, slot FROM reader.units WHERE path = ANY($1::text[]) AND ((words @@ $2::tsquery AND kind = ANY($3::int2[])) OR words IS NULL)',
      values: [wanted, text, kindsOf(query)],
    }, undefined, signal);
    const slots = new Map<string, number[]>(wanted.map((path) => [path, []]));
    for (const row of rows) slots.get(row.path)?.push(row.slot);
    return wanted.map((path) => slots.get(path)!);
  }

  /** Units are walked in order when a word is common, so a one-letter prefix costs no more than a word. */
  readonly exactShortPrefixes = true;

  /** The archive's order and the query's tsquery, when the index alone answers it exactly; else null. */
  private async exactlyAnswered(query: ExactQuery, signal?: AbortSignal): Promise<{ order: ArchiveOrder; text: string } | null> {
    const order = await this.archiveOrder(signal);
    const text = exactTsquery(query);
    // Asked again after a request given up, never kept as an error.
    order.exact ??= this.indexIsExact(signal).catch((error: unknown) => {
      order.exact = undefined;
      throw error;
    });
    return text !== null && (await order.exact) ? { order, text } : null;
  }

  async exactCount(query: ExactQuery, cap: number, signal?: AbortSignal): Promise<UnitCount | null> {
    const exact = await this.exactlyAnswered(query, signal);
    if (!exact || exact.order.generation === null) return null;
    const { order, text } = exact;
    const key = this.kept.usable ? answerKey(['count', order.generation, this.scope.params, this.analysisVersion, text, kindsOf(query), cap]) : null;
    const kept = key ? await this.kept.lookup(key, signal) : null;
    if (kept) return { units: kept[0]!, articles: kept[1]!, lastKey: kept[2]! < 0 ? null : kept[2]! };
    const started = performance.now();
    // Counted on the server: the units in the archive's order up to cap + 1, their articles, and the
    // last one's place, instead of every key sent over. Walking the units in order and checking each
    // one's words costs far more per row than the planner thinks: below about 100,000 matches, reading
    // the matches from the GIN index and sorting them is 2-3 times quicker (`gover`, 56,000 units at
    // 100k articles: 188 ms walked, 61 ms sorted), above it the walk (`g`: 22 ms against 620 ms).
    // `ord + 0` keeps the btree's order from being used, so the sort it is. (The estimate costs about
    // a millisecond, a prefix of one letter too.)
    const sorted = Number.isFinite(cap) && (await this.estimatedMatches(text, signal)) <= SORT_BELOW;
    const { rows } = await this.query<{ units: number; articles: number; path: string | null; slot: number | null; generation: string }>({
      text: `WITH m AS (SELECT ord, path, slot FROM reader.units WHERE words @@ $1::tsquery AND kind = ANY($2::int2[]) AND ${this.scope.sql(4)} ORDER BY ord${sorted ? ' + 0' : ''}, path, slot LIMIT $3),
        last AS (SELECT path, slot FROM m ORDER BY ord DESC, path DESC, slot DESC LIMIT 1)
        SELECT (SELECT count(*) FROM m)::int AS units, (SELECT count(DISTINCT path) FROM m)::int AS articles,
          (SELECT path FROM last) AS path, (SELECT slot FROM last) AS slot, (SELECT value FROM reader.meta WHERE key = 'generation') AS generation`,
      values: [text, kindsOf(query), Number.isFinite(cap) ? cap + 1 : null, ...this.scope.params],
    }, undefined, signal);
    const row = rows[0]!;
    const position = row.path === null ? null : order.positionOf.get(row.path);
    // Written to since the order was read: the places may not hold, so the keys are asked for instead.
    if (Number(row.generation) !== order.generation || position === undefined) return null;
    const count: UnitCount = { units: row.units, articles: row.articles, lastKey: position === null ? null : position * UNIT_KEY + row.slot! };
    if (key) void this.kept.keep(key, order.generation, [count.units, count.articles, count.lastKey ?? -1], performance.now() - started);
    return count;
  }

  /** The planner's estimate of the units holding these words, from the GIN index's statistics. */
  private async estimatedMatches(text: string, signal?: AbortSignal): Promise<number> {
    const { rows } = await this.query<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>({
      text: 'EXPLAIN (FORMAT JSON) SELECT 1 FROM reader.units WHERE words @@ $1::tsquery', values: [text],
    }, undefined, signal);
    return rows[0]?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? Number.POSITIVE_INFINITY;
  }

  async exactUnits(query: ExactQuery, from: number, through: number, limit: number, signal?: AbortSignal): Promise<number[] | null> {
    const exact = await this.exactlyAnswered(query, signal);
    if (!exact) return null;
    const { order, text } = exact;
    const { paths, ords, positionOf } = order;
    const first = Math.floor(from / UNIT_KEY);
    const last = Math.min(paths.length - 1, Math.floor(through / UNIT_KEY));
    if (first > last || limit <= 0) return [];
    const lastSlot = last < Math.floor(through / UNIT_KEY) ? UNIT_KEY - 1 : through % UNIT_KEY;
    // Keys are places in this order, the same for every reader of these roots at its generation.
    const key = this.kept.usable && order.generation !== null ? answerKey([order.generation, this.scope.params, this.analysisVersion, text, kindsOf(query), from, through, limit]) : null;
    const kept = key ? await this.kept.lookup(key, signal) : null;
    if (kept) return kept;
    const started = performance.now();
    // Units from the first key's to the last's in the archive's order, by the btree on (ord, path, slot).
    // Not a named statement: planned for its own words each time, as a common word wants the btree
    // walked in order and a rare one the GIN index (a generic plan would pick one for all). `ord
    // BETWEEN` says the same as the row bounds, in a form the planner can size: the rest of one
    // article is then a few rows of the btree, not a GIN scan of the whole archive.
    const { rows } = await this.query<{ path: string; slot: number }>({
      text: `SELECT path, slot FROM reader.units
        WHERE (ord, path, slot) >= ($1, $2, $3) AND (ord, path, slot) <= ($4, $5, $6) AND ord BETWEEN $1 AND $4
          AND words @@ $7::tsquery AND kind = ANY($8::int2[]) AND ${this.scope.sql(10)}
        ORDER BY ord, path, slot LIMIT $9`,
      values: [ords[first], paths[first], from % UNIT_KEY, ords[last], paths[last], lastSlot, text, kindsOf(query), Number.isFinite(limit) ? limit : null, ...this.scope.params],
    }, undefined, signal);
    const keys: number[] = [];
    for (const { path, slot } of rows) {
      // A path another writer added since the order was read has no position: it is passed over.
      const position = positionOf.get(path);
      if (position !== undefined) keys.push(position * UNIT_KEY + slot);
    }
    // Kept after the answer is given (the next request waits behind it, about a millisecond).
    if (key) void this.kept.keep(key, order.generation!, keys, performance.now() - started);
    return keys;
  }

  /**
   * Whether the vectors say exactly what the matcher would find: no unit kept without words, and no
   * analysis made by other rules (its quotes would be searched, where the matcher reads none).
   */
  private async indexIsExact(signal?: AbortSignal): Promise<boolean> {
    const { rows } = await this.query<{ exact: boolean }>({
      name: 'reader-index-exact',
      text: `SELECT NOT EXISTS (SELECT 1 FROM reader.units WHERE words IS NULL AND ${this.scope.sql(2)})
        AND NOT EXISTS (SELECT 1 FROM reader.articles WHERE analysis_version <> $1 AND ${this.scope.sql(2)}) AS exact`,
      values: [this.analysisVersion, ...this.scope.params],
    }, undefined, signal);
    return rows[0]!.exact;
  }

  async articlesAt(positions: ArrayLike<number>, signal?: AbortSignal): Promise<StoredArticle[]> {
    const { paths } = await this.archiveOrder(signal);
    const wanted = Array.from(positions, (p) => paths[p]!);
    const { rows } = await this.query<ArticleRow>({
      name: 'reader-articles-at', text: `SELECT ${ARTICLE_COLUMNS} FROM reader.articles WHERE path = ANY($1::text[])`, values: [wanted],
    }, undefined, signal);
    const byPath = new Map(rows.map((row) => [row.path, row]));
    return wanted.map((path) => this.storedArticle(byPath.get(path)!));
  }

  async wordCounts(signal?: AbortSignal): Promise<Map<string, number>> {
    // ts_stat reads every vector: slow on a large archive, so the engine asks once (for "did you mean" only).
    const { rows } = await this.query<{ word: string; ndoc: number }>({
      name: 'reader-word-counts', text: `SELECT word, ndoc FROM ts_stat('SELECT words FROM reader.units WHERE words IS NOT NULL')`,
    }, undefined, signal);
    const counts = new Map<string, number>();
    for (const { word, ndoc } of rows) {
      const counted = vocabularyWord(word);
      if (counted) counts.set(counted, (counts.get(counted) ?? 0) + ndoc);
    }
    return counts;
  }

  /** Paths in the archive's order, as `list` gives them. */
  private async archiveOrder(signal?: AbortSignal): Promise<ArchiveOrder> {
    if (this.order) return this.order;
    // The generation in the same snapshot as the rows: the order is the one at that generation.
    const { rows } = await this.query<{ path: string; ord: number; generation: string }>({
      name: 'reader-archive-order',
      text: `SELECT path, ord, (SELECT value FROM reader.meta WHERE key = 'generation') AS generation FROM reader.articles WHERE ${this.scope.sql(1)} ORDER BY ord, path`,
      values: [...this.scope.params],
    }, undefined, signal);
    const paths = rows.map((r) => r.path);
    const generation = rows[0] ? Number(rows[0].generation) : null;
    return (this.order = { paths, ords: rows.map((r) => r.ord), positionOf: new Map(paths.map((path, i) => [path, i])), generation });
  }

  async close(): Promise<void> {
    const control = this.control;
    this.control = null;
    if (control) await control.then((c) => c.end(), () => {});
    await this.client.end();
  }

  /**
   * Sends a request after the ones before it. With a signal, it is not sent once aborted, and one
   * already running is cancelled on the server: it then rejects with the signal's reason.
   */
  private query<T extends pg.QueryResultRow>(query: string | pg.QueryConfig, values?: unknown[], signal?: AbortSignal): Promise<pg.QueryResult<T>> {
    const run = this.turn.then(async () => {
      signal?.throwIfAborted();
      if (signal && this.pid === null) this.pid = (await this.client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
      let cancelled: Promise<void> | null = null;
      const cancel = () => (cancelled = this.cancelRunning());
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        return await this.client.query<T>(query, values);
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        throw this.lostBecause() ?? error;
      } finally {
        signal?.removeEventListener('abort', cancel);
        // The next request waits for the cancel: sent after it, it could be the one cancelled.
        if (cancelled) await cancelled;
      }
    });
    this.turn = run.catch(() => {});
    return run;
  }

  /** Cancels whatever this store's connection is running, from the second connection; never fails. */
  private async cancelRunning(): Promise<void> {
    try {
      this.control ??= (async () => {
        const control = new pg.Client({ connectionString: this.connectionString, application_name: 'reader (cancel)' });
        control.on('error', () => {});
        await control.connect();
        return control;
      })();
      const control = await this.control;
      await control.query('SELECT pg_cancel_backend($1)', [this.pid]);
    } catch {
      // Without a second connection the request runs on, and its answer is dropped when it comes.
      this.control = null;
    }
  }

  private async transaction(work: () => Promise<void>): Promise<void> {
    this.resume = null;
    this.order = null;
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

/** Below this many matching units (as the planner estimates), a count sorts the matches rather than walk the archive. */
const SORT_BELOW = 100_000;

/** Units follow their article's place: ord set again for the paths given. */
const MOVE_UNITS = 'UPDATE reader.units u SET ord = o.ord FROM unnest($1::text[], $2::int[]) AS o (path, ord) WHERE u.path = o.path AND u.ord <> o.ord';

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
