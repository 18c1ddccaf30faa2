// Dates: `July 28, 2024`, `2 March 2005`, `Saturday, 26 February`, `March 2004`, `Sunday`, `last month`, `yesterday`.
import { DATE_LEADS, DECADE_WORDS, MONTH_CONTEXT, MONTHS, PERIODS, SEASONS, WEEKDAYS } from '../names/calendar-words.js';
import type { RawFact } from './raw-fact.js';
import { isCapitalised, type Token, withoutPossessive } from './fact-tokens.js';

/** Reads a date written with words (numbers alone are years, read by the figure reader), or undefined. */
export function readDate(tokens: readonly Token[], i: number): RawFact | undefined {
  const token = tokens[i]!;
  if (token.type === 'num') return dayFirst(tokens, i, i);
  if (token.type !== 'word') return undefined;
  const lower = withoutPossessive(token.text).toLowerCase();
  if (WEEKDAYS.has(lower) && isCapitalised(token)) {
    let j = i + 1;
    if (tokens[j]?.text === ',' && !isPossessive(token)) j++;
    return dayFirst(tokens, j, i) ?? monthFirst(tokens, j, i) ?? date(i, i + 1, null);
  }
  if (MONTHS.has(lower) && isCapitalised(token)) return monthFirst(tokens, i, i);
  if (lower === 'yesterday' || lower === 'tomorrow' || lower === 'tonight') return date(i, i + 1, null);
  if (DATE_LEADS.has(lower)) return relative(tokens, i);
  // `a year ago`, `a week ago`
  if ((lower === 'a' || lower === 'an') && PERIODS.has(tokens[i + 1]?.text.toLowerCase() ?? '') && tokens[i + 2]?.text.toLowerCase() === 'ago') return date(i, i + 3, null);
  if ((lower === 'early' || lower === 'late' || lower === 'mid') && tokens[i + 1]) return seasonal(tokens, i);
  if (DECADE_WORDS.has(lower) && afterThe(tokens, i)) return date(i, i + 1, null);
  // `spring 2006`, `the summer of 2004`: a season with its year.
  if (SEASONS.has(lower)) {
    const of = tokens[i + 1]?.text.toLowerCase() === 'of' ? 1 : 0;
    const year = yearAt(tokens, i + 1 + of, false);
    if (year) return date(i, year.to, String(year.value));
  }
  return undefined;
}


/** `the seventies` is a decade; `his seventies` an age. */
function afterThe(tokens: readonly Token[], i: number): boolean {
  return tokens[i - 1]?.type === 'word' && tokens[i - 1]!.text.toLowerCase() === 'the';
}

/** `26 February`, `2nd of March 2005`, starting at the day number. */
function dayFirst(tokens: readonly Token[], j: number, from: number): RawFact | undefined {
  const day = dayNumber(tokens, j);
  if (!day) return undefined;
  let k = day.to;
  if (tokens[k]?.text.toLowerCase() === 'of') k++;
  const month = monthAt(tokens, k);
  if (month === undefined) return undefined;
  const year = yearAt(tokens, k + 1, true);
  return year ? date(from, year.to, iso(year.value, month, day.value)) : date(from, k + 1, null);
}

/** `July 28`, `July 28, 2024`, `March 2004`, `January`, starting at the month. */
function monthFirst(tokens: readonly Token[], j: number, from: number): RawFact | undefined {
  const month = monthAt(tokens, j);
  if (month === undefined) return undefined;
  const day = dayNumber(tokens, j + 1);
  if (day && !(tokens[day.to]?.text === ',' && tokens[day.to + 1]?.type === 'num' && tokens[day.to + 1]!.text.length < 4)) {
    const year = yearAt(tokens, day.to, true);
    return year ? date(from, year.to, iso(year.value, month, day.value)) : date(from, day.to, null);
  }
  const year = yearAt(tokens, j + 1, false);
  if (year) return date(from, year.to, iso(year.value, month));
  // `May` alone is a month only after words like `in`, `since`, `last`, or before an election (`a May general election`).
  if (month === 5 && from === j && !MONTH_CONTEXT.has(tokens[j - 1]?.text.toLowerCase() ?? '') && !/^(general|election|elections|poll|polls)$/i.test(tokens[j + 1]?.text ?? '')) return undefined;
  return date(from, j + 1, null);
}

