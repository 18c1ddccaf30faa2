// Turns capitalised runs into name mentions: drops sentence openers, splits off titles, rejects months, nationality words and common words.
import { MONTHS, WEEKDAYS } from './calendar-words.js';
import { DEMONYMS, FIRST_NAMES, ORGANIZATIONS, PLACES } from './gazetteer.js';
import { foldName } from './fold-name.js';
import type { NameRun } from './name-runs.js';
import { HOLIDAY_WORDS, NAME_TITLES, NOT_NAMES, OPENERS, ORG_FIRST_WORDS, ORG_LAST_WORDS, PERSON_TITLES, PLACE_LAST_WORDS } from './name-words.js';
import { MEASURE_UNITS, TIME_UNITS } from './unit-words.js';

/** One mention of a name in a paragraph. */
export interface Mention {
  /** Name words without titles (`Charles Clarke`), possessives removed. */
  readonly words: readonly string[];
  /** A title that is part of the name (`Sir`, `Prince`), or ''. */
  readonly nameTitle: string;
  /** A person's title stood before it (`Mr`, `Home Secretary`). */
  readonly titled: boolean;
  /** The original run opened a sentence. */
  readonly initial: boolean;
  readonly paragraph: number;
  readonly before: string;
  readonly after: string;
}

/** What the whole article says about words, to judge capitalised words at the start of sentences. */
export interface ArticleWords {
  /** Folded words seen capitalised away from the start of a sentence. */
  readonly capitalisedInside: ReadonlySet<string>;
  /** Words seen in lower case. */
  readonly lowerCase: ReadonlySet<string>;
}

/** The mentions a run holds (a title can split `Labour MP Barry Sheerman` into `Labour` and `Barry Sheerman`). */
export function runMentions(run: NameRun, paragraph: number, words: ArticleWords): Mention[] {
  if (isWorkTitle(run)) return [];
  let parts = [...run.words];
  let initial = run.initial;
  // `But Maduro`, `The Guardian`, `Former Everton`: the opener is not part of the name.
  while (parts.length > 0 && OPENERS.has(parts[0]!.toLowerCase()) && (initial || parts[0] === 'The' || (parts.length > 1 && parts[0]!.length > 1))) {
    parts.shift();
    initial = false;
  }
  // `Windows PC`, `US TV`: common acronyms at the ends are not part of the name.
  while (parts.length > 1 && NOT_NAMES.has(foldName(parts[parts.length - 1]!).replace(/s$/, ''))) parts.pop();
  // `South African`, `North Korean`: a nationality, not a place.
  if (parts.length <= 2 && DEMONYMS.has(foldName(parts[parts.length - 1] ?? ''))) return [];
  if (parts.length === 0) return [];
  const out: Mention[] = [];
  // `Liberal Democrat David Laws`: a party or firm before a first name is a name of its own.
  const split = affiliationEnd(parts);
  if (split > 0) {
    out.push(...accept(parts.slice(0, split), false, false, '', paragraph, run.before, parts[split]!.toLowerCase(), words, initial));
    parts = parts.slice(split);
    initial = false;
  }
  const titleAt = lastTitle(parts);
  let titled = false;
  let nameTitle = '';
  if (titleAt >= 0) {
    const lower = parts[titleAt]!.toLowerCase().replace(/\.$/, '');
    nameTitle = NAME_TITLES.has(lower) ? parts[titleAt]! : '';
    // Words before the titles name something else (`Labour` in `Labour MP`, `Home Office` in `Home Office Minister`).
    const rest = parts.slice(0, titleAt + 1);
    while (rest.length > 0 && isTitle(rest[rest.length - 1]!)) rest.pop();
    if (!ORG_LAST_WORDS.has(rest[rest.length - 1]?.toLowerCase() ?? '')) while (rest.length > 0 && isTitle(rest[0]!)) rest.shift();
    if (rest.length > 0) out.push(...accept(rest, false, false, '', paragraph, run.before, parts[rest.length]?.toLowerCase() ?? '', words, initial));
    parts = parts.slice(titleAt + 1);
    titled = true;
    initial = false;
  }
  out.push(...accept(parts, titled, initial, nameTitle, paragraph, titled ? 'mr' : run.before, run.after, words, initial));
  return out;
}

