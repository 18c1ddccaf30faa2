import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeJsonForTerminal, sanitizeForTerminal } from '../../src/core/sanitize.js';

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
    const text = 'González said “¡Sí!” — 日本語 👍🏽 e\u0301\nnext line';
    expect(sanitizeForTerminal(text)).toBe(text);
  });
  it('keeps offsets valid: same length, and only unsafe characters change', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const safe = sanitizeForTerminal(text);
        if (safe.length !== text.length) return false;
        for (let i = 0; i < text.length; i++) {
          if (safe[i] !== text[i] && !/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(text[i]!)) return false;
        }
        return !/[\u001b\u009b\u0007\b\r]/.test(safe);
      }),
      { numRuns: 1000 },
    );
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
  });
  it('writes them as \\u escapes', () => {
    expect(escapeJsonForTerminal(JSON.stringify('a\u009bb\u202Ec\u007f'))).toBe('"a\\u009bb\\u202ec\\u007f"');
  });
});
