// A figure at a number: what kind it is (percent, money, quantity, count) and its value.
import { countedPhraseEnd } from './count-noun.js';
import { readEstimate } from './read-estimate.js';
import { ABBREVIATED_TIME, type FigureContext, readAmount, round } from './read-amount.js';
import { readDigitsOnly } from './read-digits.js';
import type { RawFact, Skip } from './raw-fact.js';
import { isCapitalised, type Token } from './fact-tokens.js';
import { SCALES } from './number-words.js';
import { CURRENCY_WORDS, MEASURE_UNITS, TIME_UNITS } from './unit-words.js';

export type { FigureContext } from './read-amount.js';

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
  const estimate = readEstimate(context, amount, readFigure);
  if (estimate) return estimate;
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
    // `a 40-strong squad`, `a 22-man game`, `a 25-nation bloc` count their members.
    if (HEAD_COUNTS.has(word)) return { kind: 'count', from: amount.from, to: to + 2, value: amount.value };
    // `a 25-state bloc`, `a 12-team league`: what the compound counts, in the plural.
    const counted = COUNTED_COMPOUNDS[word];
    if (counted) return { kind: 'count', from: amount.from, to: to + 2, value: amount.value, unit: counted };
    return { skip: true, to: to + 2 };
  }
  const timeUnit = TIME_UNITS[nextLower];
  if (timeUnit && (next!.gap || amount.words || ABBREVIATED_TIME.has(nextLower))) {
    const after = tokens[to + 1]?.text.toLowerCase();
    if (after === 'ago') return { kind: 'date', from: amount.from, to: to + 2, value: null };
    if (after === 'old') return { kind: 'quantity', from: amount.from, to: to + 2, value: amount.value, unit: timeUnit };
    return { kind: 'quantity', from: amount.from, to: to + 1, value: amount.value, unit: timeUnit };
  }
  if (amount.metres) return { kind: 'quantity', from: amount.from, to, value: amount.value, unit: 'metres' };
  const measure = (amount.words && (nextLower === 'bit' || nextLower === 'point') ? undefined : MEASURE_UNITS[nextLower]) ?? (nextLower === 'm' && joined ? 'metres' : undefined);
  if (measure && nextLower.length > 0) return { kind: 'quantity', from: amount.from, to: to + 1, value: amount.value, unit: measure };

  // `two more years`, `three more games`: `more` between a number and what it counts.
  if (nextLower === 'more' && next!.gap) {
    const unit = TIME_UNITS[tokens[to + 1]?.text.toLowerCase() ?? ''];
    if (unit && tokens[to + 1]!.gap && tokens[to + 2]?.text !== '-') return { kind: 'quantity', from: amount.from, to: to + 2, value: amount.value, unit };
    const end = countedPhraseEnd(tokens, to + 1);
    if (end !== undefined) return { kind: 'count', from: amount.from, to: end, value: amount.value, unit: tokens.slice(to + 1, end).map((t, k) => (k > 0 && t.gap ? ' ' : '') + t.text).join('') };
  }
  // `10 or so images`: an estimate before what it counts.
  if (nextLower === 'or' && tokens[to + 1]?.text.toLowerCase() === 'so') {
    const end = countedPhraseEnd(tokens, to + 2);
    if (end !== undefined) return { kind: 'count', from: amount.from, to: end, value: amount.value, unit: phraseText(tokens, to + 2, end) };
  }
  // `two of her friends`: a number of someone's people or things.
  if (nextLower === 'of' && OWNERS.has(tokens[to + 1]?.text.toLowerCase() ?? '')) {
    const end = countedPhraseEnd(tokens, to + 2);
    if (end !== undefined) return { kind: 'count', from: amount.from, to: end, value: amount.value, unit: phraseText(tokens, to + 2, end) };
  }
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

// Possessive words after `of` that make `two of her friends` a count of those friends.
const OWNERS = new Set(['her', 'his', 'their', 'its', 'our', 'my', 'your']);

// Nouns after a hyphen that a number counts (`25-state`), and how that count is reported.
const COUNTED_COMPOUNDS: Readonly<Record<string, string>> = {
  state: 'states', nation: 'nations', country: 'countries', team: 'teams', club: 'clubs', seat: 'seats', party: 'parties',
  storey: 'storeys', page: 'pages', point: 'points', goal: 'goals', game: 'games', match: 'matches', bed: 'beds', room: 'rooms',
};

/** The words of `tokens[from..to)` as written. */
function phraseText(tokens: readonly Token[], from: number, to: number): string {
  return tokens.slice(from, to).map((t, k) => (k > 0 && t.gap ? ' ' : '') + t.text).join('');
}

// Words after a hyphen that make a number a head count (`40-strong`, `22-man`, `15-member`).
const HEAD_COUNTS = new Set(['strong', 'man', 'woman', 'member', 'person']);

// Suffixes that may touch digits: ordinals, decades, clock times, units and scales (`21st`, `1960s`, `10am`, `17.30m`, `4GHz`).
function isJoinedSuffix(word: string): boolean {
  return /^(st|nd|rd|th|s|am|pm|p)$/.test(word) || SCALES[word] !== undefined || MEASURE_UNITS[word] !== undefined ||
    TIME_UNITS[word] !== undefined || ABBREVIATED_TIME.has(word) || CURRENCY_WORDS[word] !== undefined || word === 'percent';
}
