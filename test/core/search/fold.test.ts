import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, foldWithMap, toOriginal } from '../../../src/core/search/fold.js';
import { PROPERTY_MS } from '../../helpers/timeouts.js';

describe('foldText', () => {
  it('drops case and accents both ways, in NFC and NFD', () => {
    for (const s of ['gonzalez', 'González', 'GONZÁLEZ', 'Gonza\u0301lez', 'GONZA\u0301LEZ']) expect(foldText(s), s).toBe('Gonzalez');
  });
  it('straightens curly quotes and apostrophes', () => {
    expect(foldText('hasn’t')).toBe(foldText("hasn't"));
    expect(foldText('“human shield”')).toBe(foldText('"human shield"'));
  });
  it('splits ligatures and expands ß, æ, ø', () => {
    expect(foldText('ﬁnance Straße Æsir Øresund')).toBe(foldText('finance strasse aesir oresund'));
  });
  it('collapses white space of any kind to one space', () => {
    expect(foldText('a \t\n\u00A0\u2003b')).toBe('A B');
  });
  it('upper-cases word starts only, so a word-start match is a plain substring match', () => {
    expect(foldText('the Prime MINISTER, admin')).toBe('The Prime Minister, Admin');
    expect(foldText('admin').includes(foldText('min'))).toBe(false);
    expect(foldText("O'Brien 5bn e-mail")).toBe("O'Brien 5bn E-Mail");
  });
  it('treats each Han or kana character as a word of its own', () => {
    expect(foldText('東京 tokyo')).toBe('東京 Tokyo');
  });
  it('never throws and is stable under a second fold of its word-start form', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => {
      const once = foldText(s);
      expect(foldText(once)).toBe(once);
    }));
  }, PROPERTY_MS);
});

describe('foldWithMap', () => {
  it('maps folded ranges back onto the original text exactly', () => {
    const text = 'Gonza\u0301lez in Straße';
    const map = foldWithMap(text);
    expect(map.folded).toBe('Gonzalez In Strasse');
    const [s, e] = toOriginal(map, 0, 8);
    expect(text.slice(s, e)).toBe('Gonza\u0301lez');
    const [s2, e2] = toOriginal(map, 12, 19);
    expect(text.slice(s2, e2)).toBe('Straße');
  });
  it('gives each folded char the original range it came from: marks, expansions, ligatures, runs of spaces', () => {
    // [text, folded, starts, ends], worked out by hand.
    const cases: [string, string, number[], number[]][] = [
      ['Gonza\u0301lez', 'Gonzalez', [0, 1, 2, 3, 4, 6, 7, 8], [1, 2, 3, 4, 6, 7, 8, 9]], // the accent belongs to its a
      ['Straße', 'Strasse', [0, 1, 2, 3, 4, 4, 5], [1, 2, 3, 4, 5, 5, 6]], // both s of ß come from it
      ['\uFB01ne', 'Fine', [0, 0, 1, 2], [1, 1, 2, 3]], // so do both letters of the ligature
      ['a \t b', 'A B', [0, 1, 4], [1, 4, 5]], // one space stands for the run
      ['\u201CO\u2019Neil\u201D', '"O\'Neil"', [0, 1, 2, 3, 4, 5, 6, 7], [1, 2, 3, 4, 5, 6, 7, 8]],
      ['e\u0301te\u0301', 'Ete', [0, 2, 3], [2, 3, 5]],
    ];
    for (const [text, folded, starts, ends] of cases) {
      const map = foldWithMap(text);
      expect([map.folded, [...map.starts], [...map.ends]], text).toEqual([folded, starts, ends]);
    }
  });
  it('maps every folded char inside the original, in order; a plain ASCII letter, digit or space folds to itself', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      const map = foldWithMap(text);
      for (let i = 0; i < map.folded.length; i++) {
        const from = text.slice(map.starts[i]!, map.ends[i]!);
        if (/^[A-Za-z0-9]$/.test(from)) expect(map.folded[i]!.toLowerCase()).toBe(from.toLowerCase());
        if (/^[ \t\n\r]+$/.test(from)) expect(map.folded[i]).toBe(' ');
        expect(map.starts[i]).toBeGreaterThanOrEqual(0);
        expect(map.starts[i]!).toBeLessThan(map.ends[i]!);
        expect(map.ends[i]!).toBeLessThanOrEqual(text.length);
        if (i > 0) expect(map.starts[i]!).toBeGreaterThanOrEqual(map.starts[i - 1]!);
      }
    }));
  }, PROPERTY_MS);
  it('a folded substring maps to an original span that folds back to it (for word-aligned spans)', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom('Café', 'naïve', 'Straße', 'ﬁne', 'O’Neil', 'e\u0301te\u0301', 'Ωmega', 'x'), { minLength: 1, maxLength: 6 }), fc.nat(), (words, pick) => {
      const text = words.join(' ');
      const map = foldWithMap(text);
      const i = pick % words.length;
      const start = words.slice(0, i).map((w) => foldText(w).length + 1).reduce((a, b) => a + b, 0);
      const end = start + foldText(words[i]!).length;
      const [s, e] = toOriginal(map, start, end);
      expect(text.slice(s, e)).toBe(words[i]);
    }));
  }, PROPERTY_MS);
});
