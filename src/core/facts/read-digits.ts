// Figures written with plain digits only: years, decades, ordinals, clock times, scores and numbers inside names.
import { isMonthOrWeekday } from '../names/calendar-words.js';
import { countedPhraseEnd } from './count-noun.js';
import type { Amount, FigureContext } from './read-amount.js';
import { isUnitAfter } from './read-amount.js';
import type { RawFact, Skip } from './raw-fact.js';
import { isYear } from './read-date.js';
import { isCapitalised, withoutPossessive } from './fact-tokens.js';
import { CLOCK_WORDS } from './unit-words.js';

// Capitalised words that open a sentence before a figure without naming it (`Only 42%`, `Some 45,000 people`).
const SENTENCE_OPENERS = new Set(['about', 'some', 'only', 'over', 'nearly', 'almost', 'around', 'just', 'more', 'fewer', 'less', 'up', 'at', 'in', 'by', 'from', 'since', 'until', 'after', 'before', 'of', 'with', 'and', 'but', 'another', 'all', 'the', 'those', 'these', 'its', 'their', 'his', 'her', 'our', 'roughly', 'approximately', 'exactly', 'perhaps', 'also', 'still', 'between', 'under', 'below', 'above', 'to', 'for', 'on', 'during', 'when', 'then', 'now', 'another', 'every', 'each', 'nearly', 'a', 'an', 'than', 'while', 'including', 'if', 'as', 'so', 'or', 'yet', 'both', 'that', 'this', 'there', 'it', 'they', 'we', 'he', 'she', 'you', 'i', 'by', 'almost', 'well', 'aged', 'age']);

/** Years, decades, ordinals, clock times, scores and numbers inside names: plain digits only. */
export function readDigitsOnly({ tokens, sentenceStarts }: FigureContext, amount: Amount): RawFact | Skip | undefined {
  const { from, to } = amount;
  const digits = amount.digits!;
  const next = tokens[to];
  const joined = next !== undefined && !next.gap;
  const nextLower = next?.type === 'word' ? next.text.toLowerCase() : '';
  // `0845 505 505`, `0800`: a leading zero makes a phone number or a code.
  if (/^0\d{2,}$/.test(digits)) {
    let end = to;
    while (tokens[end]?.type === 'num' && tokens[end]!.gap) end++;
    return { skip: true, to: end };
  }
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
  // `Disney's 1964 film`, `GB's 46-strong team`: a year or a head count after a possessive is a figure (`Boeing's 777` stays a name).
  const owned = before !== undefined && withoutPossessive(before.text) !== before.text && ((/^\d{4}$/.test(digits) && isYear(Number(digits))) || isStrong(tokens, to));
  const nameBefore = before !== undefined && isCapitalised(before) && !owned && !isMonthOrWeekday(before.text) && (!sentenceStarts.has(from - 1) || !SENTENCE_OPENERS.has(before.text.toLowerCase()));
  if (nameBefore && !isUnitAfter(tokens, to) && countedPhraseEnd(tokens, to) === undefined) {
    return { skip: true, to };
  }
  if (/^\d{4}$/.test(digits) && isYear(Number(digits)) && !isUnitAfter(tokens, to)) return { kind: 'date', from, to, value: digits };
  return undefined;
}

function isStrong(tokens: FigureContext['tokens'], to: number): boolean {
  return tokens[to]?.text === '-' && tokens[to + 1]?.text.toLowerCase() === 'strong';
}
