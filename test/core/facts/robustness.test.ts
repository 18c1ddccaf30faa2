import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/facts/extract-entities.js';
import { extractFacts } from '../../../src/core/facts/extract-facts.js';
import { makeArticle } from '../../helpers/seed.js';
import { PROPERTY_MS } from '../../helpers/timeouts.js';

// Pieces that exercise every reader: numbers, money, dates, names, marks and odd characters.
const piece = fc.oneof(
  fc.constantFrom('$', '£', '€', '%', ' ', '  ', '-', '–', ',', '.', '’s', "'", '“', '”', '(', ')', '/', ':', 'US$', 'HK$', '\u0301', '😀'),
  fc.constantFrom('15', '2,000', '1.13', '2003', '1960s', '21st', 'bn', 'm', 'million', 'percent', 'per cent', 'pence', 'to', 'from', 'between', 'and'),
  fc.constantFrom('July', 'May', 'Sunday', 'last', 'month', 'ago', 'two', 'Twenty', 'eight', 'a', 'third', 'of', 'Half', 'people', 'days', 'GMT', 'am'),
  fc.constantFrom('Mr', 'Sir', 'Nicolás', 'Maduro', 'U.S.', 'United', 'States', 'The', 'Bank', 'of', 'England', 'al-', 'de', 'LSE', 'Minister'),
  fc.string({ maxLength: 6 }),
);
const paragraph = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(' ').trim() || 'x');

describe('on any text', () => {
  it('never throws; every fact is the paragraph slice it claims to be, inside the paragraph', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const article = makeArticle(paragraphs);
        for (const fact of extractFacts(article)) {
          const text = article.paragraphs[fact.paragraph]!;
          expect(fact.start).toBeGreaterThanOrEqual(0);
          expect(fact.end).toBeLessThanOrEqual(text.length);
          expect(fact.start).toBeLessThan(fact.end);
          expect(text.slice(fact.start, fact.end)).toBe(fact.text);
          expect(text).toContain(fact.sentence);
          expect(fact.sentence).toContain(fact.text);
        }
        for (const entity of extractEntities(article)) {
          expect(entity.name.trim()).toBe(entity.name);
          expect(entity.mentions).toBeGreaterThanOrEqual(entity.paragraphs.length);
          expect([...entity.paragraphs].sort((a, b) => a - b)).toEqual(entity.paragraphs);
        }
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_MS);
});

describe('in linear time', () => {
  const quick = (text: string) => {
    const article = makeArticle([text]);
    const started = performance.now();
    extractFacts(article);
    extractEntities(article);
    return performance.now() - started;
  };
  // Generous bounds that only a hang or catastrophic backtracking would break.
  it.each([
    ['1 MB of digits', '7'.repeat(1_000_000)],
    ['dollar signs', '$'.repeat(200_000)],
    ['50,000 numbers in a row', Array.from({ length: 50_000 }, (_, i) => String(i)).join(' ')],
    ['a run of 50,000 capitalised words', 'Word '.repeat(50_000)],
    ['digits joined by commas and dots', '1,2.3,4.'.repeat(100_000)],
    ['alternating names and particles', 'Bank of '.repeat(50_000)],
  ])('%s', (_name, text) => {
    expect(quick(text)).toBeLessThan(10_000);
  }, 20_000);
});
