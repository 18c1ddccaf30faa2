import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, wrapText } from '../../../src/core/reader/wrap-text.js';
import { PROPERTY_MS } from '../../helpers/timeouts.js';

const show = (text: string, width: number) => wrapText(text, width).map((l) => text.slice(l.start, l.end));

describe('wrapText', () => {
  it('breaks between words and drops the spaces at the breaks', () => {
    expect(show('The quick brown fox jumps over the lazy dog', 10)).toEqual(['The quick', 'brown fox', 'jumps over', 'the lazy', 'dog']);
  });
  it('hard-breaks a word longer than the line', () => {
    expect(show('supercalifragilistic ok', 8)).toEqual(['supercal', 'ifragili', 'stic ok']);
  });
  it('counts wide characters as two columns and may break between them', () => {
    const lines = show('日本語のテキストです', 7);
    expect(lines).toEqual(['日本語', 'のテキ', 'ストで', 'す']);
  });
  it('keeps combining accents with their letter and counts them as zero columns', () => {
    const text = 'cafe\u0301 cafe\u0301 cafe\u0301';
    expect(show(text, 10)).toEqual(['cafe\u0301 cafe\u0301', 'cafe\u0301']);
  });
  it('never splits an emoji sequence', () => {
    const text = 'ok 👩‍👩‍👧 ok';
    expect(show(text, 4)).toEqual(['ok', '👩‍👩‍👧', 'ok']);
  });
  it('gives one empty line for empty text', () => {
    expect(wrapText('', 10)).toEqual([{ start: 0, end: 0 }]);
  });
  it('keeps every visible character, in order, within the width', () => {
    const word = fc.stringMatching(/^[a-zé日😀]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.integer({ min: 2, max: 40 }), (words, width) => {
        const text = words.join(' ');
        const lines = wrapText(text, width);
        for (const l of lines) expect(displayWidth(text.slice(l.start, l.end))).toBeLessThanOrEqual(width);
        for (let i = 1; i < lines.length; i++) expect(lines[i]!.start).toBeGreaterThanOrEqual(lines[i - 1]!.end);
        expect(lines.map((l) => text.slice(l.start, l.end)).join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
      }),
    );
  }, PROPERTY_MS);
});

describe('displayWidth', () => {
  it('counts terminal columns on the narrow fast path and beyond it', () => {
    // Columns counted by hand: one per narrow character, two per wide one, none for marks and joiners.
    expect([
      'plain', 'Nicolás’ “quote” — dash…', 'soft\u00adhyphen', '日本', 'e\u0301', '👩‍👩‍👧', 'ｆｕｌｌ', '한국어 ok',
    ].map((text) => [text, displayWidth(text)])).toEqual([
      ['plain', 5], ['Nicolás’ “quote” — dash…', 24], ['soft\u00adhyphen', 10], ['日本', 4], ['e\u0301', 1], ['👩‍👩‍👧', 2], ['ｆｕｌｌ', 8], ['한국어 ok', 9],
    ]);
  });
});
