import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.js';
import { extractQuotes } from '../../../src/core/quotes/extract-quotes.js';
import { PROPERTY_MS } from '../../helpers/timeouts.js';

function article(paragraphs: readonly string[]): Article {
  return { path: 'made-up.txt', title: 'Made up', byline: null, section: null, paragraphs, boilerplate: [], words: 0, readingMinutes: 0 };
}

/** Characters that exercise every rule: marks of every kind, sentence ends, digits, capitals, names, cues. */
const piece = fc.constantFrom(
  '"', '“', '”', '„', '«', '»', "'", '’', ' ', ' ', ' ', '.', ',', ':', '?', '-', '—', '(', ')', '4', '2',
  'a', 'e', 'the ', 'said ', 'he ', 'she ', 'it ', 'told ', 'according to ', 'Mr ', 'Ann ', 'Lee ', 'Bob ', 'Acme Corp ', 'who ', 'as saying ',
);
const paragraph = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

/**
 * A quotation's own characters: the slice, with each mark that continued it mid-line (`. "So`) and the
 * spaces around it made one space. A straight mark continues only before a non-space; curly and angle
 * opening marks always do.
 */
function expectedText(slice: string): string {
  return slice.replace(/([.?!\u2026]['\u2019)]?) +(?:"(?=\S)|[\u201C\u201E\u00AB] *)/g, '$1 ');
}

/** `expectedText` until nothing changes: marks in a row (`. ""So`) collapse one per pass. */
function collapsed(text: string): string {
  for (let next = expectedText(text); next !== text; next = expectedText(text)) text = next;
  return text;
}

describe('extractQuotes properties', () => {
  it('never throws, and every quotation points inside its paragraphs', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), (paragraphs) => {
        const quotes = extractQuotes(article(paragraphs));
        for (const q of quotes) {
          expect(q.paragraph).toBeGreaterThanOrEqual(0);
          expect(q.paragraphEnd).toBeGreaterThanOrEqual(q.paragraph);
          expect(q.paragraphEnd).toBeLessThan(paragraphs.length);
          const first = paragraphs[q.paragraph] ?? '';
          const last = paragraphs[q.paragraphEnd] ?? '';
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.start).toBeLessThan(first.length);
          expect(q.end).toBeGreaterThan(0);
          expect(q.end).toBeLessThanOrEqual(last.length);
          if (q.paragraph === q.paragraphEnd) {
            expect(q.end).toBeGreaterThan(q.start);
            // A mark after a sentence end may instead close a nested quotation (`„". “Lee`) and stay in the
            // text, so both sides are compared with continuation marks collapsed.
            expect(collapsed(q.text)).toBe(collapsed(first.slice(q.start, q.end)));
          }
          // Marks around nothing but marks, spaces and punctuation are no quotation.
          expect(q.text).toMatch(/[\p{L}\p{N}]/u);
        }
      }),
      { numRuns: 2000 },
    );
  }, PROPERTY_MS);

  it('keeps a mark that closes a nested quotation after a sentence end; of two marks in a row one continues', () => {
    expect(extractQuotes(article(['\u201E". \u201CLee ']))[0]).toMatchObject({ start: 1, end: 8, text: '". \u201CLee' });
    expect(extractQuotes(article(['". ""told ']))[0]).toMatchObject({ start: 1, end: 9, text: '. "told' });
  });

  it('finishes on a megabyte paragraph of marks, with the quotations the marks make', () => {
    const where = (paragraph: string) => extractQuotes(article([paragraph])).map((q) => [q.start, q.end, q.paragraphEnd, q.partial]);
    // Marks with nothing between them: no quotation.
    expect(where('"'.repeat(1_000_000))).toEqual([]);
    // Every mark opens and none closes: one quotation from the first mark to the paragraph end.
    const said = 'He said "'.repeat(100_000);
    expect(where(said)).toEqual([[9, said.length, 0, false]]);
    // A mark after a sentence end goes on with the quotation (`. "So`): again one, to the end.
    const sentences = '"A. '.repeat(250_000);
    expect(where(sentences)).toEqual([[1, sentences.length - 1, 0, false]]);
  }, 20_000);
});
