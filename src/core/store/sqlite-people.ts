// The SQLite store's part for the people and names views: each article's people source in a table of
// its own (reading it from the articles rows would walk their text), the tables kept one row per
// person or name with references packed as bytes, the paths those name by position (so a person's
// few articles are looked up, not 100,000 paths read), and a generation counter in `meta` to tell
// when they are older than the archive.
import type Database from 'better-sqlite3';
import {
  packPositions, packQuotePlaces, unpackPositions, unpackQuotePlaces, unpackSource,
  type KeptName, type KeptPerson, type KeptRows, type KeptTables, type PeopleSourceRow, type PeopleSources, type PeopleSourcesRead,
  type PeopleSourceVisitor, type QuotePlace,
} from './people-tables.js';

/** The tables, made with the store's others. */
export const PEOPLE_SCHEMA = `
CREATE TABLE IF NOT EXISTS people_sources (id INTEGER PRIMARY KEY, source TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS kept_people (
  rank INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, quotes INTEGER NOT NULL, articles INTEGER NOT NULL,
  sections TEXT NOT NULL, forms TEXT NOT NULL, search TEXT NOT NULL, refs BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS kept_paths (position INTEGER PRIMARY KEY, path TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS kept_names (
  rank INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, articles INTEGER NOT NULL, mentions INTEGER NOT NULL,
  forms TEXT NOT NULL, search TEXT NOT NULL, refs BLOB NOT NULL
);
`;

/** The people side of one SQLite store. */
export class SqlitePeople {
  private readonly setSource: Database.Statement;
  private readonly dropSource: Database.Statement;
  private readonly bump: Database.Statement;
  private readonly meta: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    /** Today's analysis rules: a source made by others is as good as none. */
    private readonly analysisVersion: string,
  ) {
    this.setSource = db.prepare('INSERT OR REPLACE INTO people_sources (id, source) VALUES (?, ?)');
    this.dropSource = db.prepare('DELETE FROM people_sources WHERE id = ?');
    this.bump = db.prepare(`INSERT INTO meta (key, value) VALUES ('generation', '1') ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1`);
    this.meta = db.prepare('SELECT value FROM meta WHERE key = ?').pluck();
  }

  /** Records (or, with null, forgets) the article's source, packed (see packSource); inside the caller's transaction. */
  source(id: number, packed: string | null): void {
    if (packed !== null) this.setSource.run(id, packed);
    else this.dropSource.run(id);
  }

  /** The archive changed: inside the caller's transaction. */
  changed(): void {
    this.bump.run();
  }

  generation(): number {
    return Number(this.meta.get('generation') ?? 0);
  }

  sources(): PeopleSources {
    const sources: (PeopleSourceRow | null)[] = [];
    return { ...this.eachSource((source) => sources.push(source)), sources };
  }

  /** Each source unpacked as its row is read, in one read transaction (one generation). */
  eachSource(visit: PeopleSourceVisitor): PeopleSourcesRead {
    return this.db.transaction(() => {
      const rows = this.db
        .prepare('SELECT a.path, a.section, p.source FROM articles a LEFT JOIN people_sources p ON p.id = a.id AND a.analysis_version IS ? ORDER BY a.ord, a.path')
        .raw()
        .iterate(this.analysisVersion) as Iterable<[string, string | null, string | null]>;
      const paths: string[] = [];
      for (const [path, section, source] of rows) {
        visit(source === null ? null : unpackSource(section, source), paths.length);
        paths.push(path);
      }
      return { generation: this.generation(), paths };
    })();
  }

  put(tables: KeptTables): void {
    const person = this.db.prepare('INSERT INTO kept_people (rank, name, kind, quotes, articles, sections, forms, search, refs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const name = this.db.prepare('INSERT INTO kept_names (rank, name, kind, articles, mentions, forms, search, refs) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const set = this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    const path = this.db.prepare('INSERT INTO kept_paths (position, path) VALUES (?, ?)');
    this.db.transaction(() => {
      this.db.exec('DELETE FROM kept_people; DELETE FROM kept_names; DELETE FROM kept_paths;');
      tables.paths.forEach((p, position) => path.run(position, p));
      tables.people.forEach((p, rank) =>
        person.run(rank, p.name, p.kind, p.quotes, p.articles, JSON.stringify(p.sections), JSON.stringify(p.forms), p.search, packQuotePlaces(p.refs)));
      tables.names.forEach((n, rank) => name.run(rank, n.name, n.kind, n.articles, n.mentions, JSON.stringify(n.forms), n.search, packPositions(n.refs)));
      set.run('people-generation', String(tables.generation));
    })();
  }

  people(): KeptRows<KeptPerson> | null {
    const generation = this.keptGeneration();
    if (generation === null) return null;
    const rows = this.db.prepare('SELECT name, kind, quotes, articles, sections, forms, search FROM kept_people ORDER BY rank').raw().all() as [string, string, number, number, string, string, string][];
    return {
      generation,
      rows: rows.map(([name, kind, quotes, articles, sections, forms, search]) => ({ name, kind, quotes, articles, sections: JSON.parse(sections) as string[], forms: JSON.parse(forms) as string[], search })),
    };
  }

  names(): KeptRows<KeptName> | null {
    const generation = this.keptGeneration();
    if (generation === null) return null;
    const rows = this.db.prepare('SELECT name, kind, articles, mentions, forms, search FROM kept_names ORDER BY rank').raw().all() as [string, string, number, number, string, string][];
    return { generation, rows: rows.map(([name, kind, articles, mentions, forms, search]) => ({ name, kind, articles, mentions, forms: JSON.parse(forms) as string[], search })) };
  }

  personQuotes(rank: number): QuotePlace[] {
    const refs = this.db.prepare('SELECT refs FROM kept_people WHERE rank = ?').pluck().get(rank) as Buffer | undefined;
    return refs ? unpackQuotePlaces(refs) : [];
  }

  nameArticles(rank: number): number[] {
    const refs = this.db.prepare('SELECT refs FROM kept_names WHERE rank = ?').pluck().get(rank) as Buffer | undefined;
    return refs ? unpackPositions(refs) : [];
  }

  paths(positions: ArrayLike<number>): string[] {
    const wanted = Array.from(positions);
    const rows = this.db.prepare('SELECT position, path FROM kept_paths WHERE position IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(wanted)) as [number, string][];
    const byPosition = new Map(rows);
    return wanted.map((p) => byPosition.get(p) ?? '');
  }

  private keptGeneration(): number | null {
    const value = this.meta.get('people-generation') as string | undefined;
    return value === undefined ? null : Number(value);
  }
}
