// The store on disk: one SQLite file per archive, through better-sqlite3 (synchronous, and the
// fastest SQLite binding for Node measured by its authors). WAL lets two readers share it; every
// write is one transaction, so a kill -9 leaves the last whole batch. Paragraphs also go into an
// FTS5 index (unicode61, accents removed, prefix indexes) for searching at scale.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Analysis, Article } from '../article.js';
import { packAnalysis, unpackAnalysis } from './analysis-packing.js';
import type { ArchiveStore, FileStamp, StoredArticle } from './archive-store.js';

/** Version of the tables: a store of another version is set aside and built again. */
export const SCHEMA_VERSION = 2;

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
  paragraphs TEXT NOT NULL,
  boilerplate TEXT NOT NULL,
  analysis TEXT,
  analysis_version TEXT,
  quotes INTEGER
);
CREATE INDEX IF NOT EXISTS articles_ord ON articles (ord);
CREATE VIRTUAL TABLE IF NOT EXISTS paragraph_text USING fts5 (text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
`;

/** Paragraphs a single article may index: the FTS rowid is the article id times this plus the paragraph. */
const PARAGRAPH_SLOTS = 1 << 16;

/** An opened store, and a line to tell the user when the file had to be set aside. */
export interface OpenedStore {
  readonly store: ArchiveStore;
  readonly notice: string | null;
}

/**
 * Opens (or creates) the store at `file`. A damaged file, or one of another schema version, is
 * renamed aside (`.damaged-<time>`) and a new one built: the store is a cache of the files.
 * `analysisVersion` names today's rules: an analysis stored by others counts as missing.
 */
export function openSqliteStore(file: string, analysisVersion = 'unversioned'): OpenedStore {
  mkdirSync(dirname(file), { recursive: true });
  try {
    return { store: open(file, analysisVersion), notice: null };
  } catch (error) {
    if (!existsSync(file)) throw error;
    const aside = `${file}.damaged-${Date.now()}`;
    renameSync(file, aside);
    for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
    const reason = error instanceof Error ? error.message : String(error);
    return { store: open(file, analysisVersion), notice: `store ${file} could not be used (${reason}): set aside as ${aside}, building it again from the files` };
  }
}

function open(file: string, analysisVersion: string): ArchiveStore {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    // Reading the file's pages proves it is a database at all (a scribbled file fails here).
    const integrity = db.pragma('quick_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`integrity check: ${String(integrity)}`);
    db.exec(SCHEMA);
    const version = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get('schema') as string | undefined;
    if (version === undefined) db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('schema', String(SCHEMA_VERSION));
    else if (Number(version) !== SCHEMA_VERSION) throw new Error(`schema version ${version}, this reader writes ${SCHEMA_VERSION}`);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteStore(db, analysisVersion);
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
  paragraphs: string;
  boilerplate: string;
  analysis: string | null;
  analysis_version: string | null;
}

class SqliteStore implements ArchiveStore {
  private readonly insert: Database.Statement;
  private readonly deleteText: Database.Statement;
  private readonly insertText: Database.Statement;
  private readonly idOf: Database.Statement;
  private readonly paragraphCount: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly analysisVersion: string,
  ) {
    this.insert = db.prepare(`
      INSERT INTO articles (path, ord, size, mtime, hash, title, section, byline, words, minutes, paragraphs, boilerplate, analysis, analysis_version, quotes)
      VALUES (@path, @ord, @size, @mtime, @hash, @title, @section, @byline, @words, @minutes, @paragraphs, @boilerplate, @analysis, @analysisVersion, @quotes)
      ON CONFLICT (path) DO UPDATE SET ord = excluded.ord, size = excluded.size, mtime = excluded.mtime, hash = excluded.hash,
        title = excluded.title, section = excluded.section, byline = excluded.byline, words = excluded.words, minutes = excluded.minutes,
        paragraphs = excluded.paragraphs, boilerplate = excluded.boilerplate, analysis = excluded.analysis,
        analysis_version = excluded.analysis_version, quotes = excluded.quotes`);
    this.idOf = db.prepare('SELECT id FROM articles WHERE path = ?').pluck();
    this.deleteText = db.prepare('DELETE FROM paragraph_text WHERE rowid = ?');
    this.paragraphCount = db.prepare('SELECT json_array_length(paragraphs) FROM articles WHERE id = ?').pluck();
    this.insertText = db.prepare('INSERT INTO paragraph_text (rowid, text) VALUES (?, ?)');
  }

  stamps(): Map<string, FileStamp> {
    const rows = this.db.prepare('SELECT path, size, mtime, hash FROM articles').all() as Pick<Row, 'path' | 'size' | 'mtime' | 'hash'>[];
    return new Map(rows.map((r) => [r.path, { path: r.path, size: r.size, mtimeMs: r.mtime, hash: r.hash }]));
  }

  put(items: readonly StoredArticle[]): void {
    this.db.transaction(() => {
      for (const { stamp, order, article, analysis } of items) {
        const known = this.idOf.get(stamp.path) as number | undefined;
        const oldParagraphs = known === undefined ? 0 : (this.paragraphCount.get(known) as number);
        this.insert.run({
          path: stamp.path, ord: order, size: stamp.size, mtime: stamp.mtimeMs, hash: stamp.hash,
          title: article.title, section: article.section, byline: article.byline, words: article.words, minutes: article.readingMinutes,
          paragraphs: JSON.stringify(article.paragraphs), boilerplate: JSON.stringify(article.boilerplate),
          analysis: analysis ? JSON.stringify(packAnalysis(analysis)) : null, analysisVersion: analysis ? this.analysisVersion : null, quotes: analysis ? analysis.quotes.length : null,
        });
        const id = known ?? (this.idOf.get(stamp.path) as number);
        // Only an article stored before has old paragraphs to take out of the index, one row each (a
        // range delete scans the whole FTS table).
        for (let p = 0; p < Math.min(oldParagraphs, PARAGRAPH_SLOTS); p++) this.deleteText.run(id * PARAGRAPH_SLOTS + p);
        article.paragraphs.slice(0, PARAGRAPH_SLOTS).forEach((text, p) => this.insertText.run(id * PARAGRAPH_SLOTS + p, text));
      }
    })();
  }

  reorder(order: ReadonlyMap<string, number>): void {
    const update = this.db.prepare('UPDATE articles SET ord = ? WHERE path = ? AND ord != ?');
    this.db.transaction(() => {
      for (const [path, position] of order) update.run(position, path, position);
    })();
  }

  remove(paths: readonly string[]): void {
    const drop = this.db.prepare('DELETE FROM articles WHERE id = ?');
    this.db.transaction(() => {
      for (const path of paths) {
        const id = this.idOf.get(path) as number | undefined;
        if (id === undefined) continue;
        const count = this.paragraphCount.get(id) as number;
        for (let p = 0; p < Math.min(count, PARAGRAPH_SLOTS); p++) this.deleteText.run(id * PARAGRAPH_SLOTS + p);
        drop.run(id);
      }
    })();
  }

  unanalysed(): string[] {
    return this.db.prepare('SELECT path FROM articles WHERE analysis IS NULL OR analysis_version IS NOT ? ORDER BY ord').pluck().all(this.analysisVersion) as string[];
  }

  count(): number {
    return this.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
  }

  list(offset: number, limit: number) {
    const rows = this.db.prepare('SELECT path, title, section, words, minutes, quotes FROM articles ORDER BY ord, path LIMIT ? OFFSET ?').all(limit, offset) as
      (Pick<Row, 'path' | 'title' | 'section' | 'words' | 'minutes'> & { quotes: number | null })[];
    return rows.map((r) => ({ path: r.path, title: r.title, section: r.section, words: r.words, readingMinutes: r.minutes, quotes: r.quotes }));
  }

  get(path: string): StoredArticle | null {
    const row = this.db.prepare('SELECT * FROM articles WHERE path = ?').get(path) as Row | undefined;
    if (!row) return null;
    const article: Article = {
      path: row.path, title: row.title, byline: row.byline, section: row.section,
      paragraphs: JSON.parse(row.paragraphs) as string[], boilerplate: JSON.parse(row.boilerplate) as string[], words: row.words, readingMinutes: row.minutes,
    };
    const analysis = row.analysis !== null && row.analysis_version === this.analysisVersion ? unpackAnalysis(JSON.parse(row.analysis) as Analysis, article.paragraphs) : null;
    return { stamp: { path: row.path, size: row.size, mtimeMs: row.mtime, hash: row.hash }, order: row.ord, article, analysis };
  }

  close(): void {
    this.db.close();
  }
}

