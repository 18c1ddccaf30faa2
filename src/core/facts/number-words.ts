// Numbers written as words: `Sixty`, `twenty-eight`, `two million`, `a dozen`, and fractions (`two-thirds`).
import type { Token } from './fact-tokens.js';

const UNITS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, dozen: 12,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Multipliers written after a number (`15 million`, `$1.13bn`). */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, millions: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12, trn: 1e12,
};

/** Parts of a whole, as written after `a`/`one`/`two`... */
const FRACTIONS: Readonly<Record<string, number>> = {
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4, fifth: 1 / 5, fifths: 1 / 5,
  sixth: 1 / 6, sixths: 1 / 6, seventh: 1 / 7, eighth: 1 / 8, tenth: 1 / 10, tenths: 1 / 10,
  hundredth: 1 / 100, hundredths: 1 / 100, thousandth: 1 / 1000, thousandths: 1 / 1000,
};

/** A number read from tokens `[from, to)`. */
export interface ReadNumber {
  readonly value: number;
  /** Index just past the last token used. */
  readonly to: number;
}

/** The value of a single number word (`sixty` -> 60), or undefined. */
export function numberWord(word: string): number | undefined {
  const lower = word.toLowerCase();
  return UNITS[lower] ?? TENS[lower];
}

/** Reads `twenty-eight`, `one hundred and fifty`, `two million`, `a dozen` starting at token `i`. */
export function readNumberWords(tokens: readonly Token[], i: number): ReadNumber | undefined {
  let j = i;
  let total = 0;
  let current = 0;
  let used = false;
  const first = tokens[i];
  if (first?.type === 'word' && /^an?$/i.test(first.text)) {
    // `a dozen`, `a million`, `a hundred`: `a` counts as one only before these.
    const next = tokens[i + 1];
    const lower = next?.type === 'word' ? next.text.toLowerCase() : '';
    if (lower !== 'dozen' && lower !== 'hundred' && lower !== 'thousand' && lower !== 'million' && lower !== 'billion') return undefined;
    current = 1;
    used = true;
    j = i + 1;
    if (lower === 'dozen') return { value: 12, to: i + 2 };
  }
  // `last` stops `two one-man shows` reading as three: a unit may follow only a ten or a scale.
  let last: 'none' | 'unit' | 'ten' | 'hundred' | 'scale' = used ? 'unit' : 'none';
  for (; j < tokens.length; j++) {
    const token = tokens[j]!;
    if (token.type !== 'word') break;
    if (j > i && !token.gap && tokens[j - 1]?.text !== '-') break;
    const lower = token.text.toLowerCase();
    const unit = UNITS[lower];
    const ten = TENS[lower];
    if (ten !== undefined && (last === 'none' || last === 'hundred' || last === 'scale')) {
      current += ten;
      used = true;
      last = 'ten';
      // `twenty-eight`
      const dash = tokens[j + 1];
      const after = tokens[j + 2];
      if (dash?.text === '-' && !dash.gap && after?.type === 'word' && !after.gap) {
        const ones = UNITS[after.text.toLowerCase()];
        if (ones !== undefined && ones < 10) {
          current += ones;
          last = 'unit';
          j += 2;
        }
      }
    } else if (unit !== undefined && lower !== 'dozen' && (last === 'none' || last === 'hundred' || last === 'scale' || (last === 'ten' && unit < 10))) {
      current += unit;
      used = true;
      last = 'unit';
    } else if (used && lower === 'hundred' && last !== 'hundred') {
      current = (current || 1) * 100;
      last = 'hundred';
    } else if (used && (lower === 'thousand' || lower === 'million' || lower === 'billion' || lower === 'trillion')) {
      total += (current || 1) * SCALES[lower]!;
      current = 0;
      last = 'scale';
    } else if (used && lower === 'and' && last === 'hundred' && tokens[j + 1] && numberWord(tokens[j + 1]!.text) !== undefined) {
      continue;
    } else if (used && lower === 'point' && total === 0 && current < 100 && digitWord(tokens[j + 1]) !== undefined) {
      // `one point three` -> 1.3
      let decimals = '';
      let k = j + 1;
      for (let digit = digitWord(tokens[k]); digit !== undefined; digit = digitWord(tokens[++k])) decimals += String(digit);
      return { value: Number(`${current}.${decimals}`), to: k };
    } else break;
  }
  if (!used) return undefined;
  return { value: total + current, to: j };
}

function digitWord(token: Token | undefined): number | undefined {
  if (token?.type !== 'word') return undefined;
  const lower = token.text.toLowerCase();
  if (lower === 'zero' || lower === 'nought' || lower === 'oh') return 0;
  const unit = UNITS[lower];
  return unit !== undefined && unit < 10 ? unit : undefined;
}

/** Reads `a third`, `two-thirds`, `half`, `three quarters` at token `i`: the share (0..1). */
export function readFraction(tokens: readonly Token[], i: number): ReadNumber | undefined {
  const first = tokens[i];
  if (first?.type !== 'word') return undefined;
  const lower = first.text.toLowerCase();
  if (lower === 'half') return { value: 0.5, to: i + 1 };
  let count: number | undefined;
  if (lower === 'a' || lower === 'one') count = 1;
  else count = UNITS[lower];
  if (count === undefined || count > 10) return undefined;
  let j = i + 1;
  // `two-thirds` (hyphen) or `two thirds`
  if (tokens[j]?.text === '-' && !tokens[j]!.gap) j++;
  const part = tokens[j];
  if (part?.type !== 'word') return undefined;
  const share = FRACTIONS[part.text.toLowerCase()];
  if (share === undefined || share === 0.5) return undefined;
  return { value: count * share, to: j + 1 };
}
