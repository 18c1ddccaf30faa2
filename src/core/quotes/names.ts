// Names found by light rules over capitalised runs: no parser, one pass over the tokens.
import { PERSON_TITLES } from '../names/person-titles.js';
import { GENDERED_TITLES, NOT_NAMES, ORG_WORDS, PARTY_WORDS, PLACE_STARTS, PLACE_WORDS, POST_NOMINALS, SURNAME_LIKE_TITLES } from './speaker-words.js';
import { isCommonWord, PAPERS } from '../names/common-words.js';
import { FIRST_NAMES, ORGANIZATIONS, PLACES } from '../names/gazetteer.js';
import { PLACE_ACRONYMS } from '../names/name-words.js';
import { isCapitalised, isPossessive, stripPossessive, type Token } from './speech-tokens.js';

/** A person's sex when a title or pronoun says it, else null. */
export type Gender = 'm' | 'f' | null;

/**
 * What a capitalised run most likely names. `single` is one bare word: a surname, a firm or a place.
 * `thing` is an event, a law or a document (`Powergen Cup`, `European Constitution`): never a speaker.
 */
export type NameKind = 'person' | 'org' | 'place' | 'single' | 'thing';

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
  /** True when the title goes with a first name (`Sir Ian` is Sir Ian Blair, not a Mr Ian). */
  readonly firstNameTitle: boolean;
  /** True when a preposition comes before the name (`from Telewest`, `Under My Ask Jeeves`): not a subject. */
  readonly governed: boolean;
  /** True for a lone title word that is also a surname (`says King`): a name only for someone the article so names. */
  readonly surnameOnly: boolean;
}

const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'dos', 'van', 'von', 'der', 'den', 'ter', 'bin', 'al', 'le', 'la', 'ibn', 'ben']);
const PREPOSITION_BEFORE = new Set(['of', 'for', 'at', 'with', 'from', 'in', 'on', 'by', 'to', 'about', 'under', 'against', 'after', 'before', 'between', 'among', 'over', 'into', 'like', 'than', 'during', 'without', 'through', 'beat', 'beating', 'meet', 'meets', 'face', 'faces', 'versus', 'v']);
const SENTENCE_OPENERS = new Set(['.', '?', '!', ':', '"', '\u201C', '\u201D', '(']);
const NICKNAME_MARKS = new Set(['"', '\u201C', '\u201D']);
const DETERMINED = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);
/** Titles used with a first name alone (`Sir Ian`, `Dame Kelly`). */
const FIRST_NAME_TITLES = new Set(['sir', 'dame']);
const ACRONYM = /^[\p{Lu}\p{N}&]{2,}$/u;
const MEMBER_LETTERS = new Set(['mp', 'mep', 'msp']);

/**
 * The capitalised runs among `tokens[from..to)`, each cleaned into a name (empty ones left out).
 * `isCommon` tells words the text also writes in lower case: one that opens a sentence (`Again
 * Roddick broke`) is dropped from the run.
 */
