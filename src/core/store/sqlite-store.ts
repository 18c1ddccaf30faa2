// The store on disk: one SQLite file per archive, through better-sqlite3 (synchronous, and the
// fastest SQLite binding for Node measured by its authors). WAL lets two readers share it; every
// write is one transaction, so a kill -9 leaves the last whole batch. Every searchable unit (title,
// paragraphs, quotes with their speakers, facts) also goes into an FTS5 index (unicode61, accents
// removed, prefix indexes) as the words our folding sees, to find the articles a query may match.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Article } from '../article.js';
import type { CandidateQuery } from '../search/candidate-query.js';
import { vocabularyWord } from '../search/vocabulary.js';
import type { ListSource, SliceCursor } from './list-source.js';
import { SqliteList } from './sqlite-list.js';
import { readBody, storedRowOf, unitRows } from './stored-row.js';
import type { ArchiveStore, FileStamp, StampLookup, StoredArticle } from './archive-store.js';
import type { ExactQuery } from '../search/exact-query.js';
import { exactExpression, ftsExpression, UNIT_COLUMNS } from './fts-query.js';
import type { KeptTables, PeopleSourceVisitor } from './people-tables.js';
import { PEOPLE_SCHEMA, SqlitePeople } from './sqlite-people.js';

/** Version of the tables: a store of another version is deleted and built again. */
export const SCHEMA_VERSION = 7;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL UNIQUE,
  ord INTEGER NOT NULL,
  size INTEGER NOT NULL,
  mtime REAL NOT NULL,
  hash TEXT NOT NULL,
  title TEXT NOT NULL,
  section TEXT,
  byline TEXT,
  words INTEGER NOT NULL,
  minutes INTEGER NOT NULL,
  body BLOB NOT NULL,
  analysis_version TEXT,
  quotes INTEGER,
  units INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_ord ON articles (ord);
