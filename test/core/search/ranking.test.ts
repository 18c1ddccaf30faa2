import { describe, expect, it } from 'vitest';
import { analysis, indexOf, quote } from './search-helpers.js';

describe('ranking', () => {
  it('puts whole-word hits above prefix hits', () => {
    const index = indexOf(['A', 'The governor spoke.', 'Read it on the gov website.']);
    expect(index.search('gov').results.map((r) => r.paragraph)).toEqual([1, 0]);
  });
  it('puts a phrase above scattered words of the same kind', () => {
    const index = indexOf(['A', 'The prime of a minister.', 'The prime minister.']);
    expect(index.search('"prime minister"').results.map((r) => r.paragraph)).toEqual([1]);
    expect(index.search('prime minister').results.map((r) => r.paragraph)).toEqual([0, 1]);
  });
  it('puts titles and quotes above body text', () => {
    const index = indexOf(['Budget day', 'Body about the budget.', 'More budget text.'], ['Budget row', 'x']);
    index.addAnalysis(0, analysis([quote('The budget is fair', 'Gordon Brown', 1)]));
    expect(index.search('budget').results.map((r) => [r.article, r.where])).toEqual([
      [0, 'title'], [0, 'quote'], [1, 'title'], [0, 'paragraph'], [0, 'paragraph'],
    ]);
  });
  it('keeps archive order within a rank class, wherever in its article a unit stands', () => {
    const body = (n: number) => Array.from({ length: n }, (_, i) => (i === n - 1 ? 'zebra here' : 'filler'));
    const index = indexOf(['A', ...body(6)], ['B', ...body(1)], ['C', ...body(6)]);
    expect(index.search('zebra').results.map((r) => [r.article, r.paragraph])).toEqual([[0, 5], [1, 0], [2, 5]]);
  });
});

describe('snippets and offsets', () => {
  const long = `${'Filler words go here and on. '.repeat(12)}The hidden needle sits here, ${'and more filler follows after it. '.repeat(6)}`;
  const index = indexOf(['Title', long, 'short needle text']);
  it('show about one line around the first hit, with the hit inside', () => {
    const r = index.search('needle', { snippetWidth: 80 }).results.find((x) => x.paragraph === 0)!;
    expect(r.snippet.length).toBeLessThanOrEqual(82);
    expect(r.snippet.startsWith('…')).toBe(true);
    expect(r.snippet.endsWith('…')).toBe(true);
    const [s, e] = r.snippetHits[0]!;
    expect(r.snippet.slice(s, e)).toBe('needle');
    expect(long.slice(...(r.hits[0] as [number, number]))).toBe('needle');
  });
  it('keep a short unit whole', () => {
    const r = index.search('needle').results.find((x) => x.paragraph === 1)!;
    expect(r.snippet).toBe('short needle text');
    expect(r.snippetHits).toEqual([[6, 12]]);
  });
  it('give every hit of every word (the matched start of each word), in order, merged where they overlap', () => {
    const multi = indexOf(['T', 'Go, govern, gov; Govt and GO again: go-go.']);
    const [r] = multi.search('go gov').results;
    const text = 'Go, govern, gov; Govt and GO again: go-go.';
    expect(r!.hits.map(([s, e]) => text.slice(s, e))).toEqual(['Go', 'gov', 'gov', 'Gov', 'GO', 'go', 'go']);
  });
});

describe('counts', () => {
  it('are exact, not capped at the page', () => {
    const articles = Array.from({ length: 7 }, (_, a) => [`Article ${a}`, ...Array.from({ length: 20 }, (_, p) => (p % 3 === 0 ? `alpha ${p}` : 'beta'))]);
    const index = indexOf(...articles);
    const r = index.search('alpha', { limit: 5 });
    expect([r.total, r.articleCount, r.results.length]).toEqual([49, 7, 5]);
    expect(index.search('alpha', { limit: Infinity }).results).toHaveLength(49);
    expect(index.search('alpha', { limit: 0 }).total).toBe(49);
  });
});
