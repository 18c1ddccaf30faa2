// Words before a figure that belong in its span: `at least 2,000 people`, `about 52 percent`, `nearly a quarter`.
import type { Token } from './fact-tokens.js';
import { QUALIFIERS } from './unit-words.js';

/** The first token of the longest qualifier ending just before token `from`, not reaching back past `floor`. */
export function qualifierStart(tokens: readonly Token[], from: number, floor: number): number {
  let best = from;
  for (const words of QUALIFIERS) {
    const start = from - words.length;
    if (start < floor || start >= best) continue;
    if (words.every((word, k) => tokens[start + k]?.type === 'word' && tokens[start + k]!.text.toLowerCase() === word)) best = start;
  }
  return best;
}
