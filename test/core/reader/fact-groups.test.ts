import { describe, expect, it } from 'vitest';
import { factContext } from '../../../src/core/reader/fact-groups.js';
import { factRows } from '../../../src/core/reader/pane-rows.js';

describe('a figure in the facts pane', () => {
  it('takes a few words after it, small linking words dropped, up to a mark', () => {
    expect(factContext({ text: '£90m', sentence: 'The levy will raise £90m in estimated yearly port revenues, the council said.' })).toBe('estimated yearly port revenues');
  });
  it('takes the words before it when its sentence ends there', () => {
    expect(factContext({ text: 'three weeks', sentence: 'The bridge will be shut for three weeks.' })).toBe('The bridge will be shut');
  });
  it('shows the context after the figure, and the row knows where the figure ends', () => {
    const rows = factRows({ quotes: [], entities: [], facts: [{ kind: 'money', text: '£90m', value: 9e7, currency: 'GBP', sentence: 'It will raise £90m in port fees.', sentenceStart: 0, sentenceEnd: 32, paragraph: 0, start: 14, end: 18 }] });
    const item = rows.find((r) => r.kind === 'item');
    expect(item).toMatchObject({ text: '£90m — port fees', labelEnd: 4 });
  });
});
