// How one article's speaker string reads: a person's name, an organisation's, or a description of an unnamed source.
import type { Entity } from '../article.js';
import { classifyMention } from '../facts/classify-name.js';
import { foldName, nameKey } from '../facts/fold-name.js';
import { isCommonWord } from '../names/common-words.js';
import { DEMONYMS, FIRST_NAMES, LAST_NAMES } from '../names/gazetteer.js';
import { NAME_PARTICLES, NAME_TITLES, NOT_NAMES } from '../names/name-words.js';
import { PERSON_TITLES } from '../names/person-titles.js';

/** What kind of speaker a row of the people table is. */
export type SpeakerKind = 'person' | 'organization' | 'description';

/** A speaker as its article names it. */
export interface SpeakerName {
  readonly kind: SpeakerKind;
  /** The name without titles (`Ian Blair` for `Sir Ian Blair`), or a description's wording as written. */
  readonly words: readonly string[];
}

/** Small words that may stand in lower case inside a name (`Bank of England`, `Ernst & Young`, `Vincent van Gogh`). */
const INNER_WORDS = new Set([...NAME_PARTICLES, 'of', 'for', 'and', '&', 'the']);

const isTitle = (word: string) => PERSON_TITLES.has(word.toLowerCase());

/** Written as a name: every word capitalised (or a digit, or a small inner word), none a possessive. */
function isNameLike(words: readonly string[]): boolean {
  return (
    words.length > 0 &&
    /^[\p{Lu}\p{N}]/u.test(words[0]!) &&
    words.every((w) => (/^[\p{Lu}\p{N}&]/u.test(w) || INNER_WORDS.has(w)) && !/['’]s$/.test(w))
  );
}

/**
 * A person's name without the titles and offices before it: `Labour MP Lord Janner` -> `Lord Janner`,
 * `Yukos spokesman Mike Lake` -> `Mike Lake`, `Sir Ian Blair` -> `Ian Blair`. A title that is part of
 * a name stays when nothing but a surname follows it (`Lord Falconer`), and `Mr Blair` is `Blair`.
 */
export function personWords(words: readonly string[]): readonly string[] {
  let cut = 0;
  for (let i = 0; i < words.length - 1; i++) if (isTitle(words[i]!) && !NAME_TITLES.has(words[i]!.toLowerCase())) cut = i + 1;
  let rest = words.slice(cut);
  while (rest.length > 2 && NAME_TITLES.has(rest[0]!.toLowerCase())) rest = rest.slice(1);
  return rest;
}

/**
 * The words of a speaker string written as a name, `the` cut (`the BBC`), or null when it reads as a
 * description. An office may stand before the name in lower case (`Yukos spokesman Mike Lake`, whose
 * name is then `Mike Lake`), but after capitalised words only: `a spokesman for Mr Blair` describes someone.
 */
function nameWordsOf(speaker: string): string[] | null {
  const words = speaker.trim().split(/\s+/);
  if (words[0]?.toLowerCase() === 'the' && words.length > 1) words.shift();
  let office = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const capitalised = /^\p{Lu}/u.test(words[i]!);
    if (!capitalised && isTitle(words[i]!)) office = i + 1;
    else if (!capitalised) break;
  }
  const rest = words.slice(office);
  if (!isNameLike(rest)) return null;
  // `MPs`, `German`: plural groups and nationality words name no one.
  if (rest.length === 1 && (NOT_NAMES.has(foldName(rest[0]!)) || DEMONYMS.has(foldName(rest[0]!)))) return null;
  return rest;
}

/** `Critics`, `Analysts` opening a sentence: an everyday word that is no listed name describes a group. */
function isCommonNoun(words: readonly string[]): boolean {
  const folded = foldName(words[0]!);
  return words.length === 1 && isCommonWord(folded) && !LAST_NAMES.has(folded) && !FIRST_NAMES.has(folded);
}

/**
 * A full name a lone surname may stand for: it opens on a first name, a title of the name (`Lord
 * Falconer`) or a capitalised word that is no everyday word, so neither `Paris-based Euronext` nor
 * `Southeastern Film Critics` takes a lone `Euronext` or `Critics`.
 */
export function isFullPersonName(words: readonly string[]): boolean {
  const first = words[0] ?? '';
  const folded = foldName(first);
  if (words.length < 2) return false;
  return FIRST_NAMES.has(folded) || NAME_TITLES.has(folded) || (/^\p{Lu}\p{Ll}+$/u.test(first) && !isCommonWord(folded));
}

/** One article's names, to tell what kind of name a speaker string is and find its fullest form. */
export class ArticleNames {
  private readonly byKey = new Map<string, Entity>();
  private readonly personsBySurname = new Map<string, (readonly string[])[]>();

  constructor(entities: readonly Entity[]) {
    for (const entity of entities) {
      const words = entity.kind === 'person' ? personWords(entity.name.split(' ')) : entity.name.split(' ');
      const key = nameKey(words.join(' '));
      if (!this.byKey.has(key)) this.byKey.set(key, entity);
      if (entity.kind === 'person' && isFullPersonName(words)) {
        const surname = foldName(words[words.length - 1]!);
        const list = this.personsBySurname.get(surname) ?? [];
        list.push(words);
        this.personsBySurname.set(surname, list);
      }
    }
  }

  /** Reads a quote's speaker: a description, an organisation, or a person (a lone surname in its article's full form when the article gives exactly one). */
  read(speaker: string): SpeakerName {
    const words = nameWordsOf(speaker);
    if (words === null) return { kind: 'description', words: speaker.trim().split(/\s+/) };
    const person = personWords(words);
    const entity = this.byKey.get(nameKey(words.join(' '))) ?? this.byKey.get(nameKey(person.join(' ')));
    if (!entity && isCommonNoun(words)) return { kind: 'description', words };
    const titled = person.length < words.length;
    const kind = entity?.kind ?? classifyMention({ words, nameTitle: '', titled, initial: false, paragraph: 0, before: '', after: 'said', proven: true }).kind;
    if (kind !== 'person') return { kind: 'organization', words };
    if (person.length === 1 && person[0]!.length > 1) {
      const fuller = this.personsBySurname.get(foldName(person[0]!));
      if (fuller?.length === 1) return { kind: 'person', words: fuller[0]! };
    }
    return { kind: 'person', words: person };
  }

  /** The article's people named in full (see isFullPersonName; titles cut), for the archive's list of full names. */
  fullNames(): Iterable<readonly string[]> {
    return [...this.personsBySurname.values()].flat();
  }
}
