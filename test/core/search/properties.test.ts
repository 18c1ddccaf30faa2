import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.js';
import { createSearchIndex, type SearchResult } from '../../../src/core/search/index.js';
import { analysis, fact, quote } from './search-helpers.js';
import { PROPERTY_MS } from '../../helpers/timeouts.js';

// Text with the awkward cases: accents in NFC and NFD, ß and ligatures (folding changes lengths),
// curly quotes, astral chars, controls, CJK, regex metacharacters.
const piece = fc.constantFrom('Gonz\u00E1lez', 'Gonza\u0301lez', 'Stra\u00DFe', '\uFB01nance', 'hasn\u2019t', '\u201Cquoted\u201D', '\u{1F600}', '\u6771\u4EAC',
  'a.b*c', '(x)', '[y]', '$5bn', '5.5%', 'admin', 'minister', 'prime', 'the', '\u0000', '\t', 'x');
const text = fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' '));
const article = fc.tuple(text, fc.array(text, { minLength: 1, maxLength: 4 }))
  .map(([title, paragraphs]): Article => ({ path: 'p.txt', title, byline: null, section: null, paragraphs, boilerplate: [], words: 0, readingMinutes: 1 }));
const query = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.array(fc.oneof(piece, fc.constantFrom('"', '-', 'speaker:', 'in:q', 'in:t', 'gonz', 'pri')), { maxLength: 4 }).map((p) => p.join(' ')));

function unitText(articles: readonly Article[], r: SearchResult, quotes: readonly string[], facts: readonly string[]): string {
  if (r.where === 'title') return articles[r.article]!.title;
  if (r.where === 'paragraph') return articles[r.article]!.paragraphs[r.paragraph!]!;
  return (r.where === 'quote' ? quotes : facts)[r.item!]!;
}

describe('any string is a valid query', () => {
  it('never throws; hits lie inside the unit text, in order; counts agree with the results', () => {
    fc.assert(fc.property(fc.array(article, { minLength: 1, maxLength: 4 }), fc.array(text, { maxLength: 3 }), query, (articles, quoteTexts, q) => {
      const index = createSearchIndex();
      index.addArticles(articles, 0);
      index.addAnalysis(0, analysis(quoteTexts.map((t) => quote(t, 'Se\u0301gole\u0300ne Royal')), quoteTexts.map((t) => fact(t))));
      const all = index.search(q, { limit: Infinity });
      const page = index.search(q, { limit: 3 });
      expect(all.complete).toBe(true);
      expect(all.results).toHaveLength(all.total);
      expect(new Set(all.results.map((r) => r.article)).size).toBe(all.articleCount);
      expect([page.total, page.articleCount]).toEqual([all.total, all.articleCount]);
      expect(page.results).toEqual(all.results.slice(0, 3));
      for (const r of all.results) {
        const unit = unitText(articles, r, quoteTexts, quoteTexts);
        let end = 0;
        for (const [s, e] of r.hits) {
          expect(s).toBeGreaterThanOrEqual(end);
          expect(e).toBeGreaterThan(s);
          expect(e).toBeLessThanOrEqual(unit.length);
          end = e;
        }
        for (const [s, e] of r.snippetHits) {
          expect(0 <= s && s < e && e <= r.snippet.length).toBe(true);
        }
      }
    }), { numRuns: 300 });
  }, PROPERTY_MS);
  it('a hit always covers text that folds to what was looked for', () => {
    fc.assert(fc.property(fc.array(article, { minLength: 1, maxLength: 3 }), fc.constantFrom('gonzalez', 'strasse', 'finance', "hasn't", '"quoted"', 'a.b', '$5', 'min', '\u6771'), (articles, q) => {
      const index = createSearchIndex();
      index.addArticles(articles, 0);
      const want = q.replace(/"/g, '');
      for (const r of index.search(q, { limit: Infinity }).results) {
        const unit = unitText(articles, r, [], []);
        for (const [s, e] of r.hits) {
          const hit = unit.slice(s, e).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\u00DF/g, 'ss').replace(/\u2019/g, "'");
          expect(hit).toBe(want);
        }
      }
    }));
  }, PROPERTY_MS);
});
