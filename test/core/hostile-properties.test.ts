// Any text and any bytes, end to end through the core: decode, parse, quotes, facts, names, search.
// Nothing throws, every offset points inside its paragraph, no word of a plain-text file is lost, and
// every string is a query.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, RawDocument } from '../../src/core/article.js';
import { analyzeArticle } from '../../src/core/analysis/analyze-article.js';
import { editLine } from '../../src/core/reader/line-edit.js';
import { decodeBytes } from '../../src/core/load/decode.js';
import { parseArticle } from '../../src/core/parse/parse-article.js';
import { sanitizeForTerminal } from '../../src/core/sanitize.js';
import { createSearchIndex } from '../../src/core/search/index.js';
import { PROPERTY_MS } from '../helpers/timeouts.js';

const FORMATS: readonly RawDocument['format'][] = ['text', 'markdown', 'html'];

/** Pieces that reach every rule: marks, figures, names, markup, line ends, controls, escapes, odd Unicode. */
const piece = fc.constantFrom(
  ' ', ' ', ' ', '\n', '\n\n', '\r\n', '\r', '\t', '\u00A0', '\u2028', '\uFEFF', '\u0000', '\u001b[2J', '\u001b]52;c;eA==\u0007', '\u009b', '\u202E',
  '"', '“', '”', '‘', '’', "'", '«', '»', '„', '.', ',', ':', '?', '!', '—', '-', '(', ')', '/',
  'said', 'told', 'according to', 'Mr', 'Ann Lee', 'Acme Corp', 'the', 'Bank of England', 'U.S.', 'González', 'Gonza\u0301lez',
  '15', '2,000', '1.13', '$', '£', '€', '%', '3bn', 'May', '2004', 'per cent',
  '#', '## ', '> ', '- ', '* ', '1. ', '**', '_', '`', '```', '[a](b)', '<p>', '</p>', '<div>', '<title>', '&amp;', '<!--', '<script>',
  '\u{1F600}', '\uD800', '\uDC00', '\u6771\u4EAC', 'e\u0301', '\uFB01', 'ß',
);
const pieced = fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 80 }).map((parts) => parts.join(''));
/** Arbitrary strings: lone surrogates, every control, and the pieces above. */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), pieced);
/** Arbitrary bytes as a file holds them, some starting with a byte-order mark. */
const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  fc.tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf]), fc.uint8Array({ maxLength: 300 })).map(([bom, rest]) => Uint8Array.from([...bom, ...rest])),
  pieced.map((text) => new TextEncoder().encode(text)),
);

const words = (text: string) => text.match(/\S+/g) ?? [];
const sorted = (list: readonly string[]) => [...list].sort();

/** Every offset of the analysis lies inside the paragraph it names; facts are the slice they claim. */
function expectAnalysisInside(article: Article): void {
  const { quotes, facts, entities } = analyzeArticle(article);
  const { paragraphs } = article;
  for (const q of quotes) {
    expect(q.paragraph).toBeGreaterThanOrEqual(0);
    expect(q.paragraphEnd).toBeGreaterThanOrEqual(q.paragraph);
    expect(q.paragraphEnd).toBeLessThan(paragraphs.length);
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.start).toBeLessThanOrEqual(paragraphs[q.paragraph]!.length);
    expect(q.end).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(paragraphs[q.paragraphEnd]!.length);
    if (q.paragraph === q.paragraphEnd) expect(q.end).toBeGreaterThanOrEqual(q.start);
  }
  for (const f of facts) {
    const text = paragraphs[f.paragraph];
    expect(text).toBeDefined();
    expect(0 <= f.start && f.start < f.end && f.end <= text!.length).toBe(true);
    expect(text!.slice(f.start, f.end)).toBe(f.text);
  }
  for (const e of entities) {
    for (const p of e.paragraphs) expect(p >= 0 && p < paragraphs.length).toBe(true);
  }
}

describe('any bytes, decoded like a file', () => {
  it('decode either gives text or says why, and never throws; only NUL bytes make a file binary', () => {
    fc.assert(fc.property(anyBytes, (bytes) => {
      const decoded = decodeBytes(bytes);
      const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
      if ('error' in decoded) expect(!bom && bytes.includes(0)).toBe(true);
      else expect(typeof decoded.text).toBe('string');
    }), { numRuns: 2000 });
  }, PROPERTY_MS);
  it('decoded text goes through every parser and the analysis without throwing', () => {
    fc.assert(fc.property(anyBytes, fc.constantFrom(...FORMATS), (bytes, format) => {
      const decoded = decodeBytes(bytes);
      if ('error' in decoded) return;
      expectAnalysisInside(parseArticle({ path: 'x', section: null, format, text: decoded.text }));
    }), { numRuns: 500 });
  }, PROPERTY_MS);
});

