// Titles of works and names of events (`Million Dollar Baby`, `Knights Of The Old Republic`, the film
// `Ray`, `Brit Awards`): proper names, but no person, organisation or place.
import { isCommonWord } from '../names/common-words.js';
import { foldName } from './fold-name.js';
import { FIRST_NAMES, LAST_NAMES } from '../names/gazetteer.js';
import type { NameRun } from './name-runs.js';
import { ORG_FIRST_WORDS, ORG_LAST_WORDS, PLACE_ALIASES, PLACE_LAST_WORDS } from '../names/name-words.js';

/**
 * Lower-case words before a name that say it is a title of a work (`the film Ray`, `the comedy Coupling`);
 * verbs and adjectives that look like them (`show`, `play`, `hit`, `single`) are left out.
 */
export const WORK_NOUNS = new Set(
  (
    'film films movie movies album albums song songs sitcom sitcoms soap soaps drama dramas comedy comedies musical musicals novel novels ' +
    'book books epic sequel sequels prequel documentary programme programmes opera operas ballad anthem poem thriller biopic blockbuster ' +
    'cartoon videogame series serial entitled titled'
  ).split(' '),
);

/** Small words that title case capitalises inside titles of works but names leave in lower case. */
// (`A`, `I` and `V` are left out: they are also initials and numerals.)
const TITLE_CASE_SMALL = new Set(['Of', 'The', 'And', 'In', 'On', 'At', 'To', 'For', 'With', 'From', 'By', 'An', 'Vs', 'Is', 'Are', 'Was', 'Be', 'It', 'My', 'Me', 'You', 'Your', 'We', 'Our', 'Not', 'Or', 'But', 'As', 'Into', 'Up', 'Out', 'About']);

/** Last words of events, prizes, contests and laws (`Brit Awards`, `Australian Open`, `FA Cup`, `Police Bill`). */
const EVENT_LAST_WORDS = new Set(
  (
    'awards award olympics paralympics open nations expo prix slam sevens trophy festival conference lectures prize prizes finals final ' +
    'marathon classic masters cup games championship championships tour bill act treaty directive convention conventions show globes'
  ).split(' '),
);

/** `“Redemption Song”`, `Shaun of the Dead`, `Knights Of The Old Republic`: the run is a title of a work. */
export function isWorkTitle(run: NameRun): boolean {
  if (run.words.length < 2) return false;
  if (run.quoted) return true;
  // Title case: a capitalised small word inside (`Crashed The Wedding`, `Have I Got News`).
  if (run.words.some((w, k) => k > 0 && TITLE_CASE_SMALL.has(w))) return true;
  // `It's A Wonderful Life`: a capital `A` inside a sentence opens a title (`A Lo Cicero` is an initial and a name).
  if (!run.initial && run.words[0] === 'A' && run.words.length >= 3 && isTitleWord(run.words[1]!)) return true;
  const at = run.words.indexOf('of');
  if (at < 0 || run.words[at + 1] !== 'the') return false;
  const first = run.words[0]!.toLowerCase();
  const last = run.words[run.words.length - 1]!.toLowerCase();
  return !ORG_FIRST_WORDS.has(run.words[at - 1]!.toLowerCase()) && !ORG_FIRST_WORDS.has(first) && !ORG_LAST_WORDS.has(last) && !PLACE_LAST_WORDS.has(last);
}

/** A common word, or a word of three letters or more that is no listed first name or surname (`Wonderful`, not `Lo`). */
function isTitleWord(word: string): boolean {
  const folded = foldName(word);
  return isCommonWord(folded) || (word.length > 2 && !FIRST_NAMES.has(folded) && !LAST_NAMES.has(folded));
}

// Small words that join the halves of a title (`Stairway to Heaven`, `Look on the Bright Side`).
const TITLE_LINKS = /^\s+(?:to|on\s+the)\s+$/;

/**
 * Runs that are halves of one title of a work: two capitalised runs inside a sentence joined by `to` or
 * `on the`, with no listed name, title or name-building word in either and one half made only of common
 * words (`Highway to Hell`, `Who Wants to Live Forever`); `London to Paris`, `Drogba to Robben` and
 * `According to the Financial Times` stay names.
 */
export function linkedTitles(runs: readonly NameRun[], paragraph: string, isCommon: (word: string) => boolean, pointsToName: (word: string) => boolean): Set<NameRun> {
  const out = new Set<NameRun>();
  for (let k = 1; k < runs.length; k++) {
    const a = runs[k - 1]!;
    const b = runs[k]!;
    if (a.initial || b.initial || b.start - a.end > 10 || !TITLE_LINKS.test(paragraph.slice(a.end, b.start))) continue;
    if (!isPlainHalf(a.words, pointsToName) || !isPlainHalf(b.words, pointsToName)) continue;
    if (a.words.every(isCommon) || b.words.every(isCommon)) {
      out.add(a);
      out.add(b);
    }
  }
  return out;
}

/** No word of it points to a real name, and it is no listed name as a whole. */
function isPlainHalf(words: readonly string[], pointsToName: (word: string) => boolean): boolean {
  const whole = foldName(words.join(' '));
  if (words.some(pointsToName) || PLACE_ALIASES[whole] !== undefined) return false;
  return !words.some((w) => ORG_LAST_WORDS.has(w.toLowerCase()) || PLACE_LAST_WORDS.has(w.toLowerCase()) || EVENT_LAST_WORDS.has(w.toLowerCase()));
}

/** Nouns before a name that make it a thing, not a body (`the steroid THG`, `the drug Prozac`). */
const THING_BEFORE = new Set(['steroid', 'steroids', 'drug', 'drugs', 'virus', 'viruses', 'worm']);
/** Nouns after a name that make it a thing (`the Cabir virus`, `the Blaster worm`). */
const THING_AFTER = new Set(['virus', 'viruses', 'worm', 'worms', 'trojan']);

/** Mentions without the names the article introduces as works (`the film Ray`): every mention of them goes. */
export function withoutWorks<T extends { readonly words: readonly string[]; readonly before: string; readonly after: string }>(mentions: readonly T[]): readonly T[] {
  const works = new Set(mentions.filter((m) => WORK_NOUNS.has(m.before) || THING_BEFORE.has(m.before) || THING_AFTER.has(m.after)).map((m) => foldName(m.words.join(' '))));
  return works.size === 0 ? mentions : mentions.filter((m) => !works.has(foldName(m.words.join(' '))));
}

/** `the Act`, `the Cup`, `the Festival`: the last word of an event standing alone points back to it and names nothing itself. */
export function isEventWord(folded: string): boolean {
  return EVENT_LAST_WORDS.has(folded);
}

/** `Brit Awards`, `Six Nations`, `Davis Cup`, `Police Bill`: a contest, a prize or a law (but `United Nations` is a body). */
export function isEventName(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  return EVENT_LAST_WORDS.has(words[words.length - 1]!.toLowerCase()) && PLACE_ALIASES[foldName(words.join(' '))] === undefined;
}