/** `last month`, `this year`, `next Tuesday`, `last December`, `past week`. */
function relative(tokens: readonly Token[], i: number): RawFact | undefined {
  const next = tokens[i + 1];
  if (next?.type !== 'word' || !next.gap) return undefined;
  // `ITV's This Morning`, `Next Week`: a period written with a capital is a title, not a date.
  if (isCapitalised(next) && PERIODS.has(withoutPossessive(next.text).toLowerCase())) return undefined;
  const word = withoutPossessive(next.text).toLowerCase();
  if (PERIODS.has(word) || WEEKDAYS.has(word) || MONTHS.has(word)) return date(i, i + 2, null);
  return undefined;
}

/** `mid-2004`, `mid-1990s`, `late May`, `early 2005`, `the early seventies`. */
function seasonal(tokens: readonly Token[], i: number): RawFact | undefined {
  let j = i + 1;
  if (tokens[j]?.text === '-' && !tokens[j]!.gap) j++;
  const next = tokens[j];
  if (!next) return undefined;
  const month = monthAt(tokens, j);
  if (month !== undefined) {
    const year = yearAt(tokens, j + 1, false);
    return year ? date(i, year.to, iso(year.value, month)) : date(i, j + 1, null);
  }
  if (next.type === 'word' && DECADE_WORDS.has(next.text.toLowerCase()) && afterThe(tokens, i)) return date(i, j + 1, null);
  if (next.type === 'num' && /^\d{4}$/.test(next.text) && isYear(Number(next.text))) {
    const decade = tokens[j + 1]?.text === 's' && !tokens[j + 1]!.gap;
    return decade ? date(i, j + 2, null) : date(i, j + 1, next.text);
  }
  return undefined;
}

function monthAt(tokens: readonly Token[], j: number): number | undefined {
  const token = tokens[j];
  if (!token || token.type !== 'word' || !isCapitalised(token)) return undefined;
  return MONTHS.get(withoutPossessive(token.text).toLowerCase());
}

function dayNumber(tokens: readonly Token[], j: number): { value: number; to: number } | undefined {
  const token = tokens[j];
  if (token?.type !== 'num' || !/^\d{1,2}$/.test(token.text)) return undefined;
  const value = Number(token.text);
  if (value < 1 || value > 31) return undefined;
  const suffix = tokens[j + 1];
  if (suffix && !suffix.gap && /^(st|nd|rd|th)$/i.test(suffix.text)) return { value, to: j + 2 };
  return { value, to: j + 1 };
}

function yearAt(tokens: readonly Token[], j: number, commaAllowed: boolean): { value: number; to: number } | undefined {
  let k = j;
  if (commaAllowed && tokens[k]?.text === ',') k++;
  const token = tokens[k];
  if (token?.type !== 'num' || !/^\d{4}$/.test(token.text) || !isYear(Number(token.text))) return undefined;
  if (tokens[k + 1] && !tokens[k + 1]!.gap && tokens[k + 1]!.type === 'word') return undefined;
  return { value: Number(token.text), to: k + 1 };
}

/** Four digits that read as a year in news text. */
export function isYear(value: number): boolean {
  return value >= 1000 && value <= 2099;
}

function isPossessive(token: Token): boolean {
  return withoutPossessive(token.text) !== token.text;
}

function iso(year: number, month: number, day?: number): string {
  const mm = String(month).padStart(2, '0');
  return day === undefined ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, '0')}`;
}

function date(from: number, to: number, value: string | null): RawFact {
  return { kind: 'date', from, to, value };
}
