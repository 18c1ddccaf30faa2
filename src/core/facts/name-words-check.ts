// Word checks shared by name finders: is a capitalised word an everyday word, or a listed name?
import { isCommonWord } from '../names/common-words.js';
import { foldName } from './fold-name.js';
import { DEMONYMS, FIRST_NAMES, LAST_NAMES, ORGANIZATIONS, PLACES } from '../names/gazetteer.js';
import { PERSON_TITLES } from '../names/person-titles.js';

/** An everyday English word (`Heaven`, `Live`), small title words included. */
export function isCommonName(word: string): boolean {
  return isCommonWord(foldName(word));
}

/** A listed place, body, first or last name, nationality or person's title: a word that points to a real name. */
export function pointsToName(word: string): boolean {
  const folded = foldName(word);
  return PLACES.has(folded) || ORGANIZATIONS.has(folded) || FIRST_NAMES.has(folded) || LAST_NAMES.has(folded) || DEMONYMS.has(folded) || PERSON_TITLES.has(folded) || /^\p{Lu}{2,}\d*$/u.test(word);
}
