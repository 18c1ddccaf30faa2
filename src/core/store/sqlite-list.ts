// The list window's reads from SQLite, from the articles_list index wherever they can: a row's
// analysis version sits after its text, so reading list entries row by row reads the articles (a
// page of 256 at a million: 7-32 ms by id, about 1 ms as a run from the index).
import type Database from 'better-sqlite3';
import type { IdentifiedSummary, ListSource, SectionSlice, SliceCursor } from './list-source.js';

interface SummaryRow {
  id: number;
  path: string;
  title: string;
  section: string | null;
  words: number;
  minutes: number;
  quotes: number | null;
  fresh: number;
}

/** The list source over one connection; `analysisVersion` names today's rules. */
export class SqliteList implements Omit<ListSource, 'count'> {
  private readonly byId: Database.Statement;
  private readonly first: Database.Statement;
  private readonly after: Database.Statement;
  private readonly id: Database.Statement;
  private readonly exists: Database.Statement;
  private readonly page: Database.Statement;
  private readonly position: Database.Statement;
  private readonly place: Database.Statement;
  private readonly from: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    analysisVersion: string,
  ) {
    const fresh = `(quotes IS NOT NULL AND analysis_version IS '${analysisVersion.replace(/'/g, "''")}')`;
    const summaryColumns = `id, path, title, section, words, minutes, quotes, ${fresh} AS fresh`;
    this.byId = db.prepare(`SELECT ${summaryColumns} FROM articles WHERE id = ?`);
    this.page = db.prepare(`SELECT ${summaryColumns} FROM articles ORDER BY ord, path LIMIT ? OFFSET ?`);
    this.place = db.prepare('SELECT ord, path FROM articles WHERE id = ?');
    this.from = db.prepare(`SELECT ${summaryColumns} FROM articles WHERE (ord, path) >= (?, ?) ORDER BY ord, path LIMIT ?`);
    // Two counts, each read from the ord index: one OR'd condition scans the whole table.
    this.position = db
      .prepare('SELECT (SELECT count(*) FROM articles WHERE ord < b.ord) + (SELECT count(*) FROM articles WHERE ord = b.ord AND path < b.path) FROM articles b WHERE b.path = ?')
      .pluck();
    const columns = `id, section, ${fresh}, ord, path`;
    this.first = db.prepare(`SELECT ${columns} FROM articles ORDER BY ord, path LIMIT ?`).raw();
    this.after = db.prepare(`SELECT ${columns} FROM articles WHERE (ord, path) > (?, ?) ORDER BY ord, path LIMIT ?`).raw();
    this.id = db.prepare('SELECT id FROM articles WHERE path = ?').pluck();
    this.exists = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
  }

  listPage(offset: number, limit: number): IdentifiedSummary[] {
    return (this.page.all(limit, offset) as SummaryRow[]).map(summary);
  }

  positionOfPath(path: string): number | null {
    return (this.position.get(path) as number | null | undefined) ?? null;
  }

  orderIds(): Int32Array {
    return Int32Array.from(this.db.prepare('SELECT id FROM articles ORDER BY ord, path').pluck().all() as number[]);
  }

  summariesOf(ids: ArrayLike<number>): (IdentifiedSummary | null)[] {
    // The ids asked for are mostly a run in the archive's order: read from the index from the first
    // one's place, and only those not found there (moved, or written since) by id.
    const first = ids.length ? (this.place.get(ids[0]!) as { ord: number; path: string } | undefined) : undefined;
    const run = first ? (this.from.all(first.ord, first.path, ids.length) as SummaryRow[]) : [];
    const found = new Map(run.map((r) => [r.id, r]));
    return Array.from(ids, (id) => {
      const r = found.get(id) ?? (this.byId.get(id) as SummaryRow | undefined);
      return r ? summary(r) : null;
    });
  }

  sectionSlice(from: SliceCursor | null, limit: number): SectionSlice {
    const rows = (from ? this.after.all(from.ord, from.path, limit) : this.first.all(limit)) as [number, string | null, number, number, string][];
    const last = rows.at(-1);
    return {
      ids: rows.map((r) => r[0]),
      paths: rows.map((r) => r[4]),
      sections: rows.map((r) => r[1]),
      analysed: rows.map((r) => r[2] === 1),
      next: last && rows.length === limit ? { ord: last[3], path: last[4] } : null,
    };
  }

  stored(ids: readonly number[]): boolean[] {
    return ids.map((id) => this.exists.get(id) !== undefined);
  }

  idOf(path: string): number | null {
    return (this.id.get(path) as number | undefined) ?? null;
  }
}

function summary(r: SummaryRow): IdentifiedSummary {
  return { id: r.id, path: r.path, title: r.title, section: r.section, words: r.words, readingMinutes: r.minutes, quotes: r.quotes, analysed: r.fresh === 1 };
}
