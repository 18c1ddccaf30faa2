// Analysis: quotes, facts and entities of one article, run in worker threads for a whole corpus.
// May import quotes/, facts/ and node:worker_threads; never React or Ink.
import type { Analysis, Article } from '../article.js';
import { extractEntities } from '../facts/extract-entities.js';
import { extractFacts } from '../facts/extract-facts.js';
import { extractQuotes } from '../quotes/extract-quotes.js';

/** Quotes, facts and entities of one article. Pure; heavy: run it off the UI thread. */
export function analyzeArticle(article: Article): Analysis {
  return { quotes: extractQuotes(article), facts: extractFacts(article), entities: extractEntities(article) };
}
