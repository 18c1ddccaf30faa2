import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, type SearchIndex, type SearchResults } from '../../../src/core/search/index.js';
import { makeArticle } from '../../helpers/seed.js';
import { analysis, quote } from './search-helpers.js';
import { PROPERTY_MS } from '../../helpers/timeouts.js';

const WORDS = ['alpha', 'alphabet', 'alps', 'alto', 'gammas', 'beta', 'Bét', 'bravo', 'gamma', 'gam', 'delta', 'ALPHA', 'x', 'al-pha', 'beta’s', '5bn', 'don’t'];
/** What a result set says, without its snippets. */
const gist = (r: SearchResults) => ({ total: r.total, articles: r.articleCount, results: r.results.map((x) => [x.article, x.where, x.paragraph, x.item, x.hits]) });

function corpus(paragraphs: number, seed = 1) {
  let s = seed;
  const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) % 1000) / 1000;
  const word = () => WORDS[Math.floor(next() * WORDS.length)]!;
  return Array.from({ length: Math.ceil(paragraphs / 5) }, (_, a) =>
    makeArticle(Array.from({ length: 5 }, () => Array.from({ length: 8 }, word).join(' ')), `Article ${a} ${word()}`));
}

describe('incremental building', () => {
  it('finds articles added after earlier searches, and quotes added later', () => {
    const articles = corpus(50);
    const index = createSearchIndex();
    index.addArticles(articles.slice(0, 4), 0);
    const before = index.search('alpha').total;
    index.addArticles(articles.slice(4), 4);
    const fresh = createSearchIndex();
    fresh.addArticles(articles, 0);
    expect(gist(index.search('alpha'))).toEqual(gist(fresh.search('alpha')));
    expect(index.search('alpha').total).toBeGreaterThan(before);
    index.addAnalysis(2, analysis([quote('alpha and omega', 'Somebody')]));
    expect(index.search('alpha omega').results.map((r) => [r.article, r.where])).toEqual([[2, 'quote']]);
  });
  it('replaces an article or an analysis added again at the same index', () => {
    const index = createSearchIndex();
    index.addArticles([makeArticle(['old words'], 'Old')], 0);
    index.addAnalysis(0, analysis([quote('old quote', null)]));
    expect(index.search('old').total).toBe(3);
    index.addArticles([makeArticle(['new words'], 'New')], 0);
    index.addAnalysis(0, analysis([quote('new quote', null)]));
    expect(index.search('old').total).toBe(0);
    expect(index.search('new').total).toBe(3);
    expect(index.size()).toMatchObject({ articles: 1, units: 3 });
  });
});

describe('reusing the previous keystroke', () => {
  it('gives the same answers as a fresh index at every keystroke, edits included', () => {
    const articles = corpus(60, 7);
    // Queries as people type them: word starts, exclusions, phrases, filters; then some backspaces.
    const word = fc.constantFrom(...WORDS, 'al', 'b', 'ga', 'alpha beta', 'zz');
    const part = fc.oneof(word, word.map((w) => `-${w}`), word.map((w) => `"${w}`), word.map((w) => `"${w}"`), word.map((w) => `speaker:${w}`), fc.constantFrom('in:q', 'in:t', 'in:p,f', 'speaker:'));
    const typed = fc.tuple(fc.array(part, { minLength: 1, maxLength: 3 }), fc.array(fc.constantFrom('\b', 'a', ' ', 'x'), { maxLength: 4 }))
      .map(([parts, tail]) => [...parts.join(' ').split(''), ...tail]);
    fc.assert(fc.property(typed, (keys) => {
      const index = createSearchIndex();
      index.addArticles(articles, 0);
      index.addAnalysis(1, analysis([quote('alpha beta quote', 'Alpha Person'), quote('gamma', null)]));
      const fresh = createSearchIndex();
      fresh.addArticles(articles, 0);
      fresh.addAnalysis(1, analysis([quote('alpha beta quote', 'Alpha Person'), quote('gamma', null)]));
      let query = '';
      for (const key of keys) {
        query = key === '\b' ? query.slice(0, -1) : query + key;
        expect(gist(index.search(query, { limit: 7 })), query).toEqual(gist(fresh.search(query, { limit: 7 })));
        fresh.search('zzz'); // so that the fresh index never reuses a previous answer
      }
    }), { numRuns: 150 });
  }, PROPERTY_MS);
});

describe('sliced search', () => {
  const articles = corpus(3000, 3);
  it('answers in slices that end with the full answer, counts only growing', () => {
    const index = createSearchIndex();
    index.addArticles(articles, 0);
    const task = index.start('alpha', { limit: 10 });
    const first = task.step(0);
    expect(first.complete).toBe(false);
    expect(task.done).toBe(false);
    let last = first;
    let steps = 1;
    while (!task.done) {
      const next = task.step(0);
      expect(next.total).toBeGreaterThanOrEqual(last.total);
      last = next;
      steps++;
    }
    expect(steps).toBeGreaterThan(2);
    expect(last.complete).toBe(true);
    const fresh = createSearchIndex();
    fresh.addArticles(articles, 0);
    expect(gist(last)).toEqual(gist(fresh.search('alpha', { limit: 10 })));
  });
  it('a keystroke that supersedes an unfinished one still gets the full answer', () => {
    const index = createSearchIndex();
    index.addArticles(articles, 0);
    index.start('al').step(0);
    const task = index.start('alp');
    task.step(0);
    const narrower = index.start('alpha be').step(Infinity);
    const fresh = createSearchIndex();
    fresh.addArticles(articles, 0);
    expect(gist(narrower)).toEqual(gist(fresh.search('alpha be')));
  });
});
