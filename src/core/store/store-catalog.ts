// Articles of a store as views: a list entry's text and analysis are read only when asked for, and
// only the most recently used ones are kept in memory.
import type { Analysis, Article } from '../article.js';
import type { ArchiveStore, ArticleSummary, StoredArticle } from './archive-store.js';
import type { IdentifiedSummary } from './list-source.js';

/** Articles whose text and analysis stay in memory at once. */
const KEPT = 128;

/** An article whose list entry is in memory and whose text is read from the store when needed. */
class StoredArticleView implements Article {
  readonly path: string;
  readonly title: string;
  readonly section: string | null;
  readonly words: number;
  readonly readingMinutes: number;

  constructor(
    private readonly catalog: StoreCatalog,
    summary: ArticleSummary,
    private readonly generation: number,
  ) {
    this.path = summary.path;
    this.title = summary.title;
    this.section = summary.section;
    this.words = summary.words;
    this.readingMinutes = summary.readingMinutes;
  }

  get byline(): string | null {
    return this.catalog.read(this.path, this.generation)?.article.byline ?? null;
  }

  get paragraphs(): readonly string[] {
    return this.catalog.read(this.path, this.generation)?.article.paragraphs ?? [];
  }

  get boilerplate(): readonly string[] {
    return this.catalog.read(this.path, this.generation)?.article.boilerplate ?? [];
  }
}

/** An analysis read from the store when first looked at. */
class StoredAnalysisView implements Analysis {
  constructor(
    private readonly catalog: StoreCatalog,
    private readonly path: string,
    private readonly generation: number,
  ) {}

  private get analysis(): Analysis {
    return this.catalog.read(this.path, this.generation)?.analysis ?? EMPTY;
  }

  get quotes() {
    return this.analysis.quotes;
  }

  get facts() {
    return this.analysis.facts;
  }

  get entities() {
    return this.analysis.entities;
  }
}

const EMPTY: Analysis = { quotes: [], facts: [], entities: [] };

/** Lazily read articles and analyses over one store, with a small cache of the latest used. */
export class StoreCatalog {
  private readonly kept = new Map<string, StoredArticle | null>();
  /** How many times each path was written again while open (views belong to one generation). */
  private readonly generations = new Map<string, number>();
  /** What views of an earlier generation still show, until the screen has their successors. */
  private readonly pinned = new Map<string, StoredArticle | null>();

  constructor(
    private readonly store: ArchiveStore,
    private readonly capacity = KEPT,
  ) {}

  /** The stored article, from the cache or the store (the cache keeps the latest `capacity`). */
  load(path: string): StoredArticle | null {
    const known = this.kept.get(path);
    if (known !== undefined) {
      this.kept.delete(path);
      this.kept.set(path, known);
      return known;
    }
    const item = this.store.get(path);
    this.kept.set(path, item);
    if (this.kept.size > this.capacity) this.kept.delete(this.kept.keys().next().value!);
    return item;
  }

  /**
   * The article as a view of generation `generation` sees it: the store's current one for the
   * current generation; for an older one, what was cached when it was written again (or nothing),
   * so a view never changes its text under what was worked out from it.
   */
  read(path: string, generation: number): StoredArticle | null {
    if (generation === (this.generations.get(path) ?? 0)) return this.load(path);
    return this.pinned.get(`${path}\0${generation}`) ?? null;
  }

  /** Lets the views of generations before the current one go (the screen has replaced them). */
  release(paths: readonly string[]): void {
    for (const path of paths) {
      const current = this.generations.get(path) ?? 0;
      for (let g = 0; g < current; g++) this.pinned.delete(`${path}\0${g}`);
    }
  }

  /** Articles in the store. */
  count(): number {
    return this.store.count();
  }

  /** A list entry as a view that reads its text (and analysis, when one by today's rules is stored) when shown. */
  view(summary: IdentifiedSummary): CatalogEntry {
    const generation = this.generations.get(summary.path) ?? 0;
    return {
      article: new StoredArticleView(this, summary, generation),
      analysis: summary.analysed ? new StoredAnalysisView(this, summary.path, generation) : null,
    };
  }

  /** The article at `path` was written again: views made before keep what they showed (the cached article is pinned to their generation). */
  written(path: string): void {
    const was = this.generations.get(path) ?? 0;
    const cached = this.kept.get(path);
    if (cached !== undefined) this.pinned.set(`${path}\0${was}`, cached);
    this.generations.set(path, was + 1);
    this.kept.delete(path);
  }

  close(): void {
    this.store.close();
  }
}

/** An article of the catalog and its analysis. */
export interface CatalogEntry {
  readonly article: Article;
  readonly analysis: Analysis | null;
}
