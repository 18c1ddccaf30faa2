import { describe, expect, it } from 'vitest';
import { EXCERPT_LIMIT, endsSentence, excerpt, sentenceSpans } from '../../../src/core/text/sentences.js';

const spans = (text: string) => sentenceSpans(text).map(({ start, end }) => text.slice(start, end));

describe('one sentence rule for quotes and facts', () => {
  it('ends a sentence at . ? ! and … before a capital, a digit or an opening mark', () => {
    expect(spans('Rain fell. 40 mm came down! Was it a record? "Yes," said Ana Pell.')).toEqual([
      'Rain fell.',
      '40 mm came down!',
      'Was it a record?',
      '"Yes," said Ana Pell.',
    ]);
  });
  it('keeps a closing mark or bracket with the sentence it closes', () => {
    expect(spans('She said: "We won." Then the bus left. (It was late.) Nobody minded.')).toEqual([
      'She said: "We won."',
      'Then the bus left.',
      '(It was late.)',
      'Nobody minded.',
    ]);
  });
  it('does not end at titles, initials, No. before a figure, or a mark inside a name', () => {
    expect(spans('Mr. Hale met Dr Ruiz and George W. Tamm at No. 10 on Sunday.')).toHaveLength(1);
    expect(spans('Dana Kerr of the group Uproar! said they had won.')).toHaveLength(1);
    expect(spans('He said no. Then 52% voted.')).toEqual(['He said no.', 'Then 52% voted.']);
  });
  it('ends a sentence after U.S. only when a capital follows', () => {
    expect(spans('Talks began in the U.S. Congress later agreed.')).toHaveLength(2);
    expect(spans('Talks with U.S. officials began.')).toHaveLength(1);
  });
  it('answers endsSentence at the mark that ends a run of marks', () => {
    const text = 'Really?! Yes.';
    expect(endsSentence(text, 6)).toBe(false);
    expect(endsSentence(text, 7)).toBe(true);
  });
});

describe('a fact sentence excerpt', () => {
  it('is the whole sentence when it is short', () => {
    const text = 'Sales rose 4% in May.';
    expect(excerpt(text, 0, text.length, 11, 13)).toBe(text);
  });
  it('is at most the limit around the figure, cut at spaces and marked where cut', () => {
    const words = Array.from({ length: 400 }, (_, i) => `word${i}`);
    words[200] = '$9,999';
    const text = words.join(' ');
    const from = text.indexOf('$9,999');
    const shown = excerpt(text, 0, text.length, from, from + 6);
    expect(shown.length).toBeLessThanOrEqual(EXCERPT_LIMIT);
    expect(shown.length).toBeGreaterThan(EXCERPT_LIMIT - 40);
    expect(shown).toContain('$9,999');
    expect(shown.startsWith('\u2026word')).toBe(true);
    expect(shown.endsWith('\u2026')).toBe(true);
    // Cut at spaces: every word shown is whole.
    for (const word of shown.slice(1, -1).split(' ')) expect(words).toContain(word);
  });
  it('keeps a figure near either end of a long sentence, marking only the cut side', () => {
    const text = `$5 ${'and more '.repeat(100)}then 7%`;
    expect(excerpt(text, 0, text.length, 0, 2)).toMatch(/^\$5 and more .*\u2026$/);
    expect(excerpt(text, 0, text.length, text.length - 2, text.length)).toMatch(/^\u2026.* then 7%$/);
  });
});
