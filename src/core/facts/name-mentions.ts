// Turns capitalised runs into name mentions: drops sentence openers, splits off titles, rejects months, nationality words and common words.
import { PERSON_TITLES } from '../names/person-titles.js';
import { DATE_LEADS, isMonthOrWeekday, MONTH_CONTEXT, PERIODS, WEEKDAYS } from '../names/calendar-words.js';
import { isCommonWord } from '../names/common-words.js';
import { DEMONYMS, FIRST_NAMES, LAST_NAMES, ORGANIZATIONS, PLACES } from '../names/gazetteer.js';
import { foldName } from './fold-name.js';
import type { ArticleWords } from './name-evidence.js';
import type { NameRun } from './name-runs.js';
import { HOLIDAY_WORDS, NAME_TITLES, NOT_NAMES, OPENERS, ORG_LAST_WORDS, PLACE_FIRST_WORDS, PLACE_LAST_WORDS } from '../names/name-words.js';
import { MEASURE_UNITS, TIME_UNITS } from './unit-words.js';
import { isEventName, isEventWord, isWorkTitle } from './work-titles.js';

export type { ArticleWords } from './name-evidence.js';

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
  /** A capitalised word follows the word after it (`Cardiff back Rhys Williams`). */
  readonly nameAfter?: boolean;
  /** The article plainly uses these words as a name somewhere (`Rolling Stone's`, `magazine Variety`). */
  readonly proven: boolean;
  /** The paragraph is a team line-up or a list of players. */
  readonly lineUp?: boolean;
}

/** The mentions a run holds (a title can split `Labour MP Barry Sheerman` into `Labour` and `Barry Sheerman`). */
export function runMentions(run: NameRun, paragraph: number, words: ArticleWords): Mention[] {
  if (isWorkTitle(run)) return [];
  let parts = [...run.words];
  let initial = run.initial;
  let opener = run.before;
  // `But Maduro`, `The Guardian`, `Former Everton`: the opener is not part of the name.
  while (parts.length > 0 && OPENERS.has(parts[0]!.toLowerCase()) && (initial || parts[0] === 'The' || (parts.length > 1 && parts[0]!.length > 1))) {
    opener = parts.shift()!.toLowerCase();
    initial = false;
  }
  // `ITV's This Morning`, `Last Week`: a period after `this` or `last` written with capitals is the title of a show.
  if (parts.length === 1 && parts.length < run.words.length && DATE_LEADS.has(opener) && PERIODS.has(parts[0]!.toLowerCase())) return [];
  // `In December Microsoft`: a date before a name opens the sentence; `BBC One Saturday`: a weekday after it is no part of it.
  if (parts.length > 1 && isCalendar(parts[0]!) && (initial || MONTH_CONTEXT.has(opener))) {
    parts.shift();
    initial = false;
  }
  if (parts.length > 1 && WEEKDAYS.has(parts[parts.length - 1]!.toLowerCase())) parts.pop();
  // `Windows PC`, `US TV`: common acronyms at the ends are not part of the name; `Gartner More` lost a full stop.
  while (parts.length > 1 && (NOT_NAMES.has(foldName(parts[parts.length - 1]!).replace(/s$/, '')) || NEVER_LAST.has(parts[parts.length - 1]!.toLowerCase()))) parts.pop();
  // `US President`, `Kyrgyz President`: an office after a place or body names the place or body, not a person.
  if (parts.length === 2 && OFFICES.has(parts[1]!.toLowerCase()) && isKnownName(parts[0]!)) parts.pop();
  // `Canadian Heather Hennigar`, `Veterans Simon Weston`, `Young UK`: a word that only describes the name.
  const described = describerEnd(parts, initial, words);
  if (described > 0) {
    parts = parts.slice(described);
    initial = false;
  }
  // `South African`, `North Korean`: a nationality, not a place.
  if (parts.length <= 2 && DEMONYMS.has(foldName(parts[parts.length - 1] ?? ''))) return [];
  if (parts.length === 0 || isEventName(parts)) return [];
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
  out.push(...accept(parts, titled, initial, nameTitle, paragraph, titled ? 'mr' : run.before, run.after, words, initial).map((m) => (run.nameAfter ? { ...m, nameAfter: true } : m)));
  return out;
}

