import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/facts/extract-entities.js';
import { extractFacts } from '../../../src/core/facts/extract-facts.js';
import { seedArticle } from '../../helpers/seed.js';

describe('the seed article', () => {
  const seed = seedArticle();
  const facts = extractFacts(seed);
  const entities = extractEntities(seed);

  it.each(['$15 million', '52%', '65% to 30%', '80%', '2,000', '21', 'July 28'])('has a fact containing %s', (text) => {
    expect(facts.some((f) => f.text.includes(text))).toBe(true);
  });

  it('reads the values the issue asks for', () => {
    const byText = (text: string) => facts.find((f) => f.text.includes(text))!;
    expect(byText('$15 million')).toMatchObject({ kind: 'money', value: 15_000_000, currency: 'USD', paragraph: 6 });
    expect(byText('52%')).toMatchObject({ kind: 'percent', value: 52 });
    expect(byText('65% to 30%')).toMatchObject({ kind: 'range', from: 65, to: 30 });
    expect(byText('2,000')).toMatchObject({ kind: 'count', value: 2000, unit: 'people', text: 'at least 2,000 people' });
    expect(byText('21 others')).toMatchObject({ kind: 'count', value: 21, unit: 'others' });
    expect(byText('July 28')).toMatchObject({ kind: 'date', value: null });
  });

  it('has only facts with a number or a date word in them', () => {
    for (const fact of facts) expect(fact.text).toMatch(/\d|Sunday|January|last|three|percent/i);
  });

  it.each([
    ['Nicolás Maduro', 'person'],
    ['Edmundo González', 'person'],
    ['Biden', 'person'],
    ['Venezuela', 'place'],
    ['Panama', 'place'],
    ['McClatchy', 'organization'],
    ['Wall Street Journal', 'organization'],
    ['National Electorate Council', 'organization'],
  ])('names %s', (name, kind) => {
    const entity = entities.find((e) => e.name === name);
    expect(entity, JSON.stringify(entities.map((e) => e.name))).toBeDefined();
    if (name !== 'McClatchy') expect(entity!.kind).toBe(kind);
  });

  it('merges every Maduro into Nicolás Maduro and the U.S. into one place', () => {
    expect(entities.filter((e) => /Maduro/.test(e.name))).toHaveLength(1);
    expect(entities.find((e) => e.name === 'Nicolás Maduro')!.mentions).toBeGreaterThanOrEqual(15);
    expect(entities.filter((e) => /^(U\.S\.|US|United States)$/.test(e.name))).toHaveLength(1);
  });

  it('names no month, weekday, credit or nationality word', () => {
    const names = entities.map((e) => e.name);
    for (const junk of ['Sunday', 'January', 'Venezuelan', 'Sipa USA', 'USA', 'Citing', 'Advertisement', 'The']) expect(names).not.toContain(junk);
  });
});
