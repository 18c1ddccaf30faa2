// A query as typed -> its pieces. Every string is a valid query: anything that is not an operator
// is a word to look for, taken literally.
import type { UnitKind } from './search-types.js';

/** One piece of a query. */
export interface QueryToken {
  /** A word, a "phrase", a speaker: filter or an in: scope. */
  readonly kind: 'term' | 'phrase' | 'speaker' | 'scope';
  /** The words to look for, without quote marks, minus sign or prefix (for a scope, the names). */
  readonly text: string;
  /** Written with a leading `-`: units containing it are dropped. */
  readonly negative: boolean;
  /** A phrase whose closing quote mark is not typed yet: its last word is a prefix. */
  readonly open: boolean;
  /** Where `text` starts in the query. */
  readonly start: number;
  /** Where `text` ends in the query. */
  readonly end: number;
  /** For a scope: the unit kinds it names. */
  readonly scopes: readonly UnitKind[];
}

const OPENERS = '"\u201C\u201D\u201E\u00AB\uFF02';
const CLOSERS = '"\u201C\u201D\u201F\u00BB\uFF02';
const SPACE = /\s/;

/** Scope names, singular and plural; a prefix of one (`in:q`) is enough, so typing never breaks. */
const SCOPE_NAMES: readonly (readonly [string, UnitKind])[] = [
  ['titles', 'title'], ['paragraphs', 'paragraph'], ['quotes', 'quote'], ['facts', 'fact'],
  ['quotations', 'quote'], ['body', 'paragraph'],
];

/** The unit kinds named by `in:` values (comma-separated), or null when one is not a scope name. */
export function scopeKinds(value: string): UnitKind[] | null {
  const kinds: UnitKind[] = [];
  for (const part of value.toLowerCase().split(',')) {
    if (part === '') continue;
    const named = SCOPE_NAMES.filter(([name]) => name.startsWith(part)).map(([, kind]) => kind);
    if (named.length === 0) return null;
    for (const kind of named) if (!kinds.includes(kind)) kinds.push(kind);
  }
  return kinds;
}

/** Splits a query into words, phrases, `-` exclusions, `speaker:` filters and `in:` scopes. */
export function parseQuery(query: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  const len = query.length;
  let i = 0;
  const token = (kind: QueryToken['kind'], start: number, end: number, negative: boolean, open = false, scopes: UnitKind[] = []) =>
    tokens.push({ kind, text: query.slice(start, end), negative, open, start, end, scopes });
  // A phrase from the opening mark at `at`: returns [start, end, open, next].
  const phrase = (at: number): [number, number, boolean, number] => {
    for (let j = at + 1; j < len; j++) if (CLOSERS.includes(query[j]!)) return [at + 1, j, false, j + 1];
    return [at + 1, len, true, len];
  };
  while (i < len) {
    while (i < len && SPACE.test(query[i]!)) i++;
    if (i >= len) break;
    let negative = false;
    if (query[i] === '-') {
      // A lone `-` is an exclusion still being typed: it means nothing yet.
      if (i + 1 >= len || SPACE.test(query[i + 1]!)) {
        i++;
        continue;
      }
      negative = true;
      i++;
    }
    if (OPENERS.includes(query[i]!)) {
      const [start, end, open, next] = phrase(i);
      token('phrase', start, end, negative, open);
      i = next;
      continue;
    }
    let j = i;
    while (j < len && !SPACE.test(query[j]!)) j++;
    const word = query.slice(i, j);
    const lower = word.toLowerCase();
    if (!negative && lower.startsWith('speaker:')) {
      const at = i + 'speaker:'.length;
      if (at < len && OPENERS.includes(query[at]!)) {
        const [start, end, open, next] = phrase(at);
        token('speaker', start, end, false, open);
        i = next;
      } else {
        token('speaker', at, j, false);
        i = j;
      }
      continue;
    }
    if (!negative && lower.startsWith('in:')) {
      const kinds = scopeKinds(word.slice(3));
      if (kinds !== null) {
        if (kinds.length > 0) token('scope', i + 3, j, false, false, kinds);
        i = j;
        continue;
      }
    }
    token('term', i, j, negative);
    i = j;
  }
  return tokens;
}