/**
 * How many leading words only describe the name after them: a nationality or common word before a first
 * name (`Canadian Heather Hennigar`, `Veterans Simon Weston`), or a common word opening a sentence before
 * a known place, an acronym or a name the article writes alone (`Young UK`, `Weak US`); 0 when the whole run is one name (`Real Madrid`,
 * `Greater London`, `Lake Victoria`).
 */
function describerEnd(parts: readonly string[], initial: boolean, words: ArticleWords): number {
  if (parts.length < 2) return 0;
  const word = parts[0]!;
  const folded = foldName(word);
  // `Injured Rio Bloggs`: a participle opening a sentence describes the name after it.
  const participle = initial && parts.length >= 3 && /^\p{Lu}\p{Ll}+ed$/u.test(word);
  const describes = (DEMONYMS.has(folded) || isCommonWord(folded) || participle) && !FIRST_NAMES.has(folded) && !PLACE_FIRST_WORDS.has(folded) && !isTitle(word) && !/^\p{Lu}+$/u.test(word);
  if (!describes) return 0;
  const whole = foldName(parts.join(' '));
  if (PLACES.has(whole) || ORGANIZATIONS.has(whole)) return 0;
  const last = parts[parts.length - 1]!.toLowerCase();
  if ((parts.length >= 3 || initial) && FIRST_NAMES.has(foldName(parts[1]!)) && !ORG_LAST_WORDS.has(last) && !PLACE_LAST_WORDS.has(last)) return 1;
  // `Injured Rio Bloggs`, with a first name no list holds: the surname is listed or written alone elsewhere.
  if (participle && parts.length === 3 && folded !== 'united' && !ORG_LAST_WORDS.has(last) && !PLACE_LAST_WORDS.has(last) && (LAST_NAMES.has(foldName(last)) || words.capitalisedInside.has(foldName(last)))) return 1;
  const rest = parts.slice(1);
  const known = PLACES.has(foldName(rest.join(' '))) || ORGANIZATIONS.has(foldName(rest.join(' '))) || /^\p{Lu}{2,}$/u.test(rest.join(''));
  // `Legitimate Bollywood studios ...`: the name, no common word, stands alone inside sentences elsewhere, and the
  // word before it is written in lower case elsewhere, never with a capital inside a sentence.
  const alone = parts.length === 2 && !NAMING_WORDS.has(word.toLowerCase()) && words.lowerCase.has(word.toLowerCase()) && !isCommonWord(foldName(parts[1]!)) && words.capitalisedInside.has(foldName(parts[1]!)) && !words.capitalisedInside.has(folded);
  return initial && (known || alone) ? 1 : 0;
}

/** Words that open a name of their own (`Operation Firewall`, `Project Gutenberg`), never a mere describer. */
const NAMING_WORDS = new Set(['operation', 'project', 'team', 'radio', 'camp', 'planet', 'club', 'house', 'bank', 'league', 'council', 'court']);

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
  // Not titles after `of`, `for`, `and` or `the`, which end a body's name (`Court of Arbitration for Sport`,
  // `Department of Trade and Industry`, `Office of the Deputy Prime Minister`).
  let block = parts.length;
  while (block > 0 && isTitle(parts[block - 1]!)) block--;
  if (block < parts.length && block > 0 && /^(?:of|for|and|the|&)$/.test(parts[block - 1]!)) return -1;
  while (parts.length > 2 && isTitle(parts[parts.length - 1]!) && !ORG_LAST_WORDS.has(parts[parts.length - 1]!.toLowerCase())) parts.pop();
  if (parts.length < 2 || ORG_LAST_WORDS.has(parts[parts.length - 1]!.toLowerCase())) return -1;
  let link = parts.length - 1;
  while (link >= 0 && !/^(?:of|for|and|&)$/.test(parts[link]!)) link--;
  for (let k = parts.length - 2; k > link; k--) {
    if (!isTitle(parts[k]!)) continue;
    // `Bank of England Governor Jo Bloggs`: past a body's `of`, only a title before a first name splits the run.
    return link < 0 || (FIRST_NAMES.has(foldName(parts[k + 1]!)) && !PERSON_TITLES.has(parts[k + 1]!.toLowerCase())) ? k : -1;
  }
  return -1;
}

