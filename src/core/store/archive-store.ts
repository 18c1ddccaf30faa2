// The store: an archive's articles and analysis kept so a restart need not read and analyse them again.
// May import core/article and core/search (and better-sqlite3 in sqlite-store.ts, pg in postgres-store.ts); never React, Ink or the UI.
// A cache, not the truth: everything in it can be rebuilt from the files.
import type { StoredRow } from './stored-row.js';
import type { Analysis, Article } from '../article.js';
import type { CandidateQuery } from '../search/candidate-query.js';
import type { ExactQuery } from '../search/exact-query.js';
import type { KeptName, KeptPerson, KeptRows, KeptTables, PeopleSources, PeopleSourcesRead, PeopleSourceVisitor, QuotePlace } from './people-tables.js';

/** What the store knows of a file, to tell whether it changed. */
export interface FileStamp {
  /** The article's path as the reader shows it (the label, relative to the path given). */
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** SHA-1 of the bytes, hex. */
  readonly hash: string;
}

/** One stored article: where it came from, the article, its analysis, and its place in the archive. */
export interface StoredArticle {
  readonly stamp: FileStamp;
  /** Position in the archive's order (the folder walk, in natural order). */
  readonly order: number;
  readonly article: Article;
  /** Null while not analysed, or when the stored one was made by other rules. */
  readonly analysis: Analysis | null;
  /** The local store's form of the two above, when an analysis thread made it already (see stored-row.ts). */
  readonly row?: StoredRow;
}

/** A store's stamps, looked up one path at a time. */
export interface StampLookup {
  /** The stamp, and where it can be read cheaply, the article's place in the archive's order. */
  get(path: string): (FileStamp & { readonly order?: number }) | undefined;
  /** Every stored path, read as iterated. */
  paths(): Iterable<string>;
}

/** A map of stamps seen as a lookup. */
export function stampLookupOf(stamps: ReadonlyMap<string, FileStamp>): StampLookup {
  return { get: (path) => stamps.get(path), paths: () => stamps.keys() };
}

/** What the article list shows of an article. */
export interface ArticleSummary {
  readonly path: string;
  readonly title: string;
  readonly section: string | null;
  readonly words: number;
  readonly readingMinutes: number;
  /** Quotes found, or null while not analysed. */
  readonly quotes: number | null;
}

/**
 * One interface, several engines (memory, SQLite; PostgreSQL in its asynchronous form,
 * `AsyncArchiveStore`): the conformance suite runs against each.
 */
export interface ArchiveStore {
  /** True when put() writes rows made ahead (StoredArticle.row): then they are worth making in the analysis threads. */
  readonly acceptsRows?: boolean;
  /**
   * Stamps read a path at a time, where that is cheap (a file, not a server): a refresh then holds
   * no map of every stamp, which at a million articles took hundreds of megabytes.
   */
  stampLookup?(): StampLookup;
  /** Every file indexed, by path. */
  stamps(): Map<string, FileStamp>;
  /** Adds or replaces articles, all or none. */
  put(items: readonly StoredArticle[]): void;
  /** Moves articles to new places in the archive's order (paths not stored are ignored). */
  reorder(order: ReadonlyMap<string, number>): void;
  /** Removes articles by path, all or none. */
  remove(paths: readonly string[]): void;
  /** Articles stored. */
  count(): number;
  /** Paths whose analysis is missing or was made by other rules than today's: to analyse again. */
  unanalysed(): string[];
  /** A window of the archive in its order. */
  list(offset: number, limit: number): ArticleSummary[];
  /** One article with its analysis, or null. */
  get(path: string): StoredArticle | null;
  /**
   * Positions in the archive's order (ascending) of the articles that may hold a unit matching
   * `query`: a superset (the matcher decides); every article when null.
   */
  candidates(query: CandidateQuery | null): Int32Array;
  /**
   * For the articles at these positions, the units (numbered as unitWords numbers them) that may
   * match `query`: a superset; null for an article when the store cannot say.
   */
  unitsMatching(query: CandidateQuery, positions: ArrayLike<number>): (readonly number[] | null)[];
  /**
   * Keys (position * UNIT_KEY + slot, see indexed-answer.ts) of the units matching an exact query,
   * ascending, within `[from, through]`, at most `limit`; null when the store's index cannot answer
   * it alone (it has none, or holds analyses made by other rules).
   */
  exactUnits(query: ExactQuery, from: number, through: number, limit: number): number[] | null;
  /** The articles at these positions of the archive's order, in the order asked. */
  articlesAt(positions: ArrayLike<number>): StoredArticle[];
  /** Every folded word of four letters or more (see Vocabulary) with how many units hold it: for "did you mean". */
  wordCounts(): Map<string, number>;
  /**
   * The counts as kept by the last keepWordCounts, perhaps older than the archive (good enough to
   * offer a spelling that is then checked), or null when none were kept: quick where wordCounts is not.
   */
  keptWordCounts(): Map<string, number> | null;
  /** Keeps wordCounts for keptWordCounts, unless kept at this generation already; true when it counted. Run after a refresh. */
  keepWordCounts(): boolean;
  /** Grows with every write that changes the archive (put, remove, a reorder that moved something). */
  generation(): number;
  /** Every article's people source in the archive's order, read at one generation: what the people and names tables are made from. */
  peopleSources(): PeopleSources;
  /**
   * Every article's people source handed to `visit` as it is read, at one generation, where the
   * engine can read them so: a million parsed sources held at once took gigabytes.
   */
  eachPeopleSource?(visit: PeopleSourceVisitor): PeopleSourcesRead;
  /** Keeps the people and names tables worked out for `tables.generation`, replacing those kept before. */
  putPeopleTables(tables: KeptTables): void;
  /** The kept people table without its references, or null when none was made. */
  keptPeople(): KeptRows<KeptPerson> | null;
  /** The kept names table without its references, or null when none was made. */
  keptNames(): KeptRows<KeptName> | null;
  /** The quotes of the kept people table's row `rank` (its place in keptPeople), in archive order. */
  personQuotes(rank: number): QuotePlace[];
  /** The article positions of the kept names table's row `rank`, ascending. */
  nameArticles(rank: number): number[];
  /** The paths at these positions of the kept tables (the archive's order when they were made), in the order asked; '' for none. */
  keptPaths(positions: ArrayLike<number>): string[];
  close(): void;
}

/** The summary the list shows, from a stored article. */
export function summaryOf(item: StoredArticle): ArticleSummary {
  const { article, analysis } = item;
  return {
    path: article.path, title: article.title, section: article.section, words: article.words, readingMinutes: article.readingMinutes,
    quotes: analysis ? analysis.quotes.length : null,
  };
}
