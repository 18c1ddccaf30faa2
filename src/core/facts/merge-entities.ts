// Merges mentions of one thing: `Maduro` into `Nicolás Maduro`, `Mr Howard` into `Michael Howard`, `U.S.` with `United States`, `LSE` with `London Stock Exchange`.
import type { Entity } from '../article.js';
import { classifyMention, isCommonPhrase, type KindGuess } from './classify-name.js';
import { foldName, hasAccents, nameKey } from './fold-name.js';
import { DEMONYMS, FIRST_NAMES, PLACES } from '../names/gazetteer.js';
import { PLACE_ALIASES } from '../names/name-words.js';
import type { Mention } from './name-mentions.js';

interface Group {
  key: string;
  words: readonly string[];
  display: string;
  guess: KindGuess;
  mentions: number;
  paragraphs: Set<number>;
  first: number;
  /** Some mention plainly uses the name as one (`Rolling Stone's`). */
  proven: boolean;
  into?: Group;
  /** `LSE` for `London Stock Exchange`, worked out when first needed. */
  initials?: string;
}

const CONNECTORS = new Set(['of', 'for', 'and', 'the', '&', 'de', 'du', 'des', 'la', 'le']);

/** Groups mentions into entities, fullest name first, most-mentioned first. */
export function mergeMentions(mentions: readonly Mention[]): Entity[] {
  const groups = new Map<string, Group>();
  mentions.forEach((mention, order) => {
    const text = mention.words.join(' ');
    const key = nameKey(text);
    const guess = classifyMention(mention);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { key, words: mention.words, display: withTitle(mention), guess, mentions: 1, paragraphs: new Set([mention.paragraph]), first: order, proven: mention.proven });
      return;
    }
    group.mentions++;
    group.proven ||= mention.proven;
    group.paragraphs.add(mention.paragraph);
    if (guess.strength > group.guess.strength) group.guess = guess;
    // The fullest form names the group (`United States` over `U.S.`), accented forms over plain ones.
    if (mention.words.length > group.words.length || (hasAccents(text) && !hasAccents(group.display) && mention.words.length === group.words.length)) {
      group.words = mention.words;
      group.display = withTitle(mention);
    }
  });
  const all = [...groups.values()];
  const named = all.filter((g) => g.words.length > 1);
  const pairs = named.filter((g) => g.guess.kind === 'person' && g.words.length === 2);
  if (pairs.length > 1) for (const group of pairs) group.into = nicknameTarget(group, pairs);
  // Longer forms first, so `K Morgan` has joined `Kevin Morgan` before `Morgan` looks for its one fuller name.
  for (const group of [...named, ...all.filter((g) => g.words.length === 1)]) {
    if (group.into) continue;
    // A listed place (`France`, `London`) stays itself even when a longer name starts or ends with it.
    if (group.guess.kind === 'place' && group.guess.strength >= 4) continue;
    const target = mergeTarget(group, named);
    if (!target) continue;
    const acronym = target.initials === group.words[0];
    // `National Highway Traffic Safety Administration ... NHTSA`: a name shortened to an acronym of three or more letters is plainly a body's.
    if (acronym && group.words[0]!.length >= 3 && target.guess.strength === 0) {
      target.proven = true;
      target.guess = group.guess;
    }
    // An acronym stays itself rather than vanish with a phrase that proves to be no name (`EA` and `Electronic Arts`).
    if (acronym && isUnprovenPhrase(target)) continue;
    group.into = target;
  }
  const roots = new Map<Group, Group>();
  for (const group of all) {
    let root = group;
    for (let hops = 0; root.into && hops < 4; hops++) root = root.into;
    if (root === group) continue;
    root.mentions += group.mentions;
    for (const p of group.paragraphs) root.paragraphs.add(p);
    if (group.guess.strength > root.guess.strength && (group.guess.kind === 'person') === (root.guess.kind === 'person')) root.guess = group.guess;
    if (group.guess.kind === 'person' && group.guess.strength >= 5 && root.guess.strength < 5) root.guess = group.guess;
    roots.set(group, root);
  }
  return all
    .filter((g) => !roots.has(g) && !isUnprovenPhrase(g))
    .sort((a, b) => b.mentions - a.mentions || a.first - b.first)
    .map((g) => ({ kind: g.guess.kind, name: g.display, mentions: g.mentions, paragraphs: [...g.paragraphs].sort((x, y) => x - y) }));
}

/**
 * A person only by default, made of common words and never used plainly as a name: a title of a work or
 * a thing (`Almost Here`, `Swiss Army Knife`). A name built like a body's (`of`, `and`) is kept.
 */
function isUnprovenPhrase(group: Group): boolean {
  if (group.guess.kind !== 'person' || group.guess.strength > 0 || group.proven || group.words.length < 2) return false;
  // `Shrek 2`, `Half Life 2`: a sequel or a model, not a person.
  if (/^\d+$/.test(group.words[group.words.length - 1]!)) return true;
  return !group.words.some((w) => CONNECTORS.has(w.toLowerCase())) && isCommonPhrase(group.words);
}

