// Folding: the one text shape that queries and units are compared in. Lower-case, accents and
// compatibility forms gone (NFKD, so NFC and NFD agree, and ligatures split), curly quotes and
// apostrophes straight, dashes one hyphen, white space one space. Then each word's first letter is
// upper-cased, so a word-start match is a plain indexOf: `Min` never occurs inside `Admin`.
import { CASELESS, CONT, NON, START, classOfCode, classifyChar } from './char-class.js';

/** Folded text and, for each folded code unit, the original range it came from. */
export interface FoldMap {
  readonly folded: string;
  /** Original offset where the char behind folded[i] starts. */
  readonly starts: Int32Array;
  /** Original offset just past it (combining marks and collapsed spaces included). */
  readonly ends: Int32Array;
}

/** Characters NFKD leaves alone that a reader still expects to match a plain letter or mark. */
const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd',
  ð: 'd', Ð: 'd', þ: 'th', Þ: 'th', ı: 'i', ħ: 'h', Ħ: 'h', ŧ: 't', Ŧ: 't', ς: 'σ',
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u2035': "'", '\u02BC': "'",
  '\u02B9': "'", '\u00B4': "'", '\uFF07': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u2036': '"', '\u00AB': '"',
  '\u00BB': '"', '\uFF02': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2043': '-',
  '\u2212': '-', '\uFE58': '-', '\uFE63': '-', '\uFF0D': '-',
};

const SPACE = /^[\p{Zs}\p{Cc}\u2028\u2029]$/u;
const DROPPED = /^[\p{M}\p{Cf}]$/u; // combining marks, soft hyphen, zero-width joiners and spaces
const MARKS = /\p{M}/gu;

const pieces = new Map<number, string>();

/** The folded, lower-case form of one non-ASCII code point ('' when it vanishes). */
function piece(cp: number): string {
  let folded = pieces.get(cp);
  if (folded !== undefined) return folded;
  const ch = String.fromCodePoint(cp);
  if (SPECIAL[ch] !== undefined) folded = SPECIAL[ch]!;
  else if (SPACE.test(ch)) folded = ' ';
  else if (DROPPED.test(ch)) folded = '';
  else {
    const plain = ch.normalize('NFKD').replace(MARKS, '').toLowerCase().normalize('NFKD').replace(MARKS, '');
    folded = '';
    for (const part of plain) folded += SPECIAL[part] ?? (SPACE.test(part) ? ' ' : DROPPED.test(part) ? '' : part);
  }
  pieces.set(cp, folded);
  return folded;
}

// Upper-case forms of non-ASCII lower-case letters (0 = not computed yet).
const upperOf = new Uint16Array(0x10000);
function upper(code: number): number {
  let up = upperOf[code]!;
  if (up === 0) {
    up = String.fromCharCode(code).toUpperCase().charCodeAt(0);
    upperOf[code] = up;
  }
  return up;
}

let out = new Uint16Array(4096);
let starts = new Int32Array(4096);
let ends = new Int32Array(4096);

function grow(need: number, withMap: boolean): void {
  if (need <= out.length) return;
  const size = Math.max(need, out.length * 2);
  const next = new Uint16Array(size);
  next.set(out);
  out = next;
  if (withMap) {
    const s = new Int32Array(size);
    s.set(starts);
    starts = s;
    const e = new Int32Array(size);
    e.set(ends);
    ends = e;
  }
}

const CHUNK = 8192;
const latin1 = new TextDecoder('latin1');
let bytes = new Uint8Array(4096);