export function findNameRuns(tokens: readonly Token[], from = 0, to = tokens.length, isCommon: (lower: string) => boolean = () => false): NameRun[] {
  const runs: NameRun[] = [];
  let i = from;
  while (i < to) {
    const token = tokens[i];
    if (!token || !token.word || !isCapitalised(token.text)) {
      i++;
      continue;
    }
    const start = i;
    let possessive = false;
    let hasOrgWord = false;
    const picked: Token[] = [];
    while (i < to) {
      const t = tokens[i];
      if (!t) break;
      if (t.word && isCapitalised(t.text)) {
        picked.push(t);
        if (ORG_WORDS.has(t.lower) || (isPossessive(t.text) && ORG_WORDS.has(stripPossessive(t.lower)))) hasOrgWord = true;
        i++;
        // `Kenteris' lawyer`: a glued apostrophe after a final s is a possessive too.
        const apostrophe = tokens[i];
        if (isPossessive(t.text) || (t.lower.endsWith('s') && apostrophe !== undefined && (apostrophe.text === "'" || apostrophe.text === '\u2019') && apostrophe.start === t.end && tokens[i + 1]?.word)) {
          possessive = true;
          break;
        }
        // `George W. Bush`: the dot after an initial does not end the run.
        if (t.text.length === 1 && tokens[i]?.text === '.' && isCapitalisedWord(tokens[i + 1])) i++;
        continue;
      }
      // `Antonio "LA" Reid`: a quoted nickname inside a name.
      if (!t.word && picked.length > 0 && i + 3 < to && NICKNAME_MARKS.has(t.text) && isCapitalisedWord(tokens[i + 1]) && NICKNAME_MARKS.has(tokens[i + 2]?.text ?? '') && isCapitalisedWord(tokens[i + 3])) {
        i += 3;
        continue;
      }
      const joins = t.word && (PARTICLES.has(t.text) || (hasOrgWord && (t.text === 'of' || t.text === 'for' || t.text === 'and')) || t.text === '&');
      if (joins && picked.length > 0 && isCapitalisedWord(tokens[i + 1])) {
        picked.push(t);
        i++;
        continue;
      }
      // `Andre 3000`: a first name and a number make a stage name.
      if (/^\d{3,4}$/.test(t.text) && picked.length === 1 && FIRST_NAMES.has(picked[0]?.lower ?? '')) {
        picked.push(t);
        i++;
      }
      break;
    }
    const before = tokens[start - 1];
    const opensSentence = !before || (!before.word && SENTENCE_OPENERS.has(before.text));
    let governed = PREPOSITION_BEFORE.has(tokens[start - 1]?.lower ?? '');
    // `Saying Britain must change, Mr Howard argues`: a participle opening the sentence is no part of a name.
    const participle = opensSentence && picked.length > 1 && /^[a-z]{3,}ing$/.test(picked[0]?.lower ?? '') && !FIRST_NAMES.has(picked[0]!.lower);
    if (opensSentence && picked.length > 1 && (isCommon(picked[0]?.lower ?? '') || participle)) {
      governed ||= PREPOSITION_BEFORE.has(picked[0]?.lower ?? '');
      picked.shift();
    }
    // `Goalscorer Jimmy Floyd Hasselbaink`: a capitalised word before a first name opens the sentence, not the name.
    if (opensSentence && picked.length > 2 && !FIRST_NAMES.has(picked[0]?.lower ?? '') && FIRST_NAMES.has(picked[1]?.lower ?? '')) picked.shift();
    // `the Bishop`: a title word after an article is the office, never a lone surname.
    const determined = DETERMINED.has(tokens[start - 1]?.lower ?? '');
    // `Speaking in Dunmore Mr Kell`, `For the Greens Nina Ashdown`, `Conservative Graham Whitby`: a person's
    // name glued to a place, a body or a party before it is a run of its own, governed by nothing.
    const split = personStart(picked);
    if (split > 0) {
      const at = tokens.indexOf(picked[split]!, start);
      const head = cleanRun(picked.slice(0, split), start, at, false, governed, determined);
      if (head) runs.push(head);
      const person = cleanRun(picked.slice(split), at, i, possessive, false, false);
      if (person) runs.push(person);
      continue;
    }
    const run = cleanRun(picked, start, i, possessive, governed, determined);
    if (run) runs.push(run);
  }
  return runs;
}

/** Last words of events, laws and documents: a run ending on one is no speaker (`Powergen Cup`, `Finance Bill`). */
const THING_WORDS = new Set('cup trophy championship championships open games final finals tournament prix marathon festival awards constitution treaty act bill charter directive report manifesto'.split(' '));

/** Holidays and seasons of the year written as names (`Christmas`): never a speaker. */
const HOLIDAYS = new Set(['christmas', 'easter', 'halloween', 'thanksgiving', 'ramadan', 'diwali', 'hanukkah']);

/** Honorifics that open a person's name wherever they stand in a run. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr']);

/**
 * Where a person's name starts inside a run that opens on something else: an honorific, or a listed
 * first name and a surname, after a word that is neither a title nor a first name. 0 when none does.
 */
function personStart(picked: readonly Token[]): number {
  for (let k = 1; k < picked.length - 1; k++) {
    const before = picked[k - 1]!.lower;
    if (PERSON_TITLES.has(before) || FIRST_NAMES.has(before) || PARTICLES.has(before) || !picked[k - 1]!.word) continue;
    const word = picked[k]!.lower;
    // Only after a word known for something else (`Harrogate`, `Greens`, `Conservative`): `Farhat Omar Ben` is one name.
    const known = PLACES.has(before) || ORGANIZATIONS.has(before) || ORG_WORDS.has(before) || PARTY_WORDS.has(before) || isCommonWord(before);
    if (HONORIFICS.has(word) || (known && FIRST_NAMES.has(word) && isCapitalised(picked[k + 1]!.text) && !PERSON_TITLES.has(word))) return k;
  }
  return 0;
}

function isCapitalisedWord(token: Token | undefined): boolean {
  return token !== undefined && token.word && isCapitalised(token.text);
}

