import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { escapeJsonForTerminal, sanitizeForTerminal } from '../../src/core/sanitize.js';
import { PROPERTY_MS } from '../helpers/timeouts.js';

const ESC = '\u001b';
const attacks: Record<string, string> = {
  'CSI (clear screen, colours)': `${ESC}[2J${ESC}[31mred`,
  'OSC 52 clipboard write': `${ESC}]52;c;ZXZpbA==\u0007`,
  'OSC 8 hyperlink': `${ESC}]8;;http://evil.test${ESC}\\click${ESC}]8;;${ESC}\\`,
  'OSC 0/2 window title': `${ESC}]0;pwned\u0007${ESC}]2;pwned${ESC}\\`,
  'DCS': `${ESC}Pq#0;2;0;0;0${ESC}\\`,
  'APC': `${ESC}_payload${ESC}\\`,
  'C1 CSI and OSC': '\u009b2J\u009d0;title\u009c',
  'BEL': 'ding\u0007',
  'backspace overwrite': 'safe\b\b\b\bevil',
  'carriage-return overwrite': 'harmless text\rEVIL',
  'bidi overrides and isolates': 'abc\u202Eevil\u202C \u2066x\u2069 \u202A\u202B\u202D',
  'DEL and NUL': 'a\u007Fb\u0000c',
};

describe('sanitizeForTerminal', () => {
  for (const [name, attack] of Object.entries(attacks)) {
    it(`makes ${name} harmless`, () => {
      const safe = sanitizeForTerminal(attack);
      expect(safe).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
      expect(safe).toHaveLength(attack.length);
    });
  }
  it('shows an escape as a visible symbol instead of dropping it', () => {
    expect(sanitizeForTerminal(`${ESC}[31mred`)).toBe('␛[31mred');
    expect(sanitizeForTerminal('a\rb\u0007')).toBe('a␍b␇');
  });
  it('leaves ordinary text, newlines and non-Latin scripts alone', () => {
    const text = 'González said “¡Sí!” — 日本語 🇬🇧 😀 e\u0301\nnext line';
    expect(sanitizeForTerminal(text)).toBe(text);
  });
  it('keeps offsets valid: same length; a changed unit was a control, or became a symbol, a space or a zero-width joiner', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const safe = sanitizeForTerminal(text);
        if (safe.length !== text.length) return false;
        for (let i = 0; i < text.length; i++) {
          const unsafe = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(text[i]!);
          if (safe[i] !== text[i] && !unsafe && !/[ \u034F]/.test(safe[i]!)) return false;
        }
        return !/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(safe);
      }),
      { numRuns: 1000 },
    );
  }, PROPERTY_MS);
});

describe('widths Ink and the terminal agree on', () => {
  const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
  /** Ink's grid: each grapheme cluster takes max(1, string-width) cells. */
  const inkCells = (text: string) => [...graphemes.segment(text)].reduce((n, g) => n + Math.max(1, stringWidth(g.segment)), 0);
  /** Terminals without grapheme clusters: code point by code point. */
  const terminalCells = (text: string) => [...text].reduce((n, ch) => n + stringWidth(ch), 0);
  const piece = fc.constantFrom(
    'a', 'é', 'e\u0301', ' ', '東京', '한국어', 'Ａ', '😀', '👍🏽', '👩🏽\u200D💻', '👨\u200D👩\u200D👧\u200D👦', '🇬🇧', '❤️', '❤', '1️⃣', '🏳️\u200D🌈',
    '\u00AD', '\uFEFF', '\u200B', '\u200E', '\u200F', '\u2060', '\u061C', '\u0301', '\u20E3', '\uFE0F', '\u200D', '\u200C', '\u034F',
    '✈️', '☺\uFE0E', '🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}', 'ب\u200Cب',
  );
  it('every line takes as many cells in Ink as on a terminal: emoji sequences, invisible characters, leading marks', () => {
    fc.assert(fc.property(fc.array(fc.oneof(piece, fc.constant('\n')), { maxLength: 14 }).map((parts) => parts.join('')), (text) => {
      const safe = sanitizeForTerminal(text);
      expect(safe).toHaveLength(text.length);
      for (const line of safe.split('\n')) expect(inkCells(line)).toBe(terminalCells(line));
    }), { numRuns: 1000 });
  }, PROPERTY_MS);
  it('a soft hyphen and a zero-width space take no column, a heart with VS16 one, and a leading accent a space', () => {
    expect(sanitizeForTerminal('ex\u00ADtra\u200Bordinary')).toBe('ex\u034Ftra\u034Fordinary');
    expect(sanitizeForTerminal('I ❤️ it')).toBe('I ❤\u034F it');
    expect(sanitizeForTerminal('\u0301a\n\uFEFFb')).toBe(' a\n b');
    expect(sanitizeForTerminal('a\u200Db')).toBe('a\u200Db'); // a joiner between letters stays
  });
});

describe('escapeJsonForTerminal', () => {
  it('keeps the data exactly and leaves no control a terminal acts on', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (value, text) => {
        for (const data of [value, { text }]) {
          const plain = JSON.stringify(data, null, 2);
          const json = escapeJsonForTerminal(plain);
          expect(JSON.parse(json)).toEqual(JSON.parse(plain));
          expect(json).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
        }
      }),
      { numRuns: 500 },
    );
  }, PROPERTY_MS);
  it('writes them as \\u escapes', () => {
    expect(escapeJsonForTerminal(JSON.stringify('a\u009bb\u202Ec\u007f'))).toBe('"a\\u009bb\\u202ec\\u007f"');
  });
});