/** `“Redemption Song”`, `Shaun of the Dead`, `Tears of the Sun`: titles of works are not people, firms or places. */
function isWorkTitle(run: NameRun): boolean {
  if (run.words.length < 2) return false;
  if (run.quoted) return true;
  const at = run.words.indexOf('of');
  if (at < 0 || run.words[at + 1] !== 'the') return false;
  const first = run.words[0]!.toLowerCase();
  const last = run.words[run.words.length - 1]!.toLowerCase();
  return !ORG_FIRST_WORDS.has(run.words[at - 1]!.toLowerCase()) && !ORG_FIRST_WORDS.has(first) && !ORG_LAST_WORDS.has(last) && !PLACE_LAST_WORDS.has(last);
}

/** Where a person's first name starts after a party or organisation (`Labour`, `Liberal Democrat`), or 0. */
function affiliationEnd(parts: readonly string[]): number {
  for (let k = 1; k < parts.length - 1; k++) {
    if (!FIRST_NAMES.has(foldName(parts[k]!))) continue;
    const before = foldName(parts.slice(0, k).join(' '));
    if (ORG_LAST_WORDS.has(foldName(parts[k - 1]!)) || ORGANIZATIONS.has(before)) return k;
  }
  return 0;
}

/** Index of the last title word followed by a name (not an organisation: `Home Office`, `Department for Education`), or -1. */
function lastTitle(parts: string[]): number {
  // Trailing titles describe the name before them (`Conservative Party Co-Chairman`).
  while (parts.length > 2 && isTitle(parts[parts.length - 1]!) && !ORG_LAST_WORDS.has(parts[parts.length - 1]!.toLowerCase())) parts.pop();
  if (parts.length < 2 || ORG_LAST_WORDS.has(parts[parts.length - 1]!.toLowerCase())) return -1;
  if (parts.some((w) => w === 'of' || w === 'for' || w === 'and' || w === '&')) return -1;
  for (let k = parts.length - 2; k >= 0; k--) if (isTitle(parts[k]!)) return k;
  return -1;
}

function isTitle(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return PERSON_TITLES.has(lower) || PERSON_TITLES.has(lower.split('-').pop()!);
}

function accept(parts: readonly string[], titled: boolean, initial: boolean, nameTitle: string, paragraph: number, before: string, after: string, words: ArticleWords, wasInitial: boolean): Mention[] {
  if (parts.length === 0 || parts.every(isTitle)) return [];
  if (parts.length === 1 && !titled && !isNameWord(parts[0]!, initial || wasInitial, words)) return [];
  // `And`, `Last`, `Instead` are never names, wherever they stand.
  if (parts.length === 1 && OPENERS.has(parts[0]!.toLowerCase())) return [];
  if (parts.length > 1 && (parts.every((w) => isCalendar(w)) || NOT_NAMES.has(foldName(parts.join('-'))))) return [];
  if (HOLIDAY_WORDS.has(foldName(parts[0]!)) || HOLIDAY_WORDS.has(foldName(parts.slice(0, 2).join('-')))) return [];
  return [{ words: parts, nameTitle, titled, initial, paragraph, before, after }];
}

/** A lone capitalised word is a name unless it is a month, a nationality, a common word, or unproven at a sentence start. */
function isNameWord(word: string, initial: boolean, words: ArticleWords): boolean {
  const folded = foldName(word);
  if (word.length < 2 || NOT_NAMES.has(folded) || NOT_NAMES.has(folded.replace(/s$/, '')) || isCalendar(word) || DEMONYMS.has(folded) || DEMONYMS.has(folded.replace(/s$/, ''))) return false;
  // Nationality and language words: `Spanish`, `Danish`, `Kurdish`.
  if (/^\p{Lu}\p{Ll}+ish$/u.test(word)) return false;
  if (/^\d+$/.test(word) || MEASURE_UNITS[folded] !== undefined || TIME_UNITS[folded] !== undefined) return false;
  const known = PLACES.has(folded) || ORGANIZATIONS.has(folded);
  if (known) return true;
  // `portrait` in lower case elsewhere makes `Portrait` a common word, not a name.
  if (!/^\p{Lu}+$/u.test(word) && words.lowerCase.has(word.toLowerCase())) return false;
  if (initial) return words.capitalisedInside.has(folded) || FIRST_NAMES.has(folded);
  return true;
}

function isCalendar(word: string): boolean {
  const lower = word.toLowerCase();
  return MONTHS.has(lower) || WEEKDAYS.has(lower);
}