function isTitle(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return PERSON_TITLES.has(lower) || PERSON_TITLES.has(lower.split('-').pop()!);
}

function accept(parts: readonly string[], titled: boolean, initial: boolean, nameTitle: string, paragraph: number, before: string, after: string, words: ArticleWords, wasInitial: boolean): Mention[] {
  if (parts.length === 0 || parts.every(isTitle)) return [];
  if (parts.length === 1 && !titled && !isNameWord(parts[0]!, initial || wasInitial, before, words)) return [];
  // `And`, `Last`, `Instead` are never names, wherever they stand.
  if (parts.length === 1 && OPENERS.has(parts[0]!.toLowerCase())) return [];
  if (parts.length > 1 && (parts.every((w) => isCalendar(w)) || NOT_NAMES.has(foldName(parts.join('-'))))) return [];
  if (HOLIDAY_WORDS.has(foldName(parts[0]!)) || HOLIDAY_WORDS.has(foldName(parts.slice(0, 2).join('-')))) return [];
  if (spellsOutThing(parts) || isLettered(parts)) return [];
  const proven = words.strongUse.has(foldName(parts[0]!)) || words.strongUse.has(foldName(parts[parts.length - 1]!));
  return [{ words: parts, nameTitle, titled, initial, paragraph, before, after, proven }];
}

/** `Pool A`, `Plan B`, `Class A`: a word for a group or a grade and a letter name no person, body or place. */
function isLettered(parts: readonly string[]): boolean {
  return parts.length === 2 && /^\p{Lu}$/u.test(parts[1]!) && GROUPINGS.has(parts[0]!.toLowerCase());
}

const GROUPINGS = new Set(
  'pool group grade plan class category division section type phase stage level zone block wing vitamin hepatitis part round option room floor gate terminal platform tier list exhibit appendix annex schedule'.split(' '),
);

/** `Digital Rights Management`, `Personal Digital Assistants`: the long form (three words or more) of an acronym that names a thing, not a body. */
function spellsOutThing(parts: readonly string[]): boolean {
  if (parts.length < 3) return false;
  const words = parts.filter((w) => !/^(?:of|for|and|the|&)$/i.test(w));
  if (words.length < 3 || !NOT_NAMES.has(words.map((w) => w[0]!.toLowerCase()).join(''))) return false;
  if (words.some((w) => FIRST_NAMES.has(foldName(w)) || PLACES.has(foldName(w)) || ORGANIZATIONS.has(foldName(w)) || /^\p{Ll}/u.test(w))) return false;
  const last = parts[parts.length - 1]!.toLowerCase();
  if (ORG_LAST_WORDS.has(last) || PLACE_LAST_WORDS.has(last)) return false;
  const whole = foldName(parts.join(' '));
  return !PLACES.has(whole) && !ORGANIZATIONS.has(whole);
}