/** The folded buffer as a string; one byte per char whenever it fits (most text), as V8 stores it. */
function toString(length: number, wide: boolean): string {
  if (!wide) {
    // No folded char is in 0x80-0x9f (C1 controls fold to spaces), where 'latin1' decoding differs.
    if (bytes.length < length) bytes = new Uint8Array(Math.max(length, bytes.length * 2));
    const view = bytes.subarray(0, length);
    view.set(out.subarray(0, length));
    return latin1.decode(view);
  }
  if (length <= CHUNK) return String.fromCharCode.apply(null, out.subarray(0, length) as unknown as number[]);
  const parts: string[] = [];
  for (let at = 0; at < length; at += CHUNK) {
    parts.push(String.fromCharCode.apply(null, out.subarray(at, Math.min(length, at + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

/** Whether the last fold wrote a char above 0xff. */
let wide = false;
/** Bit set of the ASCII letters that start words in the last fold (bit 0 = A). */
let initials = 0;

/** Folds `text` into the module buffers; returns the folded length. */
function foldInto(text: string, withMap: boolean, shortWords?: number[]): number {
  const len = text.length;
  grow(len + 16, withMap);
  let buf = out;
  let n = 0;
  let inWord = false;
  let wordStart = 0;
  let lastSpace = false;
  wide = false;
  initials = 0;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      // ASCII, the bulk of most text: one char in, at most one out.
      if (c >= 97 && c <= 122) {
        if (inWord) buf[n] = c;
        else {
          buf[n] = c - 32;
          inWord = true;
          wordStart = n;
          initials |= 1 << (c - 97);
        }
      } else if (c >= 65 && c <= 90) {
        if (inWord) buf[n] = c + 32;
        else {
          buf[n] = c;
          inWord = true;
          wordStart = n;
          initials |= 1 << (c - 65);
        }
      } else if (c >= 48 && c <= 57) {
        buf[n] = c;
        if (!inWord) {
          inWord = true;
          wordStart = n;
        }
      } else {
        if (inWord) {
          inWord = false;
          if (shortWords !== undefined && n - wordStart <= 2) shortWords.push(shortKey(buf, wordStart, n));
        }
        if (c <= 32 || c === 127) {
          if (lastSpace) {
            if (withMap) ends[n - 1] = i + 1;
            continue;
          }
          buf[n] = 32;
          lastSpace = true;
          if (withMap) {
            starts[n] = i;
            ends[n] = i + 1;
          }
          n++;
          continue;
        }
        buf[n] = c === 96 ? 39 : c; // a backtick stands for an apostrophe
      }
      lastSpace = false;
      if (withMap) {
        starts[n] = i;
        ends[n] = i + 1;
      }
      n++;
      continue;
    }
    const state = foldOther(text, i, n, inWord, wordStart, lastSpace, withMap, shortWords);
    n = state.n;
    inWord = state.inWord;
    wordStart = state.wordStart;
    lastSpace = state.lastSpace;
    i = state.next - 1;
    buf = out;
  }
  if (inWord && shortWords !== undefined && n - wordStart <= 2) shortWords.push(shortKey(buf, wordStart, n));
  return n;
}

/** The key of a folded word of one or two chars: both code units in one number. */
function shortKey(buf: Uint16Array, start: number, end: number): number {
  return buf[start]! * 0x10000 + (end - start === 2 ? buf[start + 1]! : 0);
}

const state = { n: 0, inWord: false, wordStart: 0, lastSpace: false, next: 0 };

/** Folds the non-ASCII code point at `i` (kept out of the hot loop). */
function foldOther(
  text: string, i: number, n: number, inWord: boolean, wordStart: number, lastSpace: boolean, withMap: boolean,
  shortWords: number[] | undefined,
) {
  const c = text.charCodeAt(i);
  let cp = c;
  let width = 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      width = 2;
    }
  }
  const folded = piece(cp);
  if (folded.length === 0) {
    // A combining mark or a soft hyphen belongs to the char before it.
    if (withMap && n > 0) ends[n - 1] = i + width;
  } else {
    // Expansions (ß -> ss, ligatures) can outgrow the room reserved for the text.
    grow(n + folded.length + (text.length - i) + 16, withMap);
    for (let k = 0; k < folded.length; k++) {
      let code = folded.charCodeAt(k);
      let astral = false;
      let cls: number;
      if (code >= 0xd800 && code <= 0xdbff && k + 1 < folded.length) {
        // An astral char is copied as is (such letters have no case here, see classifyChar).
        astral = true;
        cls = classifyChar(String.fromCodePoint(folded.codePointAt(k)!));
      } else cls = code === 32 ? NON : classOfCode(code);
      const word = cls === CONT || cls === START || cls === CASELESS;
      if (inWord && !word) {
        inWord = false;
        if (shortWords !== undefined && n - wordStart <= 2) shortWords.push(shortKey(out, wordStart, n));
      }
      if (code === 32) {
        if (lastSpace) {
          if (withMap) ends[n - 1] = i + width;
          continue;
        }
        lastSpace = true;
      } else lastSpace = false;
      if (word && !inWord) {
        if (cls === CONT) code = upper(code);
        if (code >= 65 && code <= 90) initials |= 1 << (code - 65);
        inWord = true;
        wordStart = n;
      }
      if (astral) {
        out[n] = code;
        if (withMap) {
          starts[n] = i;
          ends[n] = i + width;
        }
        n++;
        k++;
        code = folded.charCodeAt(k);
      }
      if (code > 0xff) wide = true;
      out[n] = code;
      if (withMap) {
        starts[n] = i;
        ends[n] = i + width;
      }
      n++;
    }
  }
  state.n = n;
  state.inWord = inWord;
  state.wordStart = wordStart;
  state.lastSpace = lastSpace;
  state.next = i + width;
  return state;
}

/** Bit set of the ASCII letters that start words in the text last folded (bit 0 = A): a cheap filter before indexOf. */
export function lastInitials(): number {
  return initials;
}

/** The folded form of `text`, for matching; words of one or two chars are added to `shortWords` (see shortKey). */
export function foldText(text: string, shortWords?: number[]): string {
  return toString(foldInto(text, false, shortWords), wide);
}

/** The folded form of `text` with the way back to original offsets. */
export function foldWithMap(text: string): FoldMap {
  const n = foldInto(text, true);
  return { folded: toString(n, wide), starts: starts.slice(0, n), ends: ends.slice(0, n) };
}

/** Maps a `[start, end)` range of folded offsets back to the original text. */
export function toOriginal(map: FoldMap, start: number, end: number): readonly [number, number] {
  if (map.folded.length === 0) return [0, 0];
  const s = map.starts[Math.min(start, map.folded.length - 1)]!;
  const e = end > start ? map.ends[Math.min(end, map.folded.length) - 1]! : s;
  return [s, Math.max(s, e)];
}
