// The number at the heart of a figure: currency sign, digits or words, and scale (`$1.13bn`, `two million`, `15 million`).
import { CURRENCY_WORDS, CURRENCY_SIGNS, DOLLAR_PREFIXES, MEASURE_UNITS, TIME_UNITS } from './unit-words.js';
import { numberWord, readNumberWords, SCALES } from './number-words.js';
import { countedPhraseEnd } from './count-noun.js';
import { isCapitalised, type Token, withoutPossessive } from './fact-tokens.js';

/** Where a token sits among its neighbours, as the figure readers need it. */
export interface FigureContext {
  readonly tokens: readonly Token[];
  /** Token indexes that begin a sentence. */
  readonly sentenceStarts: ReadonlySet<number>;
}

/** A number as read: its tokens, value and how it was written. */
export interface Amount {
  readonly from: number;
  readonly to: number;
  readonly value: number;
  readonly currency?: string;
  /** Written in words (`two`), not digits. */
  readonly words: boolean;
  /** The digits as written, for years and scores. */
  readonly digits?: string;
  /** A scale was written (`15 million`, `$1.13bn`). */
  readonly scaled: boolean;
  /** `800m` before an athletics word: metres, not millions. */
  readonly metres?: boolean;
}

/** Time units that may touch the digits (`7.51secs`). */
export const ABBREVIATED_TIME: ReadonlySet<string> = new Set(['secs', 'sec', 'mins', 'min', 'hrs', 'hr']);

// Words after `800m` that make it a distance (`800m runners`, `200m relay`).
const ATHLETICS = new Set(['runner', 'runners', 'relay', 'hurdles', 'title', 'titles', 'gold', 'silver', 'bronze', 'race', 'final', 'finals', 'freestyle', 'backstroke', 'breaststroke', 'butterfly', 'medley', 'sprint', 'sprinter', 'record', 'champion', 'championship', 'event', 'heat', 'heats', 'indoor', 'outdoor', 'world', 'personal', 'time', 'crown', 'medal', 'win', 'victory', 'semi', 'semi-final', 'season']);

// Words before `200m` that make it a stretch of a race (`over the last 200m`).
const STRETCH = new Set(['last', 'first', 'final', 'opening', 'closing']);

// Words after `508m` that make it a size (`508m tall`).
const SIZE = new Set(['tall', 'high', 'long', 'wide', 'deep']);

// Race distances: after `the`, `a` or a possessive (`the 300m stage`, `her 1500m`) they are metres; money has a sign or a word.
const RACE = /^(60|100|110|200|300|400|500|800|1000|1500|1,500|3000|3,000|5000|5,000|10000|10,000)$/;
const RACE_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** Currency sign, number (digits or words) and scale at token `i`. */
export function readAmount({ tokens, sentenceStarts }: FigureContext, i: number): Amount | undefined {
  let j = i;
  let currency: string | undefined;
  const first = tokens[i]!;
  if (first.type === 'mark' && CURRENCY_SIGNS[first.text]) {
    currency = CURRENCY_SIGNS[first.text];
    j++;
  } else if (first.type === 'word' && DOLLAR_PREFIXES[first.text] && tokens[i + 1]?.text === '$' && !tokens[i + 1]!.gap) {
    currency = DOLLAR_PREFIXES[first.text];
    j += 2;
  }
  const token = tokens[j];
  if (!token || (currency !== undefined && token.gap)) return undefined;
  if (token.type === 'num') {
    const digits = token.text;
    let value = parseDigits(digits);
    let to = j + 1;
    let scaled = false;
    const next = tokens[to];
    if (next?.type === 'word') {
      const lower = next.text.toLowerCase();
      const scale = SCALES[lower];
      // `$1.13bn`, `15 million`; a bare `17.30m` is metres, `5m` or `£5m` millions.
      const after = tokens[to + 1]?.text.toLowerCase() ?? '';
      const before = tokens[j - 1]?.text.toLowerCase() ?? '';
      const isMetres =
        lower === 'm' &&
        currency === undefined &&
        !next.gap &&
        (/\.\d\d$/.test(digits) || ATHLETICS.has(after) || SIZE.has(after) || before === 'x' || STRETCH.has(before) || isRace(tokens, j, to + 1) || isHeight(tokens, j, to + 1));
      if (isMetres) return { from: i, to: to + 1, value: parseDigits(digits), currency, words: false, scaled: false, metres: true };
      if (scale !== undefined && lower !== 'hundred' && (!next.gap || lower.length > 2 || (currency !== undefined && lower !== 'b'))) {
        value *= scale;
        to++;
        scaled = true;
      }
    }
    return { from: i, to, value: round(value), currency, words: false, digits: scaled ? undefined : digits, scaled };
  }
  if (token.type === 'word' && (numberWord(token.text) !== undefined || /^an?$/i.test(token.text))) {
    // A capitalised number word inside a sentence is part of a name (`Radio Four`, `Formula One`).
    if (isCapitalised(token) && !sentenceStarts.has(j) && !/^An?$/.test(token.text)) return undefined;
    const read = readNumberWords(tokens, j);
    if (!read) return undefined;
    const scaled = read.value >= 1000;
    let value = read.value;
    let to = read.to;
    const next = tokens[to];
    const scale = next?.type === 'word' ? SCALES[next.text.toLowerCase()] : undefined;
    if (scale !== undefined && next!.text.length > 2) {
      value *= scale;
      to++;
    }
    // `one` is a figure only with a unit, a scale, a currency or a percent sign.
    if (read.value === 1 && !scaled && currency === undefined && !isUnitAfter(tokens, to)) return undefined;
    return { from: i, to, value, currency, words: true, scaled: scaled || scale !== undefined };
  }
  return undefined;
}

