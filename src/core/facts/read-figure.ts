// A figure at a number: what kind it is (percent, money, quantity, count, year, range of a score) and its value.
import { MONTHS, WEEKDAYS } from './calendar-words.js';
import { countedPhraseEnd } from './count-noun.js';
import { numberWord, readNumberWords, SCALES } from './number-words.js';
import type { RawFact, Skip } from './raw-fact.js';
import { isYear } from './read-date.js';
import { isCapitalised, type Token } from './tokens.js';
import { CLOCK_WORDS, CURRENCY_SIGNS, CURRENCY_WORDS, DOLLAR_PREFIXES, MEASURE_UNITS, TIME_UNITS } from './unit-words.js';

/** Where a token sits among its neighbours, as the figure reader needs it. */
export interface FigureContext {
  readonly tokens: readonly Token[];
  /** Token indexes that begin a sentence. */
  readonly sentenceStarts: ReadonlySet<number>;
}

interface Amount {
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

// Suffixes that may touch digits: ordinals, decades, clock times, units and scales (`21st`, `1960s`, `10am`, `17.30m`, `4GHz`).
function isJoinedSuffix(word: string): boolean {
  return /^(st|nd|rd|th|s|am|pm|p)$/.test(word) || SCALES[word] !== undefined || MEASURE_UNITS[word] !== undefined ||
    TIME_UNITS[word] !== undefined || ABBREVIATED_TIME.has(word) || CURRENCY_WORDS[word] !== undefined || word === 'percent';
}

// Time units that may touch the digits (`7.51secs`).
const ABBREVIATED_TIME = new Set(['secs', 'sec', 'mins', 'min', 'hrs', 'hr']);
// Words after `800m` that make it a distance (`800m runners`, `200m relay`).
const ATHLETICS = new Set(['runner', 'runners', 'relay', 'hurdles', 'title', 'titles', 'gold', 'silver', 'bronze', 'race', 'final', 'finals', 'freestyle', 'backstroke', 'breaststroke', 'butterfly', 'medley', 'sprint', 'sprinter', 'record', 'champion', 'championship', 'event', 'heat', 'heats', 'indoor', 'outdoor', 'world', 'personal', 'time', 'crown', 'medal', 'win', 'victory', 'semi', 'semi-final', 'season']);
// Capitalised words that open a sentence before a figure without naming it (`Only 42%`, `Some 45,000 people`).
const SENTENCE_OPENERS = new Set(['about', 'some', 'only', 'over', 'nearly', 'almost', 'around', 'just', 'more', 'fewer', 'less', 'up', 'at', 'in', 'by', 'from', 'since', 'until', 'after', 'before', 'of', 'with', 'and', 'but', 'another', 'all', 'the', 'those', 'these', 'its', 'their', 'his', 'her', 'our', 'roughly', 'approximately', 'exactly', 'perhaps', 'also', 'still', 'between', 'under', 'below', 'above', 'to', 'for', 'on', 'during', 'when', 'then', 'now', 'another', 'every', 'each', 'nearly', 'a', 'an', 'than', 'while', 'including', 'if', 'as', 'so', 'or', 'yet', 'both', 'that', 'this', 'there', 'it', 'they', 'we', 'he', 'she', 'you', 'i', 'by', 'almost', 'well', 'aged', 'age']);

/** Reads the figure starting at token `i`: a fact, a skip (ordinal, time, number in a name), or undefined. */
export function readFigure(context: FigureContext, i: number): RawFact | Skip | undefined {
  const { tokens } = context;
  const amount = readAmount(context, i);
  if (!amount) return undefined;
  const { to } = amount;
  const next = tokens[to];
  const nextLower = next?.type === 'word' ? next.text.toLowerCase() : '';
  const joined = next !== undefined && !next.gap;

  // `3G`, `3D`, `4x200m`, `3ami`: digits run into letters that are no unit make a name or a code.
  if (joined && next!.type === 'word' && amount.digits !== undefined && (!isJoinedSuffix(nextLower) || /^\p{Lu}$/u.test(next!.text))) return { skip: true, to: to + 1 };
  if (nextLower === 'times' && next!.gap) return { kind: 'quantity', from: amount.from, to: to + 1, value: amount.value, unit: 'times' };
  if (amount.digits !== undefined && !amount.scaled && amount.currency === undefined) {
    const special = readDigitsOnly(context, amount);
    if (special) return special;
  }
  if (next?.text === '%') return { kind: 'percent', from: amount.from, to: to + 1, value: amount.value };
  if (nextLower === 'percent' || nextLower === 'pc') return { kind: 'percent', from: amount.from, to: to + 1, value: amount.value };
  if (nextLower === 'per' && tokens[to + 1]?.text.toLowerCase() === 'cent') return { kind: 'percent', from: amount.from, to: to + 2, value: amount.value };
  if (nextLower === 'percentage' && /^points?$/i.test(tokens[to + 1]?.text ?? '')) {
    return { kind: 'quantity', from: amount.from, to: to + 2, value: amount.value, unit: 'percentage points' };
  }
  const money = CURRENCY_WORDS[nextLower];
  // `50 Cent` is a name: money words after a number are lower case.
  if (money && next!.text === nextLower && (nextLower !== 'p' || joined) && amount.currency === undefined) {
    return { kind: 'money', from: amount.from, to: to + 1, value: round(amount.value / money.per), currency: money.code };
  }
  if (amount.currency !== undefined) return { kind: 'money', from: amount.from, to, value: amount.value, currency: amount.currency };

  // `26-year-old`, `five-year`, `two-goal`
  if (next?.text === '-' && joined && tokens[to + 1]?.type === 'word' && !tokens[to + 1]!.gap) {
    const word = tokens[to + 1]!.text.toLowerCase();
    const unit = TIME_UNITS[word] ?? MEASURE_UNITS[word];
    if (unit) {
      const old = tokens[to + 2]?.text === '-' && tokens[to + 3]?.text.toLowerCase() === 'old';
      return { kind: 'quantity', from: amount.from, to: old ? to + 4 : to + 2, value: amount.value, unit };
    }
    return { skip: true, to: to + 2 };
  }
  const timeUnit = TIME_UNITS[nextLower];
  if (timeUnit && (next!.gap || amount.words || ABBREVIATED_TIME.has(nextLower))) {
    const after = tokens[to + 1]?.text.toLowerCase();
    if (after === 'ago') return { kind: 'date', from: amount.from, to: to + 2, value: null };
    if (after === 'old') return { kind: 'quantity', from: amount.from, to: to + 2, value: amount.value, unit: timeUnit };
    return { kind: 'quantity', from: amount.from, to: to + 1, value: amount.value, unit: timeUnit };
  }
  const measure = (amount.words && (nextLower === 'bit' || nextLower === 'point') ? undefined : MEASURE_UNITS[nextLower]) ?? (nextLower === 'm' && joined ? 'metres' : undefined) ?? (amount.metres ? 'metres' : undefined);
  if (amount.metres) return { kind: 'quantity', from: amount.from, to, value: amount.value, unit: 'metres' };
  if (measure && nextLower.length > 0) return { kind: 'quantity', from: amount.from, to: to + 1, value: amount.value, unit: measure };

  const counted = countedPhraseEnd(tokens, to);
  if (counted !== undefined) {
    const unit = tokens.slice(to, counted).map((t, k) => (k > 0 && t.gap ? ' ' : '') + t.text).join('');
    return { kind: 'count', from: amount.from, to: counted, value: amount.value, unit };
  }
  // A number word standing alone (`one of`, `compared with two`) is not a figure worth listing.
  if (amount.words && !amount.scaled) return { skip: true, to };
  // A bare number before a capitalised word is part of a name (`50 Cent`).
  if (isCapitalised(next) && !amount.scaled) return { skip: true, to };
  return { kind: 'count', from: amount.from, to, value: amount.value };
}

/** Years, decades, ordinals, clock times, scores and numbers inside names: plain digits only. */
function readDigitsOnly({ tokens, sentenceStarts }: FigureContext, amount: Amount): RawFact | Skip | undefined {
  const { from, to } = amount;
  const digits = amount.digits!;
  const next = tokens[to];
  const joined = next !== undefined && !next.gap;
  const nextLower = next?.type === 'word' ? next.text.toLowerCase() : '';
  // Ordinals: `21st time`, `84th minute`, except centuries.
  if (joined && /^(st|nd|rd|th)$/.test(nextLower)) {
    if (/^centur(y|ies)$/i.test(tokens[to + 1]?.text ?? '')) return { kind: 'date', from, to: to + 2, value: null };
    return { skip: true, to: to + 1 };
  }
  // Decades: `1960s`, `the 70s`, `1990's`
  if (joined && (nextLower === 's' || nextLower === "'s" || nextLower === '’s') && /^(\d0|\d{3}0)$/.test(digits)) {
    return { kind: 'date', from, to: to + 1, value: null };
  }
  if (joined && (next!.text === "'" || next!.text === '’') && tokens[to + 1]?.text === 's' && /^(\d0|\d{3}0)$/.test(digits)) {
    return { kind: 'date', from, to: to + 2, value: null };
  }
  // Clock times: `10am`, `3.30pm`, `10:30`, `1600 GMT`, `7 o'clock`.
  if (CLOCK_WORDS.has(nextLower) && (joined || /^(am|pm)$/.test(nextLower) || /^\d{4}$/.test(digits))) return { skip: true, to: to + 1 };
  if (next?.text === ':' && joined && tokens[to + 1]?.type === 'num' && !tokens[to + 1]!.gap) return { skip: true, to: to + 2 };
  if (/^o['’]clock$/i.test(next?.text ?? '')) return { skip: true, to: to + 1 };
  // `2000/01` is a year; `4/9` odds and `11/9` dates are not figures to list.
  if (next?.text === '/' && joined && tokens[to + 1]?.type === 'num' && !tokens[to + 1]!.gap) {
    const second = tokens[to + 1]!.text;
    if (/^\d{4}$/.test(digits) && isYear(Number(digits)) && /^(\d{2}|\d{4})$/.test(second)) return { kind: 'date', from, to: to + 2, value: null };
    return { skip: true, to: to + 2 };
  }
  // `2003-04` is a year; `2-0`, `14-19`, `38-8` are scores and spans; `777-200LR` is a name.
  if ((next?.text === '-' || next?.text === '–') && joined && tokens[to + 1]?.type === 'num' && !tokens[to + 1]!.gap) {
    const second = tokens[to + 1]!.text;
    if (/^\d{4}$/.test(digits) && isYear(Number(digits)) && /^(\d{2}|\d{4})$/.test(second)) return { kind: 'date', from, to: to + 2, value: null };
    const after = tokens[to + 2];
    if (after && !after.gap && after.type !== 'mark') return { skip: true, to: to + 3 };
    if (/^\d{1,3}$/.test(digits) && /^\d{1,3}$/.test(second)) {
      return { kind: 'range', from, to: to + 2, value: null, first: Number(digits), second: Number(second) };
    }
  }
  // A number in a name: `Radio 4`, `PlayStation 3`, `Euro 2004`, `BBC1`.
  const before = tokens[from - 1];
  if (before && /^(number|no)$/i.test(before.text)) return { skip: true, to };
  const nameBefore = before !== undefined && isCapitalised(before) && !isCalendarWord(before.text) && (!sentenceStarts.has(from - 1) || !SENTENCE_OPENERS.has(before.text.toLowerCase()));
  if (nameBefore && !isUnitAfter(tokens, to) && countedPhraseEnd(tokens, to) === undefined) {
    return { skip: true, to };
  }
  if (/^\d{4}$/.test(digits) && isYear(Number(digits)) && !isUnitAfter(tokens, to)) return { kind: 'date', from, to, value: digits };
  return undefined;
}

/** Currency sign, number (digits or words) and scale at token `i`. */
function readAmount({ tokens, sentenceStarts }: FigureContext, i: number): Amount | undefined {
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
      const isMetres = lower === 'm' && currency === undefined && !next.gap && (/\.\d\d$/.test(digits) || ATHLETICS.has(tokens[to + 1]?.text.toLowerCase() ?? '') || /^x$/i.test(tokens[j - 1]?.text ?? ''));
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

function isUnitAfter(tokens: readonly Token[], to: number): boolean {
  const next = tokens[to];
  if (!next) return false;
  if (next.text === '%') return true;
  if (next.text === '-' && !next.gap && tokens[to + 1]?.type === 'word' && !tokens[to + 1]!.gap) return isUnitAfter(tokens, to + 1);
  const lower = next.text.toLowerCase();
  return lower === 'percent' || lower === 'per' || TIME_UNITS[lower] !== undefined || MEASURE_UNITS[lower] !== undefined || CURRENCY_WORDS[lower] !== undefined;
}

function isCalendarWord(word: string): boolean {
  const lower = word.toLowerCase();
  return MONTHS.has(lower) || WEEKDAYS.has(lower);
}

/** `2,000` -> 2000, `13.3` -> 13.3, `135,00` -> 13500 (read as the digits). */
function parseDigits(digits: string): number {
  const lastDot = digits.lastIndexOf('.');
  const whole = lastDot >= 0 ? digits.slice(0, lastDot) : digits;
  const fraction = lastDot >= 0 ? digits.slice(lastDot + 1) : '';
  return Number(`${whole.replace(/[.,]/g, '')}${fraction ? `.${fraction}` : ''}`);
}

/** Drops float noise (`8.2bn` -> 8200000000, not 8199999999.999999). */
function round(value: number): number {
  return Number.isFinite(value) ? Number(value.toPrecision(12)) : value;
}
