// Month and weekday names, shared by dates (they are facts) and names (they are never entities).

/** Month names and their numbers (1-12), lower case; `sept` and friends only with a full stop. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6], ['july', 7], ['august', 8],
  ['september', 9], ['october', 10], ['november', 11], ['december', 12],
]);

/** Weekday names, lower case. */
export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** True for a month or weekday name in any case (`May`, `TUESDAY`). */
export function isMonthOrWeekday(word: string): boolean {
  const lower = word.toLowerCase();
  return MONTHS.has(lower) || WEEKDAYS.has(lower);
}

/** Periods that `last`, `next`, `this` turn into a date (`last month`, `this summer`). */
export const PERIODS: ReadonlySet<string> = new Set([
  'week', 'weekend', 'month', 'year', 'decade', 'century', 'fortnight', 'quarter', 'season', 'term',
  'spring', 'summer', 'autumn', 'winter', 'morning', 'afternoon', 'evening', 'night',
]);

/** Words that make a following period or month a date. */
export const DATE_LEADS: ReadonlySet<string> = new Set(['last', 'next', 'this', 'past', 'coming', 'previous', 'same']);

/** Words before `May` that make it the month, not the verb. */
export const MONTH_CONTEXT: ReadonlySet<string> = new Set([
  'in', 'on', 'by', 'from', 'since', 'until', 'till', 'to', 'of', 'last', 'next', 'this', 'early', 'late', 'mid', 'during',
  'before', 'after', 'end', 'between', 'and', 'or', 'through', 'throughout',
]);

/** Decades written as words (`the seventies`, `the early Sixties`). */
/** Seasons, which with a year make a date (`spring 2006`). */
export const SEASONS: ReadonlySet<string> = new Set(['spring', 'summer', 'autumn', 'winter']);

export const DECADE_WORDS: ReadonlySet<string> = new Set(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties']);
