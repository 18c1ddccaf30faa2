// The reader's window on a store: every article's list entry at once, its text and analysis only
// when asked for, and only the most recently used ones kept in memory.
import type { Analysis, Article } from '../article.js';
import type { ArchiveStore, ArticleSummary, StoredArticle } from './archive-store.js';

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
  ) {
    this.path = summary.path;
    this.title = summary.title;
    this.section = summary.section;
    this.words = summary.words;
    this.readingMinutes = summary.readingMinutes;
  }

  get byline(): string | null {
    return this.catalog.load(this.path)?.article.byline ?? null;
  }

  get paragraphs(): readonly string[] {
    return this.catalog.load(this.path)?.article.paragraphs ?? [];
  }

  get boilerplate(): readonly string[] {
    return this.catalog.load(this.path)?.article.boilerplate ?? [];
  }
}

/** An analysis read from the store when first looked at. */
class StoredAnalysisView implements Analysis {
  constructor(
    private readonly catalog: StoreCatalog,
    private readonly path: string,
  ) {}

  private get analysis(): Analysis {
    return this.catalog.load(this.path)?.analysis ?? EMPTY;
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

  /** Forgets what is cached of these paths (they were written again). */
  forget(paths: readonly string[]): void {
    for (const path of paths) this.kept.delete(path);
  }

  /** Articles in the store. */
  count(): number {
    return this.store.count();
  }

  /** Articles `offset` to `offset + limit` in the archive's order, as lazily read views with their analyses (null while none is stored). */
  page(offset: number, limit: number): CatalogEntry[] {
    // Analyses made by other rules are as good as none: the refresh makes them again.
    const stale = new Set(this.store.unanalysed());
    return this.store.list(offset, limit).map((summary) => ({
      article: new StoredArticleView(this, summary),
      analysis: summary.quotes === null || stale.has(summary.path) ? null : new StoredAnalysisView(this, summary.path),
    }));
  }

  /** The article at `path` as written last, as a view with its analysis; null when it is not stored. */
  entry(path: string): CatalogEntry | null {
    this.kept.delete(path);
    const item = this.load(path);
    if (!item) return null;
    const { article } = item;
    const summary = { path, title: article.title, section: article.section, words: article.words, readingMinutes: article.readingMinutes, quotes: null };
    return { article: new StoredArticleView(this, summary), analysis: item.analysis ? new StoredAnalysisView(this, path) : null };
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
