import type { Article, RawDocument } from '../article.js';
import type { Corpus } from '../load/load-corpus.js';
import type { LoadResult } from '../load/load-documents.js';

/** Parses each document; one that fails becomes an error instead of stopping the rest. */
export function parseDocuments({ documents, errors }: LoadResult, parse: (doc: RawDocument) => Article): Corpus {
  const articles: Article[] = [];
  const problems = [...errors];
  for (const doc of documents) {
    try {
      articles.push(parse(doc));
    } catch (error) {
      problems.push({ path: doc.path, message: `could not parse: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  return { articles, errors: problems };
}