/** Drops leading function words and titles and trailing post-nominals, then decides the kind. */
function cleanRun(picked: readonly Token[], from: number, to: number, possessive: boolean, afterPreposition: boolean, determined: boolean): NameRun | null {
  let lo = 0;
  let hi = picked.length;
  const lowerAt = (k: number) => {
    const t = picked[k];
    if (!t) return '';
    return k === picked.length - 1 && possessive ? stripPossessive(t.lower) : t.lower;
  };
  let governed = afterPreposition;
  if (lo < hi && NOT_NAMES.has(lowerAt(lo))) determined = true;
  while (lo < hi && NOT_NAMES.has(lowerAt(lo))) {
    if (PREPOSITION_BEFORE.has(lowerAt(lo))) governed = true;
    lo++;
  }
  let titled = false;
  let firstNameTitle = false;
  let gender: Gender = null;
  while (hi - lo > 1 && PERSON_TITLES.has(lowerAt(lo))) {
    gender ??= GENDERED_TITLES.get(lowerAt(lo)) ?? null;
    firstNameTitle = FIRST_NAME_TITLES.has(lowerAt(lo));
    titled = true;
    lo++;
  }
  // `Albanian Prime Minister Fatos Nano`, `MGM Vice Chairman Chris McGurk`: the name follows the office
  // (but `Department for Education and Skills` is one body's name).
  for (let k = hi - 2; k >= lo + 1; k--) {
    const w = lowerAt(k);
    if (w === 'of' || w === 'for' || w === 'and' || w === '&') break;
    // `Under-Secretary`, `Vice-Chairman`: a hyphenated office ends in a title word.
    // `Tory MP Boris Johnson`, `East Midlands MEP Robert Kilroy-Silk`: a member's letters inside a run end the office too.
    if (!PERSON_TITLES.has(w) && !PERSON_TITLES.has(w.split('-').pop() ?? '') && !MEMBER_LETTERS.has(w)) continue;
    if (hi - k - 1 >= 2 || !SURNAME_LIKE_TITLES.has(w)) {
      titled = true;
      lo = k + 1;
    }
    break;
  }
  while (hi - lo > 1 && POST_NOMINALS.has(lowerAt(hi - 1))) hi--;
  if (hi <= lo) return null;
  const only = lowerAt(lo);
  const surnameOnly = hi - lo === 1 && !titled && !determined && SURNAME_LIKE_TITLES.has(only);
  if (hi - lo === 1 && PERSON_TITLES.has(only) && !(SURNAME_LIKE_TITLES.has(only) && (titled || surnameOnly))) return null;
  const words: string[] = [];
  const lowers: string[] = [];
  for (let k = lo; k < hi; k++) {
    const t = picked[k] as Token;
    words.push(k === picked.length - 1 && possessive ? stripPossessive(t.text) : t.text);
    lowers.push(lowerAt(k));
  }
  const kind = kindOf(words, lowers, titled);
  return { from, to, name: words.join(' '), words, titled, gender, kind, possessive, governed, firstNameTitle, surnameOnly };
}

function kindOf(words: readonly string[], lowers: readonly string[], titled: boolean): NameKind {
  if (!titled && words.length > 1 && THING_WORDS.has(lowers[lowers.length - 1] ?? '')) return 'thing';
  if (lowers.some((w) => ORG_WORDS.has(w))) return 'org';
  // `UK`, `France`: a listed place is never a body that speaks (`it added` is not the UK).
  if (!titled && (PLACES.has(lowers.join(' ')) || PLACE_ACRONYMS.has(lowers.join('')))) return 'place';
  const first = lowers[0] ?? '';
  if (words.length === 1) {
    if (titled) return 'person';
    if (HOLIDAYS.has(first)) return 'thing';
    return ACRONYM.test(words[0] ?? '') ? 'org' : 'single';
  }
  if (PLACE_WORDS.has(lowers[lowers.length - 1] ?? '') || PLACE_STARTS.has(first)) return 'place';
  // `Evening Standard`, `Sunday Times`: a newspaper, a body that speaks, unless a first name opens it.
  if (!titled && !FIRST_NAMES.has(first) && PAPERS.has(lowers[lowers.length - 1] ?? '') && lowers.slice(0, -1).every((w) => isCommonWord(w))) return 'org';
  // `Lib Dem`, `Age Concern`: a listed body, or a name made of common words with no first name in it.
  if (ORGANIZATIONS.has(lowers.join(' ')) || (!titled && !FIRST_NAMES.has(first) && lowers.every((w) => isCommonWord(w)))) return 'org';
  // `American IT`, `BBC News`: a run holding an acronym is a body, unless it opens with a first name.
  if (words.some((w) => ACRONYM.test(w) && !POST_NOMINALS.has(w.toLowerCase())) && !FIRST_NAMES.has(first)) return 'org';
  return 'person';
}

/** True for a common first name (`michelle`), lower case. */
export function isFirstName(lower: string): boolean {
  return FIRST_NAMES.has(lower);
}