/**
 * `Freddie Forsyth` -> `Frederick Forsyth`, `Steve Gerrard` -> `Steven Gerrard`: the same family name and
 * first names that share their first three letters name one person; the less-used form goes.
 */
function nicknameTarget(group: Group, pairs: readonly Group[]): Group | undefined {
  const first = foldName(group.words[0]!);
  const last = foldName(group.words[1]!);
  if (first.length < 3) return undefined;
  return pairs.find((other) => {
    if (other === group || foldName(other.words[1]!) !== last) return false;
    const otherFirst = foldName(other.words[0]!);
    if (otherFirst === first || !otherFirst.startsWith(first.slice(0, 3))) return false;
    return other.mentions > group.mentions || (other.mentions === group.mentions && (otherFirst.length > first.length || (otherFirst.length === first.length && other.first < group.first)));
  });
}

/** The fuller group a short form belongs to, when exactly one fits. */
function mergeTarget(group: Group, multi: readonly Group[]): Group | undefined {
  const words = group.words.map(foldName);
  // Forms already merged (`Freddie Forsyth` into `Frederick Forsyth`) count as the name they joined.
  const only = (found: Group[]) => {
    const roots = [...new Set(found.map((g) => g.into ?? g))];
    return roots.length === 1 && roots[0] !== group ? roots[0] : undefined;
  };
  if (words.length === 1) {
    const word = words[0]!;
    // `NHTCU`, and acronyms written as words (`Wada`, `Ark`): the initials of one longer name.
    const capitals = /^\p{Lu}{2,6}$/u.test(group.words[0]!);
    if (capitals || /^\p{Lu}\p{Ll}{2,5}$/u.test(group.words[0]!)) {
      const upper = group.words[0]!.toUpperCase();
      const byInitials = only(multi.filter((m) => (capitals || m.words.length > 2) && (m.initials ??= initials(m.words)) === upper));
      if (byInitials) return byInitials;
    }
    const isPersonish = (m: Group) => m.guess.kind === 'person';
    return (
      only(multi.filter((m) => isPersonish(m) && foldName(m.words[m.words.length - 1]!) === word)) ??
      only(multi.filter((m) => isPersonish(m) && foldName(m.words[0]!) === word)) ??
      only(multi.filter((m) => !isPersonish(m) && m.guess.kind === 'organization' && (foldName(m.words[m.words.length - 1]!) === word || foldName(m.words[0]!) === word))) ??
      // `Rafa` -> `Rafael Benitez`: a short form of one person's first name.
      (word.length >= 4 && !/^\p{Lu}+$/u.test(group.words[0]!) ? only(multi.filter((m) => isPersonish(m) && m.words.length === 2 && isShortFor(word, foldName(m.words[0]!)))) : undefined)
    );
  }
  // `Secret Service` -> `US Secret Service`: the same name after a place.
  if (group.guess.kind !== 'person') {
    const found = only(multi.filter((m) => m.words.length > words.length && m.guess.kind !== 'person' && endsWith(m.words, words) && isPlace(m.words.slice(0, m.words.length - words.length))));
    if (found) return found;
  }
  // `K Morgan` -> `Kevin Morgan`; `Edwards` handled above.
  if (words.length === 2 && /^\p{Lu}\.?$/u.test(group.words[0]!)) {
    const letter = words[0]![0];
    return only(multi.filter((m) => m !== group && m.words.length >= 2 && foldName(m.words[m.words.length - 1]!) === words[1] && foldName(m.words[0]!)[0] === letter && m.words[0]!.length > 2));
  }
  return undefined;
}

/** `rafa` for `rafael`, `steve` for `steven`: the same first letters of a listed first name, one to three fewer. */
function isShortFor(short: string, full: string): boolean {
  return full.length > short.length && full.length - short.length <= 3 && full.startsWith(short) && FIRST_NAMES.has(full);
}

function endsWith(words: readonly string[], end: readonly string[]): boolean {
  const offset = words.length - end.length;
  return end.every((w, k) => foldName(words[offset + k]!) === w);
}

/** `US`, `British`, `New York`: a place or nationality before a name. */
function isPlace(words: readonly string[]): boolean {
  const folded = foldName(words.join(' '));
  return PLACES.has(folded) || PLACE_ALIASES[folded] !== undefined || DEMONYMS.has(folded);
}

/** `LSE` for `London Stock Exchange`, `NHTCU` for `National Hi-Tech Crime Unit`. */
function initials(words: readonly string[]): string {
  return words
    .filter((w) => !CONNECTORS.has(w.toLowerCase()))
    .flatMap((w) => w.split('-'))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

function withTitle(mention: Mention): string {
  const name = mention.words.join(' ');
  return mention.nameTitle ? `${mention.nameTitle} ${name}` : name;
}
