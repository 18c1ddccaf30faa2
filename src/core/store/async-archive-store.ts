// The store's interface in its asynchronous form: a server answers later, a file at once. Every
// engine is used through it; a synchronous one (memory, SQLite) is wrapped by `asAsyncStore`.
import type { ArchiveStore, ArticleSummary, FileStamp, StampLookup, StoredArticle } from './archive-store.js';
import type { KeptName, KeptPerson, KeptRows, KeptTables, PeopleSources, PeopleSourcesRead, PeopleSourceVisitor, QuotePlace } from './people-tables.js';

/** The same methods as `ArchiveStore`, each answering with a promise. */
export interface AsyncArchiveStore {
  /** As ArchiveStore.acceptsRows. */
  readonly acceptsRows?: boolean;
  /** As ArchiveStore.stampLookup: synchronous, as only a store in this process has it. */
  stampLookup?(): StampLookup;
  /** Every file indexed, by path. */
  stamps(): Promise<Map<string, FileStamp>>;
  /** Adds or replaces articles, all or none. */
  put(items: readonly StoredArticle[]): Promise<void>;
  /** Moves articles to new places in the archive's order (paths not stored are ignored). */
  reorder(order: ReadonlyMap<string, number>): Promise<void>;
  /** Removes articles by path, all or none. */
  remove(paths: readonly string[]): Promise<void>;
  /** Articles stored. */
  count(): Promise<number>;
  /** Paths whose analysis is missing or was made by other rules than today's: to analyse again. */
  unanalysed(): Promise<string[]>;
  /** A window of the archive in its order. */
  list(offset: number, limit: number): Promise<ArticleSummary[]>;
  /** One article with its analysis, or null. */
  get(path: string): Promise<StoredArticle | null>;
  /** A window of whole articles in the archive's order: what `list` and `get` give, in one request to a server. */
  window(offset: number, limit: number): Promise<StoredArticle[]>;
  /** Grows with every write that changes the archive. */
  generation(): Promise<number>;
  /** Every article's people source in the archive's order, read at one generation. */
  peopleSources(): Promise<PeopleSources>;
  /** As ArchiveStore.eachPeopleSource: synchronous, as only a store in this process has it. */
  eachPeopleSource?(visit: PeopleSourceVisitor): PeopleSourcesRead;
  /** Keeps the people and names tables worked out for `tables.generation`. */
  putPeopleTables(tables: KeptTables): Promise<void>;
  /** The kept people table without its references, or null. */
  keptPeople(): Promise<KeptRows<KeptPerson> | null>;
  /** The kept names table without its references, or null. */
  keptNames(): Promise<KeptRows<KeptName> | null>;
  /** The quotes of the kept people table's row `rank`. */
  personQuotes(rank: number): Promise<QuotePlace[]>;
  /** The article positions of the kept names table's row `rank`. */
  nameArticles(rank: number): Promise<number[]>;
  /** The paths at these positions of the kept tables, in the order asked; '' for none. */
  keptPaths(positions: ArrayLike<number>): Promise<string[]>;
  /** As ArchiveStore.keepWordCounts, where the engine keeps them (a server counts on demand). */
  keepWordCounts?(): Promise<boolean>;
  close(): Promise<void>;
}

/** A synchronous store seen through the asynchronous interface (a throw becomes a rejection). */
export function asAsyncStore(store: ArchiveStore): AsyncArchiveStore {
  return {
    acceptsRows: store.acceptsRows === true,
    ...(store.stampLookup ? { stampLookup: () => store.stampLookup!() } : {}),
    ...(store.eachPeopleSource ? { eachPeopleSource: (visit: PeopleSourceVisitor) => store.eachPeopleSource!(visit) } : {}),
    stamps: async () => store.stamps(),
    put: async (items) => store.put(items),
    reorder: async (order) => store.reorder(order),
    remove: async (paths) => store.remove(paths),
    count: async () => store.count(),
    unanalysed: async () => store.unanalysed(),
    list: async (offset, limit) => store.list(offset, limit),
    get: async (path) => store.get(path),
    window: async (offset, limit) => store.list(offset, limit).flatMap((summary) => store.get(summary.path) ?? []),
    generation: async () => store.generation(),
    peopleSources: async () => store.peopleSources(),
    putPeopleTables: async (tables) => store.putPeopleTables(tables),
    keptPeople: async () => store.keptPeople(),
    keptNames: async () => store.keptNames(),
    personQuotes: async (rank) => store.personQuotes(rank),
    nameArticles: async (rank) => store.nameArticles(rank),
    keptPaths: async (positions) => store.keptPaths(positions),
    keepWordCounts: async () => store.keepWordCounts(),
    close: async () => store.close(),
  };
}
