import type { AnalyzedArticle, LoadError } from '../core/article.js';

/** The `--json` document: a stable contract (see README). */
export interface JsonExport {
  readonly articles: readonly AnalyzedArticle[];
  readonly errors: readonly LoadError[];
}

/** Builds the export with its fields in the documented order. Text is kept as loaded. */
export function buildJsonExport(articles: readonly AnalyzedArticle[], errors: readonly LoadError[]): JsonExport {
  return {
    articles: articles.map((a) => ({
      path: a.path,
      title: a.title,
      byline: a.byline,
      section: a.section,
      paragraphs: a.paragraphs,
      boilerplate: a.boilerplate,
      words: a.words,
      readingMinutes: a.readingMinutes,
      quotes: a.quotes,
      facts: a.facts,
      entities: a.entities,
    })),
    errors: errors.map((e) => ({ path: e.path, message: e.message })),
  };
}
