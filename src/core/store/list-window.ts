// The reader's list over a store. Positions hold for the session: the archive's order when it opened,
// then the articles the refresh adds, at the end. Rows are read a page at a time when shown and only
// the latest pages are kept; sections are read in slices after the first frame. What stays in memory
// for every article is an id, a section number, a path hash and an analysed flag: 17 bytes.
import type { Analysis, Article } from '../article.js';
import { sortedSections, type ArticleRows, type SectionCount } from '../reader/article-rows.js';
import type { ListSource, SliceCursor } from './list-source.js';
import type { CatalogEntry, StoreCatalog } from './store-catalog.js';

/** Rows read at once. */
const PAGE = 256;
/** Pages kept: the list, the search results and the people views each draw from a few. */
const PAGES_KEPT = 64;
/** Archives up to this size have their order read at the start (about 15 ms). */
const IDS_AT_START = 50_000;

/** Grows a typed array to hold at least `size` entries (doubling), keeping what it holds. */
function grown<T extends Int32Array | Uint32Array | Uint8Array>(array: T, size: number, make: (n: number) => T): T {
  if (size <= array.length) return array;
  const bigger = make(Math.max(size, array.length * 2, 16));
  bigger.set(array);
  return bigger;
}

/** FNV-1a of a path: 32 bits, enough to narrow a search that then asks the store. */
function pathHash(path: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) h = Math.imul(h ^ path.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The window's shared memory of the store; every StoreRows of a session reads through one. */
export class ListWindow {
  /** Id at each position; 0 (never an id) while not read yet. */
  private ids: Int32Array;
  private count: number;
  /** Positions the section scan has read, in order (when it reads the ids too). */
  private scannedTo = 0;
  /** Rows the section scan has read. */
  private scannedRows = 0;
  /** Whether every position's id was read at the start. */
  private readonly idsAtStart: boolean;
  /** Position of each id, -1 for none. */
  private positions = new Int32Array(0);
  private readonly pages = new Map<number, (CatalogEntry | undefined)[]>();
  /** Section of each position: 0 while unknown, else 1 + its number in `names`. */
  private sectionCodes: Uint32Array;
  private readonly names: (string | null)[] = [];
  private readonly codes = new Map<string | null, number>();
  private analysedFlags: Uint8Array;
  /** A hash of each position's path, to find the place of a file gone from the store. */
  private pathHashes: Uint32Array;
  private analysedCount = 0;
  /** Where the section scan goes on; undefined once done. */
  private cursor: SliceCursor | null | undefined = null;
  private readonly gone = new Map<number, CatalogEntry>();
  private counted: { length: number; version: number; sections: readonly SectionCount[] } | null = null;
  private version = 0;

  constructor(
    private readonly catalog: StoreCatalog,
    private readonly source: ListSource,
    /** Archives up to this size have their order read at the start. */
    idsAtStart = IDS_AT_START,
  ) {
    // A small archive's order is read at once. A large one's comes with the section scan (the
    // refresh waits for it, so the order cannot change meanwhile): 1M ids take 0.3 s, too long
    // before the first frame; until then a page is read by its offset.
    this.count = source.count();
    this.idsAtStart = this.count <= idsAtStart;
    this.ids = this.idsAtStart ? source.orderIds() : new Int32Array(this.count);
    this.count = this.ids.length;
    this.sectionCodes = new Uint32Array(this.count);
    this.analysedFlags = new Uint8Array(this.count);
    this.pathHashes = new Uint32Array(this.count);
    if (this.idsAtStart) this.ids.forEach((id, position) => this.place(id, position));
  }

  /** The rows as they are now. */
  rows(): ArticleRows {
    return new StoreRows(this, this.count);
  }

  /** Whether every position's id is known: a path's position is then found without counting in the store. */
  get placed(): boolean {
    return this.idsAtStart || this.scanned;
  }

  /** Whether every article's section is known (see scan). */
  get scanned(): boolean {
    return this.cursor === undefined;
  }

  /** How far the section scan has gone, from 0 to 1. */
  get scanShare(): number {
    return this.scanned || this.count === 0 ? 1 : Math.min(1, this.scannedRows / this.count);
  }

  /** Reads sections for up to `budgetMs`; true once all are known. */
  scan(budgetMs: number): boolean {
    const until = performance.now() + budgetMs;
    // At least one slice each time, however small the budget.
    do {
      if (this.cursor === undefined) break;
      const slice = this.source.sectionSlice(this.cursor, 4096);
      this.scannedRows += slice.ids.length;
      slice.ids.forEach((id, k) => {
        let position = this.positions[id] ?? -1;
        if (!this.idsAtStart && this.scannedTo < this.count) {
          position = this.scannedTo++;
          this.ids[position] = id;
          this.place(id, position);
        }
        if (position < 0) return;
        this.know(position, slice.sections[k]!, slice.analysed[k]!);
        this.pathHashes[position] = pathHash(slice.paths[k]!);
      });
      this.cursor = slice.next ?? undefined;
    } while (performance.now() < until);
    if (this.cursor === undefined) this.version++;
    return this.cursor === undefined;
  }

  /**
   * The refresh wrote these paths: an article new to the list joins its end, one listed already is
   * read again where it stands. Returns whether anything changed.
   */
  written(paths: readonly string[]): boolean {
    let changed = false;
    for (const path of paths) {
      const id = this.source.idOf(path);
      if (id === null) continue;
      let position = this.positions[id] ?? -1;
      if (position < 0) {
        position = this.count++;
        this.ids = grown(this.ids, this.count, (n) => new Int32Array(n));
        this.sectionCodes = grown(this.sectionCodes, this.count, (n) => new Uint32Array(n));
        this.analysedFlags = grown(this.analysedFlags, this.count, (n) => new Uint8Array(n));
        this.pathHashes = grown(this.pathHashes, this.count, (n) => new Uint32Array(n));
        this.ids[position] = id;
        this.pathHashes[position] = pathHash(path);
        this.place(id, position);
      } else {
        this.catalog.written(path);
        this.gone.delete(position);
      }
      const summary = this.source.summariesOf([id])[0];
      if (!summary) continue;
      this.know(position, summary.section, summary.analysed);
      const page = this.pages.get(Math.floor(position / PAGE));
      if (page) page[position % PAGE] = this.catalog.view(summary);
      changed = true;
    }
    if (changed) this.version++;
    return changed;
  }

  /**
   * Files gone from the archive (and from the store) keep their place, shown as gone. Their rows are
   * gone too, so their places are found by the hash of their path, among the ids no longer stored.
   */
  removed(paths: readonly string[], gone: (path: string, was: Article | undefined) => Article): number[] {
    const wanted = new Map<number, string[]>();
    for (const path of paths) wanted.set(pathHash(path), [...(wanted.get(pathHash(path)) ?? []), path]);
    const found: number[] = [];
    for (let position = 0; position < this.count && wanted.size; position++) {
      const named = wanted.get(this.pathHashes[position]!);
      if (!named || this.gone.has(position) || this.source.stored([this.ids[position]!])[0]) continue;
      const cached = this.pages.get(Math.floor(position / PAGE))?.[position % PAGE]?.article;
      const path = cached && named.includes(cached.path) ? cached.path : named[0]!;
      this.gone.set(position, { article: gone(path, cached), analysis: null });
      if (this.analysedFlags[position]) {
        this.analysedFlags[position] = 0;
        this.analysedCount--;
      }
      found.push(position);
    }
    if (found.length) this.version++;
    return found;
  }

  entry(position: number): CatalogEntry | undefined {
    if (position < 0 || position >= this.count) return undefined;
    const gone = this.gone.get(position);
    if (gone) return gone;
    const number = Math.floor(position / PAGE);
    let page = this.pages.get(number);
    if (page) {
      // Most recently used last, so the oldest page is the first to go.
      this.pages.delete(number);
      this.pages.set(number, page);
    } else {
      const start = number * PAGE;
      const ids = this.ids.subarray(start, Math.min(this.count, start + PAGE));
      const summaries = ids.includes(0) ? this.source.listPage(start, ids.length) : this.source.summariesOf(ids);
      page = summaries.map((s, k) => {
        if (!s) return undefined;
        if (this.ids[start + k] === 0) {
          this.ids[start + k] = s.id;
          this.place(s.id, start + k);
        }
        this.know(start + k, s.section, s.analysed);
        return this.catalog.view(s);
      });
      this.pages.set(number, page);
      if (this.pages.size > PAGES_KEPT) this.pages.delete(this.pages.keys().next().value!);
    }
    return page[position % PAGE];
  }

  sectionAt(position: number): string | null | undefined {
    const code = this.sectionCodes[position] ?? 0;
    return code === 0 ? undefined : this.names[code - 1];
  }

  /** Sections of the first `length` positions, once all are known. */
  sections(length: number): readonly SectionCount[] | null {
    if (!this.scanned) return null;
    if (this.counted?.length === length && this.counted.version === this.version) return this.counted.sections;
    const counts = new Map<string | null, number>();
    for (let p = 0; p < length; p++) {
      const section = this.sectionAt(p);
      if (section !== undefined) counts.set(section, (counts.get(section) ?? 0) + 1);
    }
    const sections = sortedSections(counts);
    this.counted = { length, version: this.version, sections };
    return sections;
  }

  /** Articles analysed by today's rules, once every section (and flag) is known. */
  analysed(): number | null {
    return this.scanned ? this.analysedCount : null;
  }

  positionOf(path: string): number | null {
    const id = this.source.idOf(path);
    if (id === null) return null;
    let position = this.positions[id] ?? -1;
    if (position < 0 && !this.idsAtStart && !this.scanned) {
      // Not read yet: counted in the store (tens of ms at a million articles; the reader asks this
      // for the article it reopens at, and waits for the scan for the rest).
      position = this.source.positionOfPath(path) ?? -1;
      if (position >= 0 && position < this.count) {
        this.ids[position] = id;
        this.place(id, position);
      }
    }
    return position >= 0 && position < this.count ? position : null;
  }

  /** The position of a stored id, or null. */
  positionOfId(id: number): number | null {
    const position = this.positions[id] ?? -1;
    return position >= 0 ? position : null;
  }

  /** The id at a position. */
  idAt(position: number): number | undefined {
    return position < this.count ? this.ids[position] : undefined;
  }

  private place(id: number, position: number): void {
    if (id >= this.positions.length) {
      const bigger = new Int32Array(Math.max(id + 1, this.positions.length * 2, 16)).fill(-1);
      bigger.set(this.positions);
      this.positions = bigger;
    }
    this.positions[id] = position;
  }

  private know(position: number, section: string | null, analysed: boolean): void {
    let code = this.codes.get(section);
    if (code === undefined) {
      this.names.push(section);
      code = this.names.length;
      this.codes.set(section, code);
    }
    this.sectionCodes[position] = code;
    const was = this.analysedFlags[position] === 1;
    if (was !== analysed) {
      this.analysedFlags[position] = analysed ? 1 : 0;
      this.analysedCount += analysed ? 1 : -1;
    }
  }
}

/** The first `length` positions of a window, as the reducer holds them. */
class StoreRows implements ArticleRows {
  constructor(
    private readonly window: ListWindow,
    readonly length: number,
  ) {}

  at(index: number): Article | undefined {
    return index < this.length ? this.window.entry(index)?.article : undefined;
  }

  analysisAt(index: number): Analysis | undefined {
    return index < this.length ? (this.window.entry(index)?.analysis ?? undefined) : undefined;
  }

  sections(): readonly SectionCount[] | null {
    return this.window.sections(this.length);
  }

  sectionAt(index: number): string | null | undefined {
    return index < this.length ? this.window.sectionAt(index) : undefined;
  }

  positionOf(path: string): number | null {
    const position = this.window.positionOf(path);
    return position !== null && position < this.length ? position : null;
  }

  analysed(): number | null {
    return this.window.analysed();
  }
}
