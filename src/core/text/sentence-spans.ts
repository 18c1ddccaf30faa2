// Sentence boundaries inside one paragraph, for the `sentence` of each fact and the "first word" rule of names.

/** A half-open character span. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

// Words that end in a full stop without ending the sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'sr', 'jr', 'rev', 'gen', 'col', 'capt', 'lt', 'sgt', 'supt', 'insp', 'gov', 'sen', 'rep',
  'no', 'vs', 'v', 'etc', 'approx', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

const END = /[.!?]+/g;

/** Sentence spans covering the paragraph, each trimmed of surrounding spaces. */
export function sentenceSpans(paragraph: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  END.lastIndex = 0;
  for (let match = END.exec(paragraph); match !== null; match = END.exec(paragraph)) {
    let end = match.index + match[0].length;
    // Closing quotes and brackets belong to the sentence they close.
    while (end < paragraph.length && `"'”’)]`.includes(paragraph[end]!)) end++;
    if (end < paragraph.length && !/\s/.test(paragraph[end]!)) continue;
    let next = end;
    while (next < paragraph.length && /\s/.test(paragraph[next]!)) next++;
    if (next < paragraph.length && !/[\p{Lu}\d"'“‘([]/u.test(paragraph[next]!)) continue;
    if (match[0] === '.' && isAbbreviation(paragraph, match.index, paragraph[next] ?? '')) continue;
    pushTrimmed(spans, paragraph, start, end);
    start = next;
  }
  pushTrimmed(spans, paragraph, start, paragraph.length);
  return spans;
}

/** The span holding `offset` (the last one when past the end). */
export function spanAt(spans: readonly Span[], offset: number): Span {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (spans[mid]!.start <= offset) low = mid;
    else high = mid - 1;
  }
  return spans[low] ?? { start: 0, end: 0 };
}

function isAbbreviation(text: string, dot: number, following: string): boolean {
  let from = dot;
  while (from > 0 && /\p{L}/u.test(text[from - 1]!)) from--;
  const word = text.slice(from, dot);
  // A lone capital (`J.`, the `S` of `U.S.`) is an initial; `U.S. officials` carries on.
  if (word.length === 1 && word === word.toUpperCase()) return true;
  // `No. 10` shortens `number`; `said no.` ends a sentence.
  if (word.toLowerCase() === 'no') return /\d/.test(following);
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) spans.push({ start, end });
}
