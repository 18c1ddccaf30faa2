import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analysis/analyze-article.js';
import { makeArticle, seedArticle } from '../../helpers/seed.js';

describe('analyzeArticle', () => {
  it('gathers quotes, facts and entities of the seed', () => {
    const analysis = analyzeArticle(seedArticle());
    expect(analysis.facts.length).toBeGreaterThanOrEqual(7);
    expect(analysis.entities.map((e) => e.name)).toContain('Edmundo González');
    // The official's five quotations in paragraphs 3, 4 and 9, and a fragment in paragraph 7 with no speaker.
    const official = 'a senior administration official';
    expect(analysis.quotes.map((q) => [q.paragraph, q.speaker, q.partial])).toEqual([
      [2, official, false], [2, official, false], [3, official, false], [6, null, true], [8, official, false], [8, official, false],
    ]);
    expect(analysis.facts.map((f) => f.text)).toEqual(expect.arrayContaining(['$15 million', 'close to 52%', '65% to 30%', 'July 28']));
  });
  it('returns plain data that survives a structured clone (what the worker sends)', () => {
    const analysis = analyzeArticle(makeArticle(['Mr Smith paid $5m on Sunday.']));
    expect(structuredClone(analysis)).toEqual(analysis);
  });
});
