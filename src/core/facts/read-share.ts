// Shares and rates, reported as percents: `two-thirds of`, `Half of them`, `by a fifth`, `one in five`.
import { numberWord, readFraction } from './number-words.js';
import type { RawFact } from './raw-fact.js';
import { round } from './read-amount.js';
import type { Token } from './fact-tokens.js';
import { MEASURE_UNITS, TIME_UNITS } from './unit-words.js';

const SHARE_LEADS = new Set(['by', 'than', 'about', 'nearly', 'almost', 'over', 'under', 'around', 'roughly', 'some']);

/** `one in five pensioners`, `one in 10`: a rate, reported as a percent. */
export function readRate(tokens: readonly Token[], i: number): RawFact | undefined {
  if (tokens[i]?.text.toLowerCase() !== 'one' || tokens[i + 1]?.text.toLowerCase() !== 'in') return undefined;
  const whole = tokens[i + 2];
  if (!whole) return undefined;
  const value = whole.type === 'num' ? Number(whole.text.replace(/,/g, '')) : numberWord(whole.text);
  if (!value || value < 2) return undefined;
  return { kind: 'percent', from: i, to: i + 3, value: Math.round(1000 / value) / 10 };
}

/** `a sixth of`, `two-thirds of`, `Half of them`: a share, reported as a percent; `a tenth of a second` is an amount of time. */
export function readShare(tokens: readonly Token[], i: number): RawFact | undefined {
  const share = readFraction(tokens, i);
  if (!share) return undefined;
  const after = tokens[share.to]?.text.toLowerCase();
  const part = after === 'of' ? partOfUnit(tokens, share.to + 1) : undefined;
  if (part) return { kind: 'quantity', from: i, to: part.to, value: round(share.value), unit: part.unit };
  const lead = tokens[i - 1]?.text.toLowerCase() ?? '';
  // `a sixth of`, `half the world's`, `by a fifth`: a share; `half-time`, `a third term` are not.
  const isShare = after === 'of' || (after === 'the' && share.value === 0.5) || SHARE_LEADS.has(lead);
  if (!isShare || tokens[share.to]?.text === '-') return undefined;
  // `the second half of the season` is a part of time, not a share.
  const before = tokens[i - 1]?.text.toLowerCase();
  if (share.value === 0.5 && (before === 'first' || before === 'second' || before === 'the')) return undefined;
  return { kind: 'percent', from: i, to: share.to, value: Math.round(share.value * 1000) / 10 };
}

/** `a second`, `a mile`, `a percentage point` after `a tenth of`: the fraction is an amount of that unit, not a share. */
function partOfUnit(tokens: readonly Token[], j: number): { unit: string; to: number } | undefined {
  if (!/^an?$/i.test(tokens[j]?.text ?? '')) return undefined;
  const word = tokens[j + 1]?.text.toLowerCase() ?? '';
  if (word === 'percentage' && /^points?$/i.test(tokens[j + 2]?.text ?? '')) return { unit: 'percentage points', to: j + 3 };
  const unit = TIME_UNITS[word] ?? MEASURE_UNITS[word];
  return unit ? { unit, to: j + 2 } : undefined;
}
