import { describe, expect, it } from 'vitest';
import { indexOf } from './search-helpers.js';

describe('counting under a cap', () => {
  // Articles 0-3 hold 2, 3, 1 and 2 paragraphs naming the bridge; article 3's title names it too.
  const index = indexOf(
    ['One', 'bridge a', 'bridge b'],
    ['Two', 'bridge c', 'bridge d', 'bridge e'],
    ['Three', 'bridge f'],
    ['Bridge four', 'bridge g', 'bridge h'],
  );

  it('counts exactly up to the cap, and says nothing of a cap it stays within', () => {
    const answer = index.search('bridge', { cap: 9 });
    expect([answer.total, answer.articleCount, answer.capped]).toEqual([9, 4, undefined]);
    expect(index.search('bridge').total).toBe(9);
  });

  it('past the cap, takes articles in archive order until they pass it, and ranks the page among them', () => {
    const answer = index.search('bridge', { cap: 4 });
    expect([answer.total, answer.articleCount, answer.capped]).toEqual([4, 2, true]);
    // Article 3's title would rank first, but counting stopped at article 1.
    expect(answer.results.map((r) => [r.article, r.paragraph])).toEqual([[0, 0], [0, 1], [1, 0], [1, 1], [1, 2]]);
    expect(index.search('bridge', { cap: 5 }).articleCount).toBe(3);
    expect(index.search('bridge', { cap: 0 })).toMatchObject({ total: 0, articleCount: 1, capped: true });
  });

  it('gives each result its rank class', () => {
    const [title, paragraph] = index.search('bridge', { limit: 2 }).results;
    expect(title!.where).toBe('title');
    expect(title!.rank).toBeGreaterThan(paragraph!.rank!);
  });
});
