// Megabyte inputs built to hurt, through the parser, each extractor and search. The only time bound is
// a hang catcher (10 s per step); the real figures come from `npx tsx bench/hostile-bench.ts`. Each
// input must also keep its text, point every finding inside it, and find what it plainly holds.
import { describe, expect, it } from 'vitest';
import type { Article, Entity, Fact, Quote } from '../../src/core/article.js';
import { extractEntities } from '../../src/core/facts/extract-entities.js';
import { extractFacts } from '../../src/core/facts/extract-facts.js';
import { parseArticle } from '../../src/core/parse/parse-article.js';
import { extractQuotes } from '../../src/core/quotes/extract-quotes.js';
import { sanitizeForTerminal } from '../../src/core/sanitize.js';
import { createSearchIndex } from '../../src/core/search/index.js';
import { HOSTILE_INPUTS, MB } from '../helpers/hostile-inputs.js';

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

/** What one input gave: the extractors' findings and each query's total. */
interface Found {
  readonly quotes: readonly Quote[];
  readonly facts: readonly Fact[];
  readonly entities: readonly Entity[];
  readonly totals: Readonly<Record<string, number>>;
}

/** How many times each string occurs (one expect per list: there can be a hundred thousand items). */
function tally(list: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of list) counts[item] = (counts[item] ?? 0) + 1;
  return counts;
}

/** How many copies of `unit` a megabyte input holds (see `fill` in hostile-inputs). */
const copies = (unit: string) => Math.ceil(MB / unit.length);

const nothing = ({ quotes, facts, entities }: Found) => {
  expect([quotes.length, facts.length, entities.length]).toEqual([0, 0, 0]);
};

/** What an input plainly holds, for those where that is clear. */
const IMPLIED: Readonly<Record<string, (found: Found) => void>> = {
  // Marks, signs, titles, a common word, separators and invisible characters around no words: nothing.
  '100,000 " marks': nothing,
  '1 MB of " marks': nothing,
  'deeply nested opening quotes': nothing,
  '1 MB of $': nothing,
  '100,000 capitalised words': nothing,
  'titles before names': nothing,
  '1 MB without a space': nothing,
  'sentence ends only': nothing,
  'reporting verbs only': nothing,
  'spaces then a letter': nothing,
  'an emoji and a megabyte of joiners': nothing,
  'emoji, modifiers and invisible characters': nothing,
  'one 1 MB paragraph of prose': ({ quotes, facts, entities, totals }) => {
    const n = copies('The minister said "we will act" on Monday, after 3,000 people met in Leeds. ');
    expect(tally(quotes.map((q) => `${q.text} | ${q.speaker} | ${q.partial ? 'fragment' : 'full'}`))).toEqual({ 'we will act | the minister | fragment': n });
    expect(tally(facts.map((f) => `${f.kind} ${f.text}`))).toEqual({ 'date Monday': n, 'count 3,000 people': n });
    expect(entities.map((e) => [e.name, e.kind, e.mentions])).toEqual([['Leeds', 'place', n]]);
    // Every quotation, and the paragraph that holds them all.
    expect(totals['"we will"']).toBe(n + 1);
    expect(totals['speaker:minister']).toBe(n);
    expect(totals.zzqx).toBe(0);
  },
  '50,000 numbers in a row': ({ quotes, facts }) => {
    expect(quotes).toEqual([]);
    expect(facts).toHaveLength(50_000);
    expect(facts.filter((f, i) => f.kind !== 'count' || f.value !== i * 7919 || f.text !== String(i * 7919))).toEqual([]);
  },
  '$ and digits': ({ facts }) => {
    const n = copies('$1$2$3,');
    expect(tally(facts.map((f) => `${f.kind} ${f.text} = ${f.value} ${f.currency}`))).toEqual({ 'money $1 = 1 USD': n, 'money $2 = 2 USD': n, 'money $3 = 3 USD': n });
  },
};

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
      const entities = timed('names', () => extractEntities(article));
      expect(entities.filter((e) => !text.includes(e.name) || e.mentions < 1 || e.paragraphs.join() !== '0')).toEqual([]);
      const index = createSearchIndex();
      timed('indexing', () => {
        index.addArticles([article], 0);
        index.addAnalysis(0, { quotes, facts, entities });
      });
      const totals: Record<string, number> = {};
      for (const query of QUERIES) {
        const answer = timed(`query ${query}`, () => index.search(query, { limit: Infinity }));
        expect(answer.results.length).toBe(answer.total);
        totals[query] = answer.total;
      }
      IMPLIED[name]?.({ quotes, facts, entities, totals });
    }, 4 * HANG_MS);
  }
});
