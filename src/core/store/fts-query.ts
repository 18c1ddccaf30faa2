// Queries in FTS5's query language over the `unit_text` table (one column per kind of unit and one
// for a quote's speaker; each row one unit's words as our folding sees them, gaps marked): candidate
// queries (a superset, see core/search/candidate-query.ts) and exact ones (see exact-query.ts).
import type { CandidateQuery } from '../search/candidate-query.js';
import type { ExactQuery } from '../search/exact-query.js';

/** The columns of `unit_text`: one by unit kind (title, paragraph, quote, fact), and a quote's speaker. */
export const UNIT_COLUMNS = ['title', 'paragraph', 'quote', 'fact', 'speaker'] as const;

/** The columns holding units of these kinds (a quote's speaker is searched with its text). */
function columnsOf(kinds: number): string[] {
  const columns = UNIT_COLUMNS.slice(0, 4).filter((_, kind) => (kinds & (1 << kind)) !== 0);
  return (kinds & 0b0100) !== 0 ? [...columns, 'speaker'] : columns;
}

/**
 * Scripts whose letters SQLite's tokenizer surely knows (it may lag behind the Unicode of
 * JavaScript): a word with any other char is left to the matcher, as a phrase the tokenizer
 * emptied would find nothing.
 */
const KNOWN = /^[\u0000-\u07ff\u3040-\u30ff\u4e00-\u9fff]+$/;

/** The FTS5 MATCH expression for `query`, or null when it narrows nothing (every article is a candidate). */
export function ftsExpression(query: CandidateQuery): string | null {
  const phrases: string[] = [];
  for (const term of query.terms) {
    let words = term.words;
    let prefix = term.prefix;
    if (!words.every((word) => KNOWN.test(word))) continue;
    // A one-letter prefix has no prefix index and starts most words: the matcher is quicker.
    if (prefix && [...words[words.length - 1]!].length < 2) {
      words = words.slice(0, -1);
      prefix = false;
    }
    if (words.length > 0) phrases.push(`"${words.join(' ')}"${prefix ? '*' : ''}`);
  }
  if (phrases.length === 0) return null;
  const expression = phrases.join(' AND ');
  const columns = columnsOf(query.kinds);
  return columns.length === UNIT_COLUMNS.length ? expression : `{${columns.join(' ')}} : (${expression})`;
}

/**
 * The words of the index that start with `prefix`, or null when unknown (then the prefix is asked
 * as such). A prefix longer than the prefix indexes makes FTS5 merge the lists of every word it
 * starts before it can give the first row (50 ms for `government*` at a million articles); the same
 * words joined by OR are read in step, as far as the LIMIT needs.
 */
export type WordsStarting = (prefix: string) => readonly string[] | null;

/**
 * An exact query (see core/search/exact-query.ts) in FTS5's query language (the words are plain
 * letters and digits), or null when it can match nothing (a prefix no word of the index starts).
 */
export function exactExpression(query: ExactQuery, wordsStarting: WordsStarting = () => null): string | null {
  const columns = `{${columnsOf(query.kinds).join(' ')}}`;
  const parts: string[] = [];
  for (const { words, form, speaker } of query.terms) {
    const phrase = `"${words.join(' ')}"`;
    let held: string;
    if (form === 'whole') held = phrase;
    else {
      const last = words[words.length - 1]!;
      const known = wordsStarting(last);
      // Expanded: the phrase with each word the index holds in place of its last word.
      const expanded = known?.filter((word) => form === 'prefix' || word !== last).map((word) => `"${[...words.slice(0, -1), word].join(' ')}"`);
      if (expanded && expanded.length === 0) return null;
      const anyOf = expanded ? `(${expanded.join(' OR ')})` : `${phrase}*`;
      held = form === 'prefix' ? anyOf : `(${anyOf} NOT ${phrase})`;
    }
    parts.push(`${speaker ? '{speaker}' : columns} : ${held}`);
  }
  return parts.join(' AND ');
}
