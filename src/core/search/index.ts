// Placeholder engine: a naive substring scan, so the UI can be built against the real contract.
import type { Analysis, Article } from '../article.js';
import type { SearchIndex, SearchResult, SearchResults, Span } from './search-types.js';

export type * from './search-types.js';

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Creates an empty index; feed it with addArticles and addAnalysis. */
export function createSearchIndex(): SearchIndex {
  const articles: Article[] = [];
  const analyses = new Map<number, Analysis>();
  return {
    addArticles(batch, firstIndex) {
      batch.forEach((a, i) => (articles[firstIndex + i] = a));
    },
    addAnalysis(article, analysis) {
      analyses.set(article, analysis);
    },
    search(query, options = {}): SearchResults {
      const q = fold(query.trim());
      const all: SearchResult[] = [];
      if (q) {
        articles.forEach((a, article) => {
          const units: [SearchResult['where'], number | null, number | null, string][] = [
            ['title', null, null, a.title],
            ...a.paragraphs.map((p, i) => ['paragraph', i, null, p] as [SearchResult['where'], number, null, string]),
          ];
          for (const [where, paragraph, item, text] of units) {
            const at = fold(text).indexOf(q);
            if (at < 0) continue;
            const hits: Span[] = [[at, at + q.length]];
            all.push({ article, where, paragraph, item, hits, snippet: text.slice(0, 120), snippetHits: at + q.length <= 120 ? hits : [] });
          }
        });
      }
      return {
        query,
        total: all.length,
        articleCount: new Set(all.map((r) => r.article)).size,
        results: all.slice(0, options.limit ?? 50),
        didYouMean: null,
      };
    },
  };
}
