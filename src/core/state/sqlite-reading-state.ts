// Reading state on disk: one SQLite file for every archive (rows keyed by archive), under
// $XDG_STATE_HOME/reader, apart from the store's cache. Each write is one small transaction in WAL
// mode, so a kill -9 loses at most the write in flight, and two readers add rows rather than
// rewrite a file.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ArchiveState, ArticleState, NewBookmark, Place, ReadingState, SavedBookmark } from './reading-state.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS article_state (
  archive TEXT NOT NULL,
  path TEXT NOT NULL,
  hash TEXT NOT NULL,
  read INTEGER NOT NULL DEFAULT 0,
  paragraph INTEGER,
  offset INTEGER,
  anchor TEXT,
  updated TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (archive, path)
);
CREATE TABLE IF NOT EXISTS bookmarks (
  id INTEGER PRIMARY KEY,
  archive TEXT NOT NULL,
  path TEXT NOT NULL,
  hash TEXT NOT NULL,
  title TEXT NOT NULL,
  paragraph INTEGER NOT NULL,
  kind TEXT NOT NULL,
  text TEXT NOT NULL,
  note TEXT NOT NULL,
  created TEXT NOT NULL,
  anchor TEXT NOT NULL,
  lost INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS bookmarks_archive ON bookmarks (archive, created);
CREATE TABLE IF NOT EXISTS last_open (archive TEXT PRIMARY KEY, path TEXT NOT NULL);
`;

/** An opened state, and a line for the user when the file had to be set aside. */
export interface OpenedState {
  readonly state: ReadingState;
  readonly notice: string | null;
}

/**
 * Opens the state file for one archive (named by `archive`, a key of its real paths). A damaged file
 * is kept beside as `.damaged-<time>` for recovery, never deleted, and a new one started.
 */
export function openSqliteState(file: string, archive: string): OpenedState {
  mkdirSync(dirname(file), { recursive: true });
  try {
    return { state: open(file, archive), notice: null };
  } catch (error) {
    if (!existsSync(file) || isBusy(error)) throw error;
    const aside = `${file}.damaged-${Date.now()}`;
    renameSync(file, aside);
    for (const suffix of ['-wal', '-shm']) if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
    const reason = error instanceof Error ? error.message : String(error);
    return { state: open(file, archive), notice: `reading state ${file} could not be read (${reason}): kept as ${aside}, starting afresh` };
  }
}

function isBusy(error: unknown): boolean {
  return error instanceof Error && /SQLITE_BUSY|locked/i.test(`${(error as { code?: string }).code ?? ''} ${error.message}`);
}

function open(file: string, archive: string): ReadingState {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // FULL: a mark the user made is on disk when the write returns (the writes are few and small).
    db.pragma('synchronous = FULL');
    db.pragma('busy_timeout = 5000');
    const integrity = db.pragma('quick_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`integrity check: ${String(integrity)}`);
    db.exec(SCHEMA);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteReadingState(db, archive);
}

interface StateRow { path: string; hash: string; read: number; paragraph: number | null; offset: number | null; anchor: string | null }
interface BookmarkRow { id: number; path: string; hash: string; title: string; paragraph: number; kind: string; text: string; note: string; created: string; anchor: string; lost: number }

class SqliteReadingState implements ReadingState {
  private readonly upsertRead: Database.Statement;
  private readonly upsertPlace: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly archive: string,
  ) {
    this.upsertRead = db.prepare(`INSERT INTO article_state (archive, path, hash, read) VALUES (?, ?, ?, ?)
      ON CONFLICT (archive, path) DO UPDATE SET read = excluded.read, hash = excluded.hash, updated = excluded.updated`);
    this.upsertPlace = db.prepare(`INSERT INTO article_state (archive, path, hash, paragraph, offset, anchor) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (archive, path) DO UPDATE SET hash = excluded.hash, paragraph = excluded.paragraph, offset = excluded.offset,
        anchor = excluded.anchor, updated = excluded.updated`);
  }

  load(): ArchiveState {
    const rows = this.db.prepare('SELECT path, hash, read, paragraph, offset, anchor FROM article_state WHERE archive = ?').all(this.archive) as StateRow[];
    const articles = new Map<string, ArticleState>(rows.map((r) => [r.path, {
      path: r.path, hash: r.hash, read: r.read === 1,
      place: r.paragraph === null ? null : { paragraph: r.paragraph, offset: r.offset ?? 0, anchor: r.anchor ?? '' },
    }]));
    const marks = this.db.prepare('SELECT * FROM bookmarks WHERE archive = ? ORDER BY created, id').all(this.archive) as BookmarkRow[];
    const bookmarks = marks.map((b): SavedBookmark => ({ ...b, kind: b.kind as SavedBookmark['kind'], lost: b.lost === 1 }));
    const last = this.db.prepare('SELECT path FROM last_open WHERE archive = ?').pluck().get(this.archive) as string | undefined;
    return { articles, bookmarks, last: last ?? null };
  }

  setRead(articles: readonly { path: string; hash: string }[], read: boolean): void {
    this.db.transaction(() => {
      for (const a of articles) this.upsertRead.run(this.archive, a.path, a.hash, read ? 1 : 0);
    })();
  }

  setPlace(article: { path: string; hash: string }, place: Place): void {
    this.upsertPlace.run(this.archive, article.path, article.hash, place.paragraph, place.offset, place.anchor);
  }

  setLast(path: string): void {
    this.db.prepare('INSERT INTO last_open (archive, path) VALUES (?, ?) ON CONFLICT (archive) DO UPDATE SET path = excluded.path').run(this.archive, path);
  }

  addBookmark(b: NewBookmark): SavedBookmark {
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO bookmarks (archive, path, hash, title, paragraph, kind, text, note, created, anchor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(this.archive, b.path, b.hash, b.title, b.paragraph, b.kind, b.text, b.note, b.created, b.anchor);
    return { ...b, id: Number(lastInsertRowid), lost: false };
  }

  removeBookmark(id: number): void {
    this.db.prepare('DELETE FROM bookmarks WHERE archive = ? AND id = ?').run(this.archive, id);
  }

  move(from: string, to: string): void {
    this.db.transaction(() => {
      this.db.prepare('UPDATE OR IGNORE article_state SET path = ? WHERE archive = ? AND path = ?').run(to, this.archive, from);
      this.db.prepare('UPDATE bookmarks SET path = ? WHERE archive = ? AND path = ?').run(to, this.archive, from);
      this.db.prepare('UPDATE last_open SET path = ? WHERE archive = ? AND path = ?').run(to, this.archive, from);
    })();
  }

  updateBookmark(id: number, change: { paragraph: number; hash: string; lost: boolean }): void {
    this.db.prepare('UPDATE bookmarks SET paragraph = ?, hash = ?, lost = ? WHERE archive = ? AND id = ?').run(change.paragraph, change.hash, change.lost ? 1 : 0, this.archive, id);
  }

  close(): void {
    this.db.close();
  }
}
