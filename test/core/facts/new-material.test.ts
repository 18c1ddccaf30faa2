// Figures missed on new material, and junk read out of codes and escapes. Invented examples.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../../src/core/facts/extract-entities.js';
import { extractFacts } from '../../../src/core/facts/extract-facts.js';
import { makeArticle } from '../../helpers/seed.js';

const facts = (...paragraphs: string[]) => extractFacts(makeArticle(paragraphs)).map((f) => [f.kind, f.text, f.value, f.unit ?? null]);

describe('figures written as compounds, estimates and shares of a group', () => {
  it('reads a number joined to what it counts or measures', () => {
    expect(facts('The 12-state pact and a 9-carat chain were on show.')).toEqual([
      ['count', '12-state', 12, 'states'],
      ['quantity', '9-carat', 9, 'carats'],
    ]);
  });
  it('reads a season with its year as a date', () => {
    expect(facts('The bridge opens in autumn 2031.')).toEqual([['date', 'autumn 2031', '2031', null]]);
  });
  it('reads an estimate and a number of someone\'s people', () => {
    expect(facts('She took 30 or so pictures while three of his cousins waited.')).toEqual([
      ['count', '30 or so pictures', 30, 'pictures'],
      ['count', 'three of his cousins', 3, 'cousins'],
    ]);
  });
});

describe('codes and escapes', () => {
  it('reads no figure out of a terminal escape sequence', () => {
    expect(facts('The log ends in \u001b[0m and \u001b[1;31m colour codes after 40 lines.')).toEqual([['count', '40 lines', 40, 'lines']]);
  });
  it('keeps a model code out of the maker\'s name', () => {
    const names = extractEntities(makeArticle(['Skyward Aero said the Skyward Aero B770 will fly in June.'])).map((e) => e.name);
    expect(names).toContain('Skyward Aero');
    expect(names.some((n) => /\bB$/.test(n))).toBe(false);
  });
});