describe('any string', () => {
  it('every parser gives an article of strings: no empty or multi-line paragraph', () => {
    fc.assert(fc.property(anyText, fc.constantFrom(...FORMATS), (text, format) => {
      const article = parseArticle({ path: 'x', section: null, format, text });
      expect(typeof article.title).toBe('string');
      expect(article.title).not.toContain('\n');
      for (const block of [...article.paragraphs, ...article.boilerplate]) {
        expect(block.trim()).not.toBe('');
        expect(block).not.toContain('\n');
      }
      expect(article.words).toBe(article.paragraphs.reduce((n, p) => n + words(p).length, 0));
    }), { numRuns: 1500 });
  }, PROPERTY_MS);

  it('plain text loses no word and invents none: title, byline, paragraphs and boilerplate hold exactly its words', () => {
    fc.assert(fc.property(anyText, (text) => {
      const article = parseArticle({ path: 'x', section: null, format: 'text', text });
      const kept = [article.title, article.byline ?? '', ...article.paragraphs, ...article.boilerplate].flatMap(words);
      // The parser normalises line ends and to NFC; words are what lies between white space.
      expect(sorted(kept)).toEqual(sorted(words(text.replace(/\r\n?/g, '\n').normalize('NFC'))));
    }), { numRuns: 2000 });
  }, PROPERTY_MS);

  it('Markdown keeps every word that is not markup', () => {
    // Link targets, code fences, list numbers and entity names are markup by design; words must all stay.
    const word = fc.stringMatching(/^[A-Za-z\u00C0-\u024F]{1,8}$/);
    const mark = fc.constantFrom(' ', '\n', '\n\n', '# ', '## ', '> ', '- ', '* ', '**', '*', '_', '`', '"', '“', ', ', '. ', '---\n');
    const markdown = fc.array(fc.oneof(word, mark), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(fc.property(markdown, (text) => {
      const article = parseArticle({ path: 'x.md', section: null, format: 'markdown', text });
      const kept = [article.title, article.byline ?? '', ...article.paragraphs, ...article.boilerplate].join(' ');
      const letters = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
      expect(sorted(letters(kept))).toEqual(sorted(letters(text)));
    }), { numRuns: 1000 });
  }, PROPERTY_MS);

  it('quotes, facts and names never throw and point inside their paragraphs', () => {
    fc.assert(fc.property(fc.array(anyText, { minLength: 1, maxLength: 5 }), (paragraphs) => {
      expectAnalysisInside(parseArticle({ path: 'x', section: null, format: 'text', text: ['Title', ...paragraphs].join('\n\n') }));
    }), { numRuns: 500 });
  }, PROPERTY_MS);

  it('what reaches the terminal carries no control character', () => {
    fc.assert(fc.property(anyText, (text) => {
      const article = parseArticle({ path: 'x', section: null, format: 'text', text });
      for (const shown of [article.title, ...article.paragraphs].map(sanitizeForTerminal)) {
        expect(shown).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
      }
    }), { numRuns: 1000 });
  }, PROPERTY_MS);
});

describe('search over any text', () => {
  it('any paste into the search box leaves no control or bidi override in the query (the box is drawn as typed)', () => {
    fc.assert(fc.property(anyText, anyText, (before, paste) => {
      const { value, cursor } = editLine({ value: '', cursor: 0 }, { kind: 'insert', text: before });
      const after = editLine({ value, cursor }, { kind: 'insert', text: paste });
      expect(after.value).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
      expect(after.cursor).toBeLessThanOrEqual(after.value.length);
    }), { numRuns: 500 });
  }, PROPERTY_MS);

  it('any string is a query: no throw, hits inside their unit, counts that agree', () => {
    fc.assert(fc.property(fc.array(fc.array(anyText, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }), anyText, (bodies, query) => {
      const articles = bodies.map((paragraphs, i) => parseArticle({ path: `${i}.txt`, section: null, format: 'text', text: ['Title', ...paragraphs].join('\n\n') }));
      const index = createSearchIndex();
      index.addArticles(articles, 0);
      articles.forEach((article, i) => index.addAnalysis(i, analyzeArticle(article)));
      const answer = index.search(query, { limit: Infinity });
      expect(answer.results).toHaveLength(answer.total);
      for (const r of answer.results) {
        const article = articles[r.article]!;
        const unit = r.where === 'title' ? article.title : r.where === 'paragraph' ? article.paragraphs[r.paragraph!]! : null;
        for (const [s, e] of r.hits) {
          expect(0 <= s && s < e).toBe(true);
          if (unit !== null) expect(e).toBeLessThanOrEqual(unit.length);
        }
      }
    }), { numRuns: 300 });
  }, PROPERTY_MS);

  it('a word of the text, searched for, finds its paragraph', () => {
    const word = fc.stringMatching(/^[a-z]{3,10}$/);
    fc.assert(fc.property(fc.array(anyText, { minLength: 1, maxLength: 3 }), word, fc.nat(3), (noise, needle, at) => {
      const paragraphs = [...noise];
      const p = at % paragraphs.length;
      paragraphs[p] = `${paragraphs[p]} ${needle} ${noise[0]}`;
      const article = parseArticle({ path: 'x.txt', section: null, format: 'text', text: ['Title', ...paragraphs].join('\n\n') });
      const index = createSearchIndex();
      index.addArticles([article], 0);
      const answer = index.search(needle, { limit: Infinity });
      const holding = article.paragraphs.findIndex((text) => text.split(/\s+/).includes(needle));
      // A short first line under the title can be taken for a credit line (the byline), which is not searched.
      fc.pre(holding >= 0 || article.byline?.includes(needle) !== true);
      expect(holding).toBeGreaterThanOrEqual(0);
      expect(answer.results.some((r) => r.where === 'paragraph' && r.paragraph === holding)).toBe(true);
    }), { numRuns: 300 });
  }, PROPERTY_MS);
});
