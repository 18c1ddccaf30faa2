// What a count counts: the words after a number up to the plural noun (`166 call centres`, `21 others`).
import { isCommonWord } from '../names/common-words.js';
import { FIRST_NAMES } from '../names/gazetteer.js';
import { startsUpper, type Token } from './fact-tokens.js';

// Words that cannot be part of what is counted: the counted phrase ends before them.
const STOP = new Set(
  ('the a an of to in on at for with from by as than that which who whom whose and or but nor is are was were be been being has have had ' +
    'will would could can may might must shall should do does did not no more less most least per each every this these those its their his ' +
    'her our your my it they he she we you i so too also very just only ago earlier later before after since during between into out up down ' +
    'over under about against among around across through said says say told what when where why how there here all both some any such other ' +
    'another if then because while until though although still yet last next times time apiece respectively altogether alone instead again ' +
    'now today yesterday tomorrow already even ever never almost nearly rather quite far away back off').split(' '),
);

const QUOTE_MARKS = new Set(['"', '“', '”']);

// Plural nouns that do not end in a plain `s`.
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'cattle', 'sheep', 'fish', 'teeth', 'feet', 'mice', 'geese', 'crew', 'data', 'media', 'troops', 'folk']);
// Words ending in `s` that are not plurals.
const NOT_PLURAL = /(?:ss|us|is|ous|ics|ness|sis|xis)$/;

/** Index just past the counted phrase that starts at `i`, or undefined when no plural noun follows within four words. */
export function countedPhraseEnd(tokens: readonly Token[], i: number): number | undefined {
  let j = i;
  for (let words = 0; words < 4 && j < tokens.length; words++) {
    // `eight "synergistic" processing centres`: quotation marks around a describing word are passed over.
    const quoted = QUOTE_MARKS.has(tokens[j]!.text) && (tokens[j]!.gap || j > i);
    if (quoted) j++;
    const token = tokens[j];
    if (!token || token.type !== 'word' || (!token.gap && !quoted)) return undefined;
    const lower = token.text.toLowerCase();
    if (STOP.has(lower) || /['’]/.test(lower)) return undefined;
    let end = j + 1;
    // Hyphenated words count as one (`low-cost`, `one-man`).
    while (tokens[end]?.text === '-' && !tokens[end]!.gap && tokens[end + 1]?.type === 'word' && !tokens[end + 1]!.gap) end += 2;
    if (quoted) {
      if (!QUOTE_MARKS.has(tokens[end]?.text ?? '') || tokens[end]!.gap) return undefined;
      j = end + 1;
      continue;
    }
    // `8 Venus Williams`, `2 Tommy Haas` in a seeding list: a first name before a capitalised plural makes a person, not a count.
    if (isPlural(tokens[end - 1]!.text)) return isPersonName(tokens, i, end - 1) ? undefined : end;
    j = end;
  }
  return undefined;
}

/** True for a word that reads as a plural noun (`subscribers`, `people`, `others`). */
export function isPlural(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  if (IRREGULAR_PLURALS.has(lower)) return true;
  return lower.length > 2 && lower.endsWith('s') && !NOT_PLURAL.test(lower) && !STOP.has(lower);
}

/** A first name just before a capitalised family name (`Venus Williams`); `Olivier Awards`, `Sri Lankans` are counted. */
function isPersonName(tokens: readonly Token[], from: number, last: number): boolean {
  const word = tokens[last]!.text;
  if (last === from || !startsUpper(word) || isCommonWord(word.toLowerCase().replace(/s$/, '')) || /(?:ans|ese)$/.test(word)) return false;
  const before = tokens[last - 1]!.text;
  return startsUpper(before) && FIRST_NAMES.has(before.toLowerCase());
}