-- The list the reader opens on, read from the index alone (not from rows that carry the text): 22k entries in 60 ms, not 160.
CREATE INDEX IF NOT EXISTS articles_list ON articles (ord, path, title, section, words, minutes, quotes, analysis_version);
CREATE INDEX IF NOT EXISTS articles_overflow ON articles (id) WHERE units > 65536;
CREATE VIRTUAL TABLE IF NOT EXISTS unit_text USING fts5 (${UNIT_COLUMNS.join(', ')}, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
-- How many units hold each word, for "did you mean".
CREATE VIRTUAL TABLE IF NOT EXISTS unit_vocab USING fts5vocab (unit_text, 'row');
-- The same counts kept after a refresh (reading unit_vocab reads the whole index: 3.5 s at 100k
-- articles), and every word of the index, stamped in meta with the generation they were read at.
CREATE TABLE IF NOT EXISTS kept_words (word TEXT PRIMARY KEY, units INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS kept_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
${PEOPLE_SCHEMA}`;

/** Words a prefix may stand for when asked as those words (see wordsStarting); past this, as a prefix. */
const MOST_WORDS = 64;

/** Units a single article may index: the FTS rowid is the article id times this plus the unit's slot. */
const UNIT_SLOTS = 1 << 16;

/** An opened store, and a line to tell the user when the file had to be set aside. */
export interface OpenedStore {
  readonly store: ArchiveStore & ListSource;
  readonly notice: string | null;
}

/**
 * Opens (or creates) the store at `file`. The store is a cache of the files, so one made by another
 * version of the tables is deleted and built again, and a damaged one is renamed aside
 * (`.damaged-<time>`, for a look at what went wrong) and built again. Only the latest damaged copy
 * is kept: at a million articles each is gigabytes.
 * `analysisVersion` names today's rules: an analysis stored by others counts as missing.
 */
export function openSqliteStore(file: string, analysisVersion = 'unversioned'): OpenedStore {
  mkdirSync(dirname(file), { recursive: true });
  try {
    return { store: open(file, analysisVersion), notice: null };
  } catch (error) {
    if (!existsSync(file)) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    if (error instanceof OtherSchemaError) {
      for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
      return { store: open(file, analysisVersion), notice: `store ${file} was made by another version of reader (${reason}): building it again from the files` };
    }
    const aside = `${file}.damaged-${Date.now()}`;
    const name = basename(file);
    for (const older of readdirSync(dirname(file))) if (older.startsWith(`${name}.damaged-`)) rmSync(join(dirname(file), older), { force: true });
    renameSync(file, aside);
    for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
    return { store: open(file, analysisVersion), notice: `store ${file} could not be used (${reason}): set aside as ${aside}, building it again from the files` };
  }
}

/** The file is a store, of another version of the tables. */
class OtherSchemaError extends Error {}

function open(file: string, analysisVersion: string): ArchiveStore & ListSource {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    // Reading the header and the schema proves it is a database at all (a scribbled file fails
    // here). A full quick_check reads every page: 2 s at 22k articles, so it is not run on open.
    db.pragma('schema_version', { simple: true });
    db.exec(SCHEMA);
    const version = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get('schema') as string | undefined;
    if (version === undefined) db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('schema', String(SCHEMA_VERSION));
    else if (Number(version) !== SCHEMA_VERSION) throw new OtherSchemaError(`schema version ${version}, this reader writes ${SCHEMA_VERSION}`);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteStore(db, analysisVersion);
}

/** The archive's order as the index sees it. */
interface ArchiveOrder {
  /** Article ids in the archive's order. */
  readonly ids: Int32Array;
  /** Position of each id (-1: none); a typed array, as a Map of a million ids takes tens of MB. */
  readonly positionOf: Int32Array;
  /** Runs of positions whose ids ascend, as [first, last]: one, unless articles were added in between others. */
  readonly runs: readonly (readonly [number, number])[];
  /** The index alone answers exact queries (see exactUnits). */
  readonly exact: boolean;
  /** kept_terms holds every word of the index as it is now. */
  readonly termsKept: boolean;
}

interface Row {
  id: number;
  path: string;
  ord: number;
  size: number;
  mtime: number;
  hash: string;
  title: string;
  section: string | null;
  byline: string | null;
  words: number;
  minutes: number;
  body: Uint8Array;
  analysis_version: string | null;
}

class SqliteStore implements ArchiveStore, ListSource {
  readonly acceptsRows = true;
  private readonly insert: Database.Statement;
  private readonly deleteText: Database.Statement;
  private readonly insertText: Database.Statement;
  private readonly idStatement: Database.Statement;
  private readonly unitCount: Database.Statement;
  /** Article ids in the archive's order, and each id's position in it; worked out again after a write. */
  private order: ArchiveOrder | null = null;
  private readonly people: SqlitePeople;
  private readonly listing: SqliteList;

  constructor(
    private readonly db: Database.Database,
    private readonly analysisVersion: string,
  ) {
    this.people = new SqlitePeople(db, analysisVersion);
    this.listing = new SqliteList(db, analysisVersion);
    this.insert = db.prepare(`
      INSERT INTO articles (path, ord, size, mtime, hash, title, section, byline, words, minutes, body, analysis_version, quotes, units)
      VALUES (@path, @ord, @size, @mtime, @hash, @title, @section, @byline, @words, @minutes, @body, @analysisVersion, @quotes, @units)
      ON CONFLICT (path) DO UPDATE SET ord = excluded.ord, size = excluded.size, mtime = excluded.mtime, hash = excluded.hash,
        title = excluded.title, section = excluded.section, byline = excluded.byline, words = excluded.words, minutes = excluded.minutes,
        body = excluded.body, analysis_version = excluded.analysis_version, quotes = excluded.quotes, units = excluded.units`);
    this.idStatement = db.prepare('SELECT id FROM articles WHERE path = ?').pluck();
    this.deleteText = db.prepare('DELETE FROM unit_text WHERE rowid = ?');
    this.unitCount = db.prepare('SELECT units FROM articles WHERE id = ?').pluck();
    this.insertText = db.prepare(`INSERT INTO unit_text (rowid, ${UNIT_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?, ?)`);
  }

  stamps(): Map<string, FileStamp> {
    // Row by row: an array of every row first would double what a million stamps hold.
    const stamps = new Map<string, FileStamp>();
    for (const [path, size, mtimeMs, hash] of this.db.prepare('SELECT path, size, mtime, hash FROM articles').raw().iterate() as Iterable<[string, number, number, string]>) {
      stamps.set(path, { path, size, mtimeMs, hash });
    }
    return stamps;
  }

  stampLookup(): StampLookup {
    const one = this.db.prepare('SELECT size, mtime, hash, ord FROM articles WHERE path = ?').raw();
    const every = this.db.prepare('SELECT path FROM articles').pluck();
    return {
      get: (path) => {
        const row = one.get(path) as [number, number, string, number] | undefined;
        return row && { path, size: row[0], mtimeMs: row[1], hash: row[2], order: row[3] };
      },
      paths: () => every.iterate() as Iterable<string>,
    };
  }

  put(items: readonly StoredArticle[]): void {
    this.order = null;
    // New articles get ids in the archive's order, so the index's rowid order is that order too
    // (one run: see ArchiveOrder), and a unit count can stop at the cap with a LIMIT.
    const inOrder = [...items].sort((a, b) => a.order - b.order || (a.stamp.path < b.stamp.path ? -1 : a.stamp.path > b.stamp.path ? 1 : 0));
    this.db.transaction(() => {
      for (const { stamp, order, article, analysis, row: prepared } of inOrder) {
        const known = this.idStatement.get(stamp.path) as number | undefined;
        const oldUnits = known === undefined ? 0 : (this.unitCount.get(known) as number);
        const row = prepared ?? storedRowOf(article, analysis);
        this.insert.run({
          path: stamp.path, ord: order, size: stamp.size, mtime: stamp.mtimeMs, hash: stamp.hash,
          title: article.title, section: article.section, byline: article.byline, words: article.words, minutes: article.readingMinutes,
          body: row.body, analysisVersion: row.quotes === null ? null : this.analysisVersion, quotes: row.quotes, units: row.unitCount,
        });
        const id = known ?? (this.idStatement.get(stamp.path) as number);
        this.people.source(id, row.source);
        // Only an article stored before has old units to take out of the index, one row each (a
        // range delete scans the whole FTS table).
        for (let slot = 0; slot < Math.min(oldUnits, UNIT_SLOTS); slot++) this.deleteText.run(id * UNIT_SLOTS + slot);
        // Units past the last slot go unindexed: such an article is always a candidate (see candidates).
        unitRows(row).slice(0, UNIT_SLOTS).forEach(([kind, words, speaker], slot) => {
          const columns: (string | null)[] = [null, null, null, null, speaker];
          columns[kind] = words;
          this.insertText.run(id * UNIT_SLOTS + slot, ...columns);
        });
      }
      if (items.length) this.people.changed();
    })();
  }

  reorder(order: ReadonlyMap<string, number>): void {
    this.order = null;
    const update = this.db.prepare('UPDATE articles SET ord = ? WHERE path = ? AND ord != ?');
    this.db.transaction(() => {
      let moved = 0;
      for (const [path, position] of order) moved += update.run(position, path, position).changes;
      if (moved) this.people.changed();
    })();
  }

  remove(paths: readonly string[]): void {
    this.order = null;
    const drop = this.db.prepare('DELETE FROM articles WHERE id = ?');
    this.db.transaction(() => {
      let removed = 0;
      for (const path of paths) {
        const id = this.idStatement.get(path) as number | undefined;
        if (id === undefined) continue;
        const count = this.unitCount.get(id) as number;
        for (let slot = 0; slot < Math.min(count, UNIT_SLOTS); slot++) this.deleteText.run(id * UNIT_SLOTS + slot);
        drop.run(id);
        this.people.source(id, null);
        removed++;
      }
      if (removed) this.people.changed();
    })();
  }

  unanalysed(): string[] {
    return this.db.prepare('SELECT path FROM articles WHERE quotes IS NULL OR analysis_version IS NOT ? ORDER BY ord').pluck().all(this.analysisVersion) as string[];
  }

  count(): number {
    return this.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  }

  list(offset: number, limit: number) {
    const rows = this.db.prepare('SELECT path, title, section, words, minutes, quotes FROM articles ORDER BY ord, path LIMIT ? OFFSET ?').all(limit, offset) as
      (Pick<Row, 'path' | 'title' | 'section' | 'words' | 'minutes'> & { quotes: number | null })[];
    return rows.map((r) => ({ path: r.path, title: r.title, section: r.section, words: r.words, readingMinutes: r.minutes, quotes: r.quotes }));
  }

  orderIds(): Int32Array {
    return this.listing.orderIds();
  }

  listPage(offset: number, limit: number) {
    return this.listing.listPage(offset, limit);
  }

  positionOfPath(path: string): number | null {
    return this.listing.positionOfPath(path);
  }

  summariesOf(ids: ArrayLike<number>) {
    return this.listing.summariesOf(ids);
  }

  sectionSlice(from: SliceCursor | null, limit: number) {
    return this.listing.sectionSlice(from, limit);
  }

  stored(ids: readonly number[]): boolean[] {
    return this.listing.stored(ids);
  }

  idOf(path: string): number | null {
    return this.listing.idOf(path);
  }

  get(path: string): StoredArticle | null {
    const row = this.db.prepare('SELECT * FROM articles WHERE path = ?').get(path) as Row | undefined;
    return row ? this.itemOf(row) : null;
  }

  candidates(query: CandidateQuery | null): Int32Array {
    const { ids, positionOf } = this.archiveOrder();
    const expression = query ? ftsExpression(query) : null;
    if (expression === null) return Int32Array.from(ids, (_, i) => i);
    const found = this.db
      .prepare('SELECT DISTINCT rowid >> 16 FROM unit_text WHERE unit_text MATCH ? UNION SELECT id FROM articles WHERE units > ?')
      .pluck()
      .all(expression, UNIT_SLOTS) as number[];
    const positions = new Int32Array(found.length);
    found.forEach((id, i) => (positions[i] = positionOf[id] ?? -1));
    return positions.sort().filter((p) => p >= 0);
  }

  unitsMatching(query: CandidateQuery, positions: ArrayLike<number>): (readonly number[] | null)[] {
    const expression = ftsExpression(query);
    const { ids } = this.archiveOrder();
    const wanted = Array.from(positions, (p) => ids[p]!);
    if (expression === null || wanted.length === 0) return wanted.map(() => null);
    // One look over the ids' range (archive order mostly follows ids), keeping those asked for.
    const low = Math.min(...wanted);
    const high = Math.max(...wanted);
    const slots = new Map<number, number[]>(wanted.map((id) => [id, []]));
    const rows = this.db.prepare('SELECT rowid FROM unit_text WHERE unit_text MATCH ? AND rowid >= ? AND rowid < ?').pluck().all(expression, low * UNIT_SLOTS, (high + 1) * UNIT_SLOTS) as number[];
    for (const rowid of rows) slots.get(Math.floor(rowid / UNIT_SLOTS))?.push(rowid % UNIT_SLOTS);
    const unindexed = new Set(this.db.prepare('SELECT id FROM articles WHERE units > ? AND id BETWEEN ? AND ?').pluck().all(UNIT_SLOTS, low, high) as number[]);
    return wanted.map((id) => (unindexed.has(id) ? null : slots.get(id)!));
  }

  exactUnits(query: ExactQuery, from: number, through: number, limit: number): number[] | null {
    const order = this.archiveOrder();
    if (!order.exact) return null;
    const { ids, positionOf, runs } = order;
    const last = Math.min(ids.length - 1, Math.floor(through / UNIT_SLOTS));
    const first = Math.floor(from / UNIT_SLOTS);
    const keys: number[] = [];
    if (first > last || limit <= 0) return keys;
    const select = this.db.prepare('SELECT rowid FROM unit_text WHERE unit_text MATCH ? AND rowid BETWEEN ? AND ? LIMIT ?').pluck();
    const expression = exactExpression(query, (prefix) => this.wordsStarting(prefix));
    if (expression === null) return keys;
    // Each run of positions whose ids ascend is one range of rowids, read in order; an id in the
    // range that belongs to a position outside the run is passed over.
    for (const [start, end] of runs) {
      if (end < first || start > last) continue;
      const low = Math.max(start, first);
      const high = Math.min(end, last);
      let fromRowid = ids[low]! * UNIT_SLOTS + (low === first ? from % UNIT_SLOTS : 0);
      const toRowid = ids[high]! * UNIT_SLOTS + (high === last && through < (last + 1) * UNIT_SLOTS ? through % UNIT_SLOTS : UNIT_SLOTS - 1);
      while (keys.length < limit && fromRowid <= toRowid) {
        const asked = Number.isFinite(limit) ? limit - keys.length : -1;
        const rowids = select.all(expression, fromRowid, toRowid, asked) as number[];
        for (const rowid of rowids) {
          const position = positionOf[Math.floor(rowid / UNIT_SLOTS)] ?? -1;
          if (position >= low && position <= high) keys.push(position * UNIT_SLOTS + (rowid % UNIT_SLOTS));
        }
        if (asked < 0 || rowids.length < asked) break;
        fromRowid = rowids[rowids.length - 1]! + 1;
      }
      if (keys.length >= limit) break;
    }
    return keys.length > limit ? keys.slice(0, limit) : keys;
  }

  /** The index's words starting with `prefix` (see WordsStarting): when kept at this generation, the prefix longer than a prefix index, and the words few. */
  private wordsStarting(prefix: string): readonly string[] | null {
    if (prefix.length <= 3) return null;
    const order = this.archiveOrder();
    if (!order.termsKept) return null;
    const next = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
    const words = this.db.prepare('SELECT term FROM kept_terms WHERE term >= ? AND term < ? LIMIT ?').pluck().all(prefix, next, MOST_WORDS + 1) as string[];
    return words.length > MOST_WORDS ? null : words;
  }

  articlesAt(positions: ArrayLike<number>): StoredArticle[] {
    const { ids } = this.archiveOrder();
    const wanted = Array.from(positions, (p) => ids[p]!);
    const rows = this.db.prepare('SELECT * FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(wanted)) as Row[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return wanted.map((id) => this.itemOf(byId.get(id)!));
  }

  keptWordCounts(): Map<string, number> | null {
    if (this.db.prepare("SELECT value FROM meta WHERE key = 'words-generation'").pluck().get() === undefined) return null;
    const rows = this.db.prepare('SELECT word, units FROM kept_words').raw().all() as [string, number][];
    return new Map(rows);
  }

  keepWordCounts(): boolean {
    const generation = this.generation();
    const kept = this.db.prepare("SELECT value FROM meta WHERE key = 'words-generation'").pluck().get() as string | undefined;
    if (kept === String(generation)) return false;
    const terms: string[] = [];
    const counts = this.wordCounts(terms);
    const insert = this.db.prepare('INSERT INTO kept_words (word, units) VALUES (?, ?)');
    const insertTerm = this.db.prepare('INSERT INTO kept_terms (term) VALUES (?)');
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM kept_words').run();
      this.db.prepare('DELETE FROM kept_terms').run();
      for (const [word, units] of counts) insert.run(word, units);
      for (const term of terms) insertTerm.run(term);
      this.db.prepare("INSERT INTO meta (key, value) VALUES ('words-generation', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(String(generation));
    })();
    this.order = null; // (its termsKept is now true)
    return true;
  }

  /** The word counts; with `terms`, every word of the index is pushed onto it too. */
  wordCounts(terms?: string[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { term, doc } of this.db.prepare('SELECT term, doc FROM unit_vocab').iterate() as Iterable<{ term: string; doc: number }>) {
      terms?.push(term);
      const word = vocabularyWord(term);
      if (word) counts.set(word, (counts.get(word) ?? 0) + doc);
    }
    return counts;
  }

  generation(): number {
    return this.people.generation();
  }

  peopleSources() {
    return this.people.sources();
  }

  eachPeopleSource(visit: PeopleSourceVisitor) {
    return this.people.eachSource(visit);
  }

  putPeopleTables(tables: KeptTables): void {
    this.people.put(tables);
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

  /** Ids in the archive's order (as list gives it), read once after each write. */
  private archiveOrder(): ArchiveOrder {
    if (this.order) return this.order;
    const ids = Int32Array.from(this.db.prepare('SELECT id FROM articles ORDER BY ord, path').pluck().all() as number[]);
    const positionOf = new Int32Array(ids.reduce((max, id) => Math.max(max, id), 0) + 1).fill(-1);
    const runs: [number, number][] = [];
    ids.forEach((id, position) => {
      positionOf[id] = position;
      if (position === 0 || id < ids[position - 1]!) runs.push([position, position]);
      else runs[runs.length - 1]![1] = position;
    });
    // The index holds what the matcher would read only when every unit of every article is in it, and
    // no article's units come from an analysis made by other rules (its quotes would be counted).
    const exact = this.db
      .prepare('SELECT NOT EXISTS (SELECT 1 FROM articles WHERE units > ?) AND NOT EXISTS (SELECT 1 FROM articles WHERE analysis_version IS NOT NULL AND analysis_version IS NOT ?)')
      .pluck()
      .get(UNIT_SLOTS, this.analysisVersion) === 1;
    const termsKept = this.db.prepare("SELECT value FROM meta WHERE key = 'words-generation'").pluck().get() === String(this.generation());
    return (this.order = { ids, positionOf, runs, exact, termsKept });
  }

  private itemOf(row: Row): StoredArticle {
    const body = readBody(row.body);
    const article: Article = {
      path: row.path, title: row.title, byline: row.byline, section: row.section,
      paragraphs: body.paragraphs, boilerplate: body.boilerplate, words: row.words, readingMinutes: row.minutes,
    };
    const analysis = row.analysis_version === this.analysisVersion ? body.analysis : null;
    return { stamp: { path: row.path, size: row.size, mtimeMs: row.mtime, hash: row.hash }, order: row.ord, article, analysis };
  }

  close(): void {
    this.db.close();
  }
}