/** `the 300m stage`, `Holmes's 1500m`: a race distance after a determiner, not millions of something counted or paid. */
function isRace(tokens: readonly Token[], at: number, after: number): boolean {
  if (!RACE.test(tokens[at]!.text) || !tokens[at]!.gap) return false;
  const before = tokens[at - 1];
  if (!before || (!RACE_BEFORE.has(before.text.toLowerCase()) && withoutPossessive(before.text) === before.text)) return false;
  const next = tokens[after];
  return next?.type !== 'word' || !next.gap || (CURRENCY_WORDS[next.text.toLowerCase()] === undefined && countedPhraseEnd(tokens, after) === undefined);
}

/** `cleared five metres ... a go at 5m`: a small bare `5m` with nothing counted after it, where the paragraph talks in metres. */
function isHeight(tokens: readonly Token[], at: number, after: number): boolean {
  if (!/^\d{1,2}(?:\.\d)?$/.test(tokens[at]!.text) || tokens[at - 1]?.type === 'mark') return false;
  const next = tokens[after];
  if (next?.type === 'word' && next.gap && (CURRENCY_WORDS[next.text.toLowerCase()] !== undefined || countedPhraseEnd(tokens, after) !== undefined)) return false;
  return tokens.some((t) => t.type === 'word' && METRE_WORDS.has(t.text.toLowerCase()));
}

const METRE_WORDS = new Set(['metre', 'metres', 'meter', 'meters']);

/** A percent sign, a unit or a money word follows (also after a hyphen: `one-year`). */
export function isUnitAfter(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to];
  if (!next) return false;
  if (next.text === '%') return true;
  if (next.text === '-' && !next.gap && tokens[to + 1]?.type === 'word' && !tokens[to + 1]!.gap) return isUnitAfter(tokens, to + 1);
  const lower = next.text.toLowerCase();
  return lower === 'percent' || lower === 'per' || TIME_UNITS[lower] !== undefined || MEASURE_UNITS[lower] !== undefined || CURRENCY_WORDS[lower] !== undefined;
}

/** `2,000` -> 2000, `13.3` -> 13.3, `135,00` -> 13500 (read as the digits). */
function parseDigits(digits: string): number {
  const lastDot = digits.lastIndexOf('.');
  const whole = lastDot >= 0 ? digits.slice(0, lastDot) : digits;
  const fraction = lastDot >= 0 ? digits.slice(lastDot + 1) : '';
  return Number(`${whole.replace(/[.,]/g, '')}${fraction ? `.${fraction}` : ''}`);
}

/** Drops float noise (`8.2bn` -> 8200000000, not 8199999999.999999). */
export function round(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
}
