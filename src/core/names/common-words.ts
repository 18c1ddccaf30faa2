// Common English words: a lone capitalised one (`Budget`, `World`, `Breakfast`) is a name only when
// the article itself treats it as one.
import { PERSON_TITLES } from './person-titles.js';
import { COMMON_WORDS } from './gazetteer.js';
import { ORG_LAST_WORDS, PLACE_LAST_WORDS } from './name-words.js';

/** Everyday nouns and adverbs the generated lexicon leaves out (it guesses nouns instead of listing them). */
const MORE_COMMON = new Set(
  (
    'world life forum creation army knife explorer comedy central heart castle beauty action nations nation election number night ' +
    'state game child family woman man women people war music report government committee commission court church police ' +
    'programme drama song album film movie book story house home money power love peace hope fear truth freedom justice history ' +
    'nature science art culture sport health education business industry energy environment future past present summer winter ' +
    'spring autumn morning evening madly suddenly crimson diaries diary heroes hero legend kingdom empire republic revolution ' +
    'parliamentary presidential budget test tests closer breakfast number numbers liberty fame streets wars variety prisoner ' +
    'edge earth universe planet spirit soul angel angels devil monster secrets secret rules daughter son mother father brother sister ' +
    'rock road bridge tower gate garden island village forest mountain highway stairway hell requiem'
  ).split(' '),
);

/** Words that are also the names of newspapers (`the Times`, `the Sun`): never judged as common. */
export const PAPERS: ReadonlySet<string> = new Set(['times', 'mirror', 'sun', 'express', 'independent', 'guardian', 'observer', 'telegraph', 'herald', 'gazette', 'tribune', 'chronicle', 'mail', 'post', 'star', 'scotsman', 'standard']);

// One set for every source, built once per thread: the check runs for every capitalised word.
const COMMON: ReadonlySet<string> = new Set([...COMMON_WORDS, ...MORE_COMMON, ...ORG_LAST_WORDS, ...PLACE_LAST_WORDS, ...PERSON_TITLES].filter((w) => !PAPERS.has(w)));

// Endings of everyday abstract nouns and adverbs the lexicon misses (`destruction`, `fundamentalist`, `mutually`).
const COMMON_ENDINGS = /^[a-z]{3,}(?:tion|tions|sion|sions|ment|ments|ism|isms|ist|ists|ally|ually|ously|ively|ingly)$/;

// Last letters of those endings: most names are ruled out before the pattern runs.
const ENDING_LETTERS = new Set(['n', 's', 't', 'm', 'y']);

/** True for an ordinary English word (folded, lower case), its plural included. */
export function isCommonWord(folded: string): boolean {
  if (COMMON.has(folded) || (folded.length > 5 && ENDING_LETTERS.has(folded[folded.length - 1]!) && COMMON_ENDINGS.test(folded))) return true;
  return folded.length > 3 && folded.endsWith('s') && !PAPERS.has(folded) && COMMON.has(folded.slice(0, -1));
}
