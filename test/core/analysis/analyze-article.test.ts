import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../../src/core/analysis/analyze-article.js';
import { makeArticle, seedArticle } from '../../helpers/seed.js';

describe('analyzeArticle', () => {
  it('gathers quotes, facts and entities of the seed', () => {
    const analysis = analyzeArticle(seedArticle());
    expect(analysis.facts.length).toBeGreaterThanOrEqual(7);
    expect(analysis.entities.map((e) => e.name)).toContain('Edmundo González');
    expect(Array.isArray(analysis.quotes)).toBe(true);
  });
  it('returns plain data that survives a structured clone (what the worker sends)', () => {
    const analysis = analyzeArticle(makeArticle(['Mr Smith paid $5m on Sunday.']));
    expect(structuredClone(analysis)).toEqual(analysis);
  });
});
