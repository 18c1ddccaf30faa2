import type { Article, Quote } from '../article.js';

/** Every direct quotation in the article, with its speaker. */
export function extractQuotes(article: Article): Quote[] {
  void article;
  return [];
}
