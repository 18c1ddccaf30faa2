// The final page of a store's search, built alone. A page of 50 takes longer to build (snippets,
// hit offsets) than to find, so batches answer with ranks only (see SearchOptions.ranksOnly) and
// only the winners are built, from their articles read again with only the winners left in. `--search` prints every match: there
// each batch builds its own results, as reading the articles twice would cost more.
import { createSearchIndex } from '../search/index.js';
import type { SearchOptions, SearchResult } from '../search/search-types.js';
import { keepUnits, unitNumber } from '../search/unit-words.js';
import type { ArchiveStore, StoredArticle } from './archive-store.js';

const keyOf = (r: SearchResult) => `${r.article} ${r.where} ${r.paragraph} ${r.item}`;

/** Builds the results of a page of ranks-only results, keeping those built across steps. */
export class PageBuilder {
  /** Whether batches should answer with ranks only. */
  readonly ranksOnly: boolean;
  /** What every batch is asked besides its page size and cap. */
  readonly options: SearchOptions;
  private readonly done = new Map<string, SearchResult>();

  constructor(
    /** Where `page` reads articles; null for a caller that reads them itself (`missing`, `build`, `built`). */
    private readonly store: Pick<ArchiveStore, 'articlesAt'> | null,
    private readonly query: string,
    limit: number,
    snippetWidth: number | undefined,
  ) {
    this.ranksOnly = Number.isFinite(limit);
    this.options = { didYouMean: false, ...(snippetWidth ? { snippetWidth } : {}) };
  }

  /** The full results for these ranks-only ones, in the same order. */
  page(ranked: readonly SearchResult[]): SearchResult[] {
    const missing = this.missing(ranked);
    if (missing.length > 0) this.build(ranked, missing, this.store!.articlesAt(missing));
    return this.built(ranked);
  }

  /** The articles (positions) to read before `built` can give these results. */
  missing(ranked: readonly SearchResult[]): number[] {
    return [...new Set(ranked.filter((r) => !this.done.has(keyOf(r))).map((r) => r.article))];
  }

  /** Builds the results of `ranked` in the articles at `missing` (read as `items`). */
  build(ranked: readonly SearchResult[], missing: readonly number[], items: readonly StoredArticle[]): void {
    const wanted = ranked.filter((r) => !this.done.has(keyOf(r)));
    // A unit's result depends on nothing else (these articles were not excluded), so each article
    // is read again with only its winning units left in.
    const index = createSearchIndex();
    items.forEach((item, k) => {
      const place = missing[k]!;
      const keep = wanted.filter((r) => r.article === place).map((r) => unitNumber(item.article, item.analysis, r));
      const { article, analysis } = keepUnits(item.article, item.analysis, keep);
      index.addArticles([article], place);
      if (analysis) index.addAnalysis(place, analysis);
    });
    for (const result of index.search(this.query, { ...this.options, limit: Infinity }).results) this.done.set(keyOf(result), result);
  }

  /** The built results of `ranked`, once `missing` is empty. */
  built(ranked: readonly SearchResult[]): SearchResult[] {
    return ranked.map((r) => this.done.get(keyOf(r))!);
  }
}
