// "Did you mean": when a query finds nothing, each of its words of five or more letters that starts
// no corpus word is replaced by the commonest corpus word one edit away (a letter dropped, added,
// changed, or two swapped). The last word may still be being typed, so for it a word that merely
// starts one edit away counts too (`goverm` -> `government`).
import { foldText } from './fold.js';
import type { QueryToken } from './parse-query.js';
import type { Vocabulary } from './vocabulary.js';

/** Words this short are left alone: one edit away from too many others. */
const MIN_LETTERS = 5;
const LETTERS = /[\p{L}\p{M}]+/gu;

/** Every string one edit from `word`. */
export function oneEditAway(word: string, alphabet: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const rest = word.slice(i);
    if (rest) out.add(head + rest.slice(1));
    if (rest.length > 1) out.add(head + rest[1] + rest[0] + rest.slice(2));
    for (const ch of alphabet) {
      out.add(head + ch + rest);
      if (rest && ch !== rest[0]) out.add(head + ch + rest.slice(1));
    }
  }
  out.delete(word);
  return out;
}

/** The likeliest correction of one folded word, or null. */
function correct(word: string, vocabulary: Vocabulary, typing: boolean): string | null {
  const variants = oneEditAway(word, vocabulary.alphabet());
  let best: string | null = null;
  let bestCount = 0;
  for (const v of variants) {
    const count = vocabulary.count(v);
    if (count > bestCount) [best, bestCount] = [v, count];
  }
  if (!typing) return best;
  // A word being typed may also be the start of a longer word: the commoner of the two wins.
  for (const v of variants) {
    const found = v.length >= 4 ? vocabulary.bestWithPrefix(v) : null;
    if (found && found.count > bestCount) [best, bestCount] = [found.word, found.count];
  }
  return best;
}

/** Whether any word of the query is long enough to be corrected (so the vocabulary is worth building). */
export function hasCorrectableWords(tokens: readonly QueryToken[]): boolean {
  return tokens.some(
    (t) => !t.negative && t.kind !== 'scope' && [...t.text.matchAll(LETTERS)].some((m) => foldText(m[0]).length >= MIN_LETTERS),
  );
}

/** The query with its misspelt words corrected, or null when there is nothing to correct. */
export function suggestQuery(query: string, tokens: readonly QueryToken[], vocabulary: Vocabulary): string | null {
  const edits: { start: number; end: number; text: string }[] = [];
  const last = tokens[tokens.length - 1];
  const endsTyping = query.length > 0 && !/\s$/.test(query);
  for (const token of tokens) {
    if (token.negative || token.kind === 'scope') continue;
    for (const match of token.text.matchAll(LETTERS)) {
      const raw = match[0];
      const word = foldText(raw).toLowerCase();
      if (word.length < MIN_LETTERS || vocabulary.bestWithPrefix(word)) continue;
      const start = token.start + match.index;
      const end = start + raw.length;
      const typing = token === last && end === token.end && endsTyping && (token.kind !== 'phrase' || token.open);
      const fixed = correct(word, vocabulary, typing);
      if (!fixed) continue;
      const upper = raw[0] !== raw[0]!.toLowerCase();
      edits.push({ start, end, text: upper ? fixed[0]!.toUpperCase() + fixed.slice(1) : fixed });
    }
  }
  if (edits.length === 0) return null;
  let out = query;
  for (const edit of edits.reverse()) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
