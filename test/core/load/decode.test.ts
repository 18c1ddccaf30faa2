import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeWindows1252 } from '../../../src/core/load/decode.js';

describe('decoding', () => {
  it('reads Windows-1252 quotes, dashes, the euro and the pound, and Latin-1 letters', () => {
    const bytes = Uint8Array.from([0x93, 0x41, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0xa3, 0x36, 0x20, 0x85, 0x20, 0xe9]);
    expect(decodeWindows1252(bytes)).toBe('“A” – €5 £6 … é');
    expect(decodeBytes(bytes)).toEqual({ text: '“A” – €5 £6 … é' });
  });
  it('gives the five bytes Windows-1252 leaves unused as U+FFFD, and keeps every byte a character', () => {
    const text = decodeWindows1252(Uint8Array.from([0x81, 0x8d, 0x8f, 0x90, 0x9d]));
    expect(text).toBe('\ufffd'.repeat(5));
    expect(decodeWindows1252(new Uint8Array(100_000).fill(0x41))).toHaveLength(100_000);
  });
  it('prefers UTF-8 when the bytes are valid UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode('“Olé”'))).toEqual({ text: '“Olé”' });
  });
});
