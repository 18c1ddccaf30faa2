// A candidate query (see core/search/candidate-query.ts) as a PostgreSQL tsquery over `reader.units`,
// whose vectors hold the words our folding sees (see postgres-store.ts): each term a phrase of its
// words (`prime <-> min:*`), all terms in one unit (`&`). What the server's parser might not keep as
// one word is left to the matcher, as SQLite's engine leaves it (see fts-query.ts). A quote's speaker
// words carry weight A in its vector, so `speaker:` asks for `word:A`.
import type { CandidateQuery } from '../search/candidate-query.js';
import type { ExactQuery } from '../search/exact-query.js';

/**
 * Words the server's parser keeps whole in any locale: ASCII letters and digits, but not a number
 * with an exponent (`1e5x` is read as `1e5` and `x`). Other scripts depend on the server's locale.
 */
const SAFE = /^[a-z0-9]+$/;
const EXPONENT = /[0-9]e[0-9]/;

/** Whether the server indexes `word` as exactly this one word. */
export function safeWord(word: string): boolean {
  return SAFE.test(word) && !EXPONENT.test(word) && word.length < 2048;
}

/** The tsquery text for `query`, or null when it narrows nothing (every article is a candidate). */
export function tsqueryText(query: CandidateQuery): string | null {
  const phrases: string[] = [];
  for (const term of query.terms) {
    let words = term.words;
    let prefix = term.prefix;
    if (!words.every(safeWord)) continue;
    // A one-letter prefix starts most words: the index would name nearly every unit, and the matcher is quicker.
    if (prefix && words[words.length - 1]!.length < 2) {
      words = words.slice(0, -1);
      prefix = false;
    }
    if (words.length === 0) continue;
    const parts = words.map((word, i) => `'${word}'${prefix && i === words.length - 1 ? ':*' : ''}`);
    phrases.push(parts.length === 1 ? parts[0]! : `(${parts.join(' <-> ')})`);
  }
  return phrases.length === 0 ? null : phrases.join(' & ');
}

/**
 * An exact query (see core/search/exact-query.ts) as tsquery text: each term a phrase, a speaker's
 * held by speaker words only (weight A); null when a word is not surely the server's (see safeWord).
 */
export function exactTsquery(query: ExactQuery): string | null {
  if (!query.terms.every((term) => term.words.every(safeWord))) return null;
  const terms = query.terms.map(({ words, form, speaker }) => {
    const phrase = (prefix: boolean) => {
      const parts = words.map((word, i) => {
        const marks = `${prefix && i === words.length - 1 ? '*' : ''}${speaker ? 'A' : ''}`;
        return `'${word}'${marks ? `:${marks}` : ''}`;
      });
      return parts.length === 1 ? parts[0]! : `(${parts.join(' <-> ')})`;
    };
    return form === 'whole' ? phrase(false) : form === 'prefix' ? phrase(true) : `(${phrase(true)} & !${phrase(false)})`;
  });
  return terms.join(' & ');
}

/** The unit kinds (0 title, 1 paragraph, 2 quote, 3 fact) a query's kind bits allow. */
export function kindsOf(query: Pick<CandidateQuery, 'kinds'>): number[] {
  return [0, 1, 2, 3].filter((kind) => (query.kinds & (1 << kind)) !== 0);
}
