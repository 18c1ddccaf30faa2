// Ranges: `65% to 30%`, `from just over 4% in 2009 to a record 11.8%`, `48 to just 19 days`, `between £18,000 and £26,000`.
import type { RawFact } from './raw-fact.js';
import type { Token } from './fact-tokens.js';

// Words allowed between `to`/`and` and the second end (`to a record 9.4%`, `to just 12 days`).
const FILLER = new Set(['just', 'a', 'an', 'record', 'about', 'around', 'nearly', 'almost', 'over', 'under', 'only', 'some', 'roughly', 'new', 'more', 'than', 'less', 'high', 'low']);

const CHANGE_WORDS = new Set(['up', 'down', 'by', 'rose', 'fell', 'gained', 'lost', 'added', 'dropped', 'shed', 'jumped', 'climbed', 'slipped', 'slumped', 'increased', 'decreased', 'cut', 'raised', 'grew', 'rising', 'falling', 'higher', 'lower', 'off', 'plunged', 'soared', 'surged', 'eased', 'edged', 'declined', 'tumbled', 'rise', 'fall', 'increase', 'decrease', 'drop', 'jump', 'gain']);

/** Joins pairs of figures written as a range into one `range` fact; the ends are kept on it, dates between stay facts. */
export function joinRanges(tokens: readonly Token[], facts: readonly RawFact[]): RawFact[] {
  const out: RawFact[] = [];
  for (let a = 0; a < facts.length; a++) {
    const first = facts[a]!;
    const joined = endOfRange(tokens, facts, a);
    if (!joined) {
      out.push(first);
      continue;
    }
    const { second, b, lead } = joined;
    out.push({
      kind: 'range', from: lead, to: second.to, value: null,
      first: Number(first.value), second: Number(second.value),
      unit: second.unit ?? first.unit, currency: second.currency ?? first.currency,
    });
    // Dates written between the two ends (`in 2003`) are facts of their own.
    for (let k = a + 1; k < b; k++) out.push(facts[k]!);
    a = b;
  }
  return out.sort((x, y) => x.from - y.from);
}

function endOfRange(tokens: readonly Token[], facts: readonly RawFact[], a: number): { second: RawFact; b: number; lead: number } | undefined {
  const first = facts[a]!;
  if (!isEnd(first)) return undefined;
  const before = tokens[first.from - 1]?.text.toLowerCase();
  // `down $2.05 to $57.90`, `rose 3% to 7%`: a change and a level, not a range.
  if (before !== undefined && CHANGE_WORDS.has(before)) return undefined;
  const lead = before === 'from' || before === 'between' ? first.from - 1 : first.from;
  // The next figure that is not a date in between (`from 6% in 2011 to 9.4%`): only after `from`.
  for (let b = a + 1; b < facts.length && b <= a + 2; b++) {
    const second = facts[b]!;
    if (b > a + 1 && before !== 'from') return undefined;
    if (second.kind === 'date' && !(isYearFact(first) && isYearFact(second))) continue;
    if (!isEnd(second) || !compatible(first, second)) return undefined;
    if (b > a + 1 && !fewWords(tokens, first.to, facts[a + 1]!.from)) return undefined;
    const link = linkBetween(tokens, facts[b - 1]!.to, second.from, false);
    if (link === undefined) return undefined;
    // `41.52 seconds - just a tenth of a second`: a spaced dash after a full measure opens an aside.
    if (link === '-' && first.unit !== undefined && first.kind !== 'count' && tokens[first.to]?.gap) return undefined;
    if (link === 'and' && before !== 'between') return undefined;
    return { second, b, lead };
  }
  return undefined;
}

/** `to`, `and` or a dash between the two ends, with filler words; undefined when something else stands there. */
function linkBetween(tokens: readonly Token[], from: number, to: number, allowGap: boolean): string | undefined {
  let link: string | undefined;
  let words = 0;
  for (let k = from; k < to; k++) {
    const lower = tokens[k]!.text.toLowerCase();
    if (link === undefined && (lower === 'to' || lower === 'and' || lower === '-' || lower === '–')) link = lower === '–' ? '-' : lower;
    else if (link !== undefined && FILLER.has(lower)) continue;
    else if (link === undefined && allowGap && ++words <= 3) continue;
    else return undefined;
  }
  return link;
}

/** At most three plain words between two figures (`6% in 2011`). */
function fewWords(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) if (tokens[k]!.type !== 'word') return false;
  return true;
}

function isEnd(fact: RawFact): boolean {
  if (fact.kind === 'range' || typeof fact.value !== 'number') return isYearFact(fact);
  return true;
}

function isYearFact(fact: RawFact): boolean {
  return fact.kind === 'date' && typeof fact.value === 'string' && /^\d{4}$/.test(fact.value);
}

function compatible(first: RawFact, second: RawFact): boolean {
  if (isYearFact(first) || isYearFact(second)) return isYearFact(first) && isYearFact(second);
  if (first.kind === second.kind) return first.kind !== 'count' || first.unit === undefined || first.unit === second.unit;
  // A bare number takes the kind of the end that has one (`30 to 14 days`, `1,000 to 2,000 files`).
  return first.kind === 'count' && first.unit === undefined;
}
