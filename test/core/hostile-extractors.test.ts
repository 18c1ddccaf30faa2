// Megabyte inputs built to hurt, through the parser, each extractor and search. The only bound is a
// hang catcher (10 s per step); the real figures come from `npx tsx bench/hostile-bench.ts`.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.js';
import { extractEntities } from '../../src/core/facts/extract-entities.js';
import { extractFacts } from '../../src/core/facts/extract-facts.js';
import { parseArticle } from '../../src/core/parse/parse-article.js';
import { extractQuotes } from '../../src/core/quotes/extract-quotes.js';
import { sanitizeForTerminal } from '../../src/core/sanitize.js';
import { createSearchIndex } from '../../src/core/search/index.js';
import { HOSTILE_INPUTS } from '../helpers/hostile-inputs.js';

const HANG_MS = 10_000;
const QUERIES = ['said', 'mini', '"we will"', 'word -bank', 'speaker:minister', 'zzqx'];

/** Runs a step and fails when it took longer than a hang would. */
function timed<T>(step: string, fn: () => T): T {
  const started = performance.now();
  const result = fn();
  const took = performance.now() - started;
  expect(took, `${step} took ${took.toFixed(0)} ms`).toBeLessThan(HANG_MS);
  return result;
}

describe('megabyte inputs built to hurt finish and keep their text', () => {
  for (const [name, text] of Object.entries(HOSTILE_INPUTS)) {
    it(name, () => {
      const parsed = timed('parse', () => parseArticle({ path: 'x.txt', section: null, format: 'text', text: `Title\n\n${text}` }));
      expect(parsed.words + parsed.title.split(' ').length).toBe((`Title ${text}`.match(/\S+/g) ?? []).length);
      const article: Article = { ...parsed, paragraphs: [text] };
      expect(timed('terminal text', () => sanitizeForTerminal(text))).toHaveLength(text.length);
      const quotes = timed('quotes', () => extractQuotes(article));
      // One expect per list, not per item: there can be a hundred thousand of them.
      expect(quotes.filter((q) => !(q.paragraph === 0 && q.paragraphEnd === 0 && 0 <= q.start && q.start <= q.end && q.end <= text.length))).toEqual([]);
      const facts = timed('facts', () => extractFacts(article));
      expect(facts.filter((f) => text.slice(f.start, f.end) !== f.text)).toEqual([]);
      timed('names', () => extractEntities(article));
      const index = createSearchIndex();
      timed('indexing', () => index.addArticles([article], 0));
      for (const query of QUERIES) {
        const answer = timed(`query ${query}`, () => index.search(query, { limit: Infinity }));
        expect(answer.results.length).toBe(answer.total);
      }
    }, 4 * HANG_MS);
  }
});