/** A lone capitalised word is a name unless it is a month, a nationality, a common word, or unproven at a sentence start. */
function isNameWord(word: string, initial: boolean, before: string, words: ArticleWords): boolean {
  const folded = foldName(word);
  if (EVENT_WORDS.has(folded)) return false;
  // `the Act`, `the Cup`: a contest or law named before, pointed back to (`Bill` alone may be a person).
  if (isEventWord(folded) && (before === 'the' || !FIRST_NAMES.has(folded))) return false;
  // `WILL`, `ANY`: a common word in capitals for emphasis.
  if (EMPHASIS.has(folded) && /^\p{Lu}{3,}$/u.test(word)) return false;
  if (word.length < 2 || NOT_NAMES.has(folded) || NOT_NAMES.has(folded.replace(/s$/, '')) || isCalendar(word) || DEMONYMS.has(folded) || DEMONYMS.has(folded.replace(/s$/, ''))) return false;
  // Nationality and language words: `Spanish`, `Danish`, `Kurdish`.
  if (/^\p{Lu}\p{Ll}+ish$/u.test(word)) return false;
  if (/^\d+$/.test(word) || MEASURE_UNITS[folded] !== undefined || TIME_UNITS[folded] !== undefined) return false;
  const known = PLACES.has(folded) || ORGANIZATIONS.has(folded);
  if (known) return true;
  // `portrait` in lower case elsewhere makes `Portrait` a common word, not a name.
  if (!/^\p{Lu}+$/u.test(word) && words.lowerCase.has(word.toLowerCase())) return false;
  // `Budget`, `Breakfast`, `World`: a common English word is a name only where the article uses it as one.
  // A first name that is also a common word is a name unless `the` stands before it (`the Bill`).
  // `PayPerAction`, `PlayStation`: capitals inside a word make a brand, whatever its ending.
  if (!/^(?:\p{Lu}\.?)+$/u.test(word) && !/\p{Ll}\p{Lu}/u.test(word) && isCommonWord(folded) && !words.namedUse.has(folded) && (!FIRST_NAMES.has(folded) || before === 'the') && !LAST_NAMES.has(folded)) return false;
  // An acronym is written in capitals wherever it stands (`(BCC)` after the name it shortens).
  if (initial) return words.capitalisedInside.has(folded) || FIRST_NAMES.has(folded) || /^\p{Lu}{2,6}$/u.test(word);
  return true;
}

/** Words that never end a name: a run ending in one ran into the next sentence (`Gartner More than ...`). */
const NEVER_LAST = new Set(['more', 'most', 'less', 'many', 'much', 'some', 'such', 'all', 'any', 'each', 'every', 'few', 'several', 'other', 'another', 'these', 'those', 'also', 'even', 'only', 'just', 'still', 'very']);

/** Offices that follow a place or body (`US President`); a title before a name is handled as a title. */
const OFFICES = new Set(['president', 'secretary', 'commissioner', 'minister', 'chancellor', 'ambassador', 'premier', 'governor', 'mayor', 'senator', 'spokesman', 'spokeswoman']);

/** A listed place or body, a nationality or an acronym: what an office can belong to. */
function isKnownName(word: string): boolean {
  const folded = foldName(word);
  return PLACES.has(folded) || ORGANIZATIONS.has(folded) || DEMONYMS.has(folded) || /^\p{Lu}{2,6}$/u.test(word);
}

/** Function words that informal writing puts in capitals for emphasis (`they WILL use them`); `WHO`, `US`, `IT` are left out. */
const EMPHASIS = new Set(
  'any anything all not never will was were are has have had does did can could would should must may might shall very really only just too more most much every each none nothing everything everyone nobody always ever still yet and but the for with this that what why how when then there here now they them you your our their she her him his its also even'.split(' '),
);

/** Awards and contests named in one word. */
const EVENT_WORDS = new Set(['oscars', 'grammys', 'baftas', 'brits', 'emmys', 'olympics', 'paralympics']);

/** A month or weekday, plural weekdays included (`Thursdays`). */
function isCalendar(word: string): boolean {
  return isMonthOrWeekday(word) || WEEKDAYS.has(word.toLowerCase().replace(/s$/, ''));
}
