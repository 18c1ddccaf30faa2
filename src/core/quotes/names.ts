// Names found by light rules over capitalised runs: no parser, one pass over the tokens.
import { GENDERED_TITLES, NOT_NAMES, ORG_WORDS, PLACE_STARTS, PLACE_WORDS, POST_NOMINALS, SURNAME_LIKE_TITLES, TITLE_WORDS } from './name-words.js';
import { isCapitalised, isPossessive, stripPossessive, type Token } from './tokens.js';

/** A person's sex when a title or pronoun says it, else null. */
export type Gender = 'm' | 'f' | null;

/** What a capitalised run most likely names. `single` is one bare word: a surname, a firm or a place. */
export type NameKind = 'person' | 'org' | 'place' | 'single';

/** A capitalised run read as a name. */
export interface NameRun {
  /** Index of the run's first token (titles included). */
  readonly from: number;
  /** Index just past its last token. */
  readonly to: number;
  /** The name without titles, post-nominals or possessive (`Fatos Nano`). */
  readonly name: string;
  /** The words of `name`. */
  readonly words: readonly string[];
  /** True when an honorific or office came before it (`Mr`, `President`). */
  readonly titled: boolean;
  readonly gender: Gender;
  readonly kind: NameKind;
  /** True when written as a possessive (`Maduro's`). */
  readonly possessive: boolean;
}

const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'dos', 'van', 'von', 'der', 'den', 'ter', 'bin', 'al', 'le', 'la', 'ibn', 'ben']);
const NICKNAME_MARKS = new Set(['"', '\u201C', '\u201D']);
const INITIAL = /^\p{Lu}$/u;
const ACRONYM = /^[\p{Lu}\p{N}&]{2,}$/u;

/** The capitalised runs among `tokens[from..to)`, each cleaned into a name (empty ones left out). */
export function findNameRuns(tokens: readonly Token[], from = 0, to = tokens.length): NameRun[] {
  const runs: NameRun[] = [];
  let i = from;
  while (i < to) {
    const token = tokens[i];
    if (!token || !token.word || !isCapitalised(token.text)) {
      i++;
      continue;
    }
    const words: string[] = [];
    const start = i;
    let possessive = false;
    let hasOrgWord = false;
    while (i < to) {
      const t = tokens[i];
      if (!t) break;
      if (t.word && isCapitalised(t.text)) {
        words.push(t.text);
        if (ORG_WORDS.has(stripPossessive(t.lower))) hasOrgWord = true;
        i++;
        if (isPossessive(t.text)) {
          possessive = true;
          break;
        }
        // `George W. Bush`: the dot after an initial does not end the run.
        if (INITIAL.test(t.text) && tokens[i]?.text === '.' && isCapitalisedWord(tokens[i + 1])) i++;
        continue;
      }
      // `Antonio "LA" Reid`: a quoted nickname inside a name.
      if (!t.word && words.length > 0 && NICKNAME_MARKS.has(t.text) && isCapitalisedWord(tokens[i + 1]) && tokens[i + 2]?.text !== undefined && NICKNAME_MARKS.has(tokens[i + 2]?.text ?? '') && isCapitalisedWord(tokens[i + 3]) && i + 3 < to) {
        i += 3;
        continue;
      }
      const joins = t.word && (PARTICLES.has(t.text) || (hasOrgWord && (t.text === 'of' || t.text === 'for')) || t.text === '&');
      if (joins && words.length > 0 && isCapitalisedWord(tokens[i + 1])) {
        words.push(t.text);
        i++;
        continue;
      }
      break;
    }
    const run = cleanRun(words, start, i, possessive);
    if (run) runs.push(run);
  }
  return runs;
}

function isCapitalisedWord(token: Token | undefined): boolean {
  return token !== undefined && token.word && isCapitalised(token.text);
}

/** Drops leading function words and titles and trailing post-nominals, then decides the kind. */
function cleanRun(raw: readonly string[], from: number, to: number, possessive: boolean): NameRun | null {
  let words = raw.map((w, k) => (k === raw.length - 1 ? stripPossessive(w) : w));
  while (words.length > 0 && NOT_NAMES.has(lower(words[0]))) words = words.slice(1);
  let titled = false;
  let gender: Gender = null;
  while (words.length > 1 && TITLE_WORDS.has(lower(words[0]))) {
    gender ??= GENDERED_TITLES.get(lower(words[0])) ?? null;
    titled = true;
    words = words.slice(1);
  }
  // `Albanian Prime Minister Fatos Nano`, `MGM Vice Chairman Chris McGurk`: the name follows the office.
  for (let k = words.length - 2; k >= 1; k--) {
    const w = lower(words[k]);
    if (!TITLE_WORDS.has(w)) continue;
    const after = words.length - k - 1;
    if (after >= 2 || !SURNAME_LIKE_TITLES.has(w)) {
      titled = true;
      words = words.slice(k + 1);
    }
    break;
  }
  while (words.length > 1 && POST_NOMINALS.has(lower(words[words.length - 1]))) words = words.slice(0, -1);
  if (words.length === 0) return null;
  const only = lower(words[0]);
  if (words.length === 1 && TITLE_WORDS.has(only) && !(titled && SURNAME_LIKE_TITLES.has(only))) return null;
  const kind = kindOf(words, titled);
  return { from, to, name: words.join(' '), words, titled, gender, kind, possessive };
}

function kindOf(words: readonly string[], titled: boolean): NameKind {
  const lowers = words.map(lower);
  if (lowers.some((w) => ORG_WORDS.has(w))) return 'org';
  if (words.length === 1) {
    if (titled) return 'person';
    return ACRONYM.test(words[0] ?? '') ? 'org' : 'single';
  }
  if (PLACE_WORDS.has(lowers[lowers.length - 1] ?? '') || PLACE_STARTS.has(lowers[0] ?? '')) return 'place';
  if (words.every((w) => ACRONYM.test(w))) return 'org';
  return 'person';
}

function lower(word: string | undefined): string {
  return (word ?? '').toLowerCase();
}
