// Name lists (first names, places, organisations, nationality words) and common words, unpacked once per thread.
import * as data from './gazetteer-data.js';
import { EXTRA_FIRST_NAMES, EXTRA_ORGANIZATIONS, EXTRA_PLACES } from './name-words.js';

const unpack = (packed: string, extra: ReadonlySet<string> = new Set()): ReadonlySet<string> =>
  new Set([...packed.split('|'), ...[...extra].map((w) => w.replace(/-/g, ' '))]);

/** First names (`nicolás` is matched folded, as `nicolas`). */
export const FIRST_NAMES = unpack(data.firstNames, EXTRA_FIRST_NAMES);
/** First names the lexicon gives to men only, and to women only. */
export const MALE_NAMES = unpack(data.maleNames);
export const FEMALE_NAMES = unpack(data.femaleNames);
/** Family names common enough to be listed. */
export const LAST_NAMES = unpack(data.lastNames);
/** Countries, cities and regions. */
export const PLACES = unpack(data.places, EXTRA_PLACES);
/** Countries alone (a national side keeps its country's kind; a town's club does not). */
export const COUNTRIES = unpack(data.countries, new Set(['britain', 'great-britain', 'england', 'scotland', 'wales', 'northern-ireland']));
/** Well-known organisations and sports teams. */
export const ORGANIZATIONS = unpack(data.organizations, EXTRA_ORGANIZATIONS);
/** Nationality words (`venezuelan`, `british`): never entities on their own. */
export const DEMONYMS = unpack(data.demonyms);
/** Ordinary English words (nouns, adjectives, verbs, adverbs, numbers), lower case. */
export const COMMON_WORDS = unpack(data.commonWords);
/** Verbs in the past tense the lexicon lists (`came`, `spoke`), lower case; regular `-ed` forms are left to rules. */
export const PAST_TENSE = unpack(data.pastTense);
