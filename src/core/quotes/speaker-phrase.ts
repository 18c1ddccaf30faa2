// Reads the subject of a reporting verb: a name, a pronoun or a description, appositives and titles set aside.
import { PERSON_TITLES } from '../names/person-titles.js';
import { WEEKDAYS } from '../names/calendar-words.js';
import { PAST_TENSE } from '../names/gazetteer.js';
import { DETERMINERS, PERSON_NOUNS, PREPOSITIONS, PRONOUNS, SKIPPABLE } from './speaker-words.js';
import { findNameRuns, isFirstName, type NameRun } from './names.js';
import { ROLE_HEADS } from './offices.js';
import { isPossessive, type Token } from './speech-tokens.js';

/** A speaker as written, before coreference. */
export type SpeakerPhrase =
  | { readonly kind: 'pronoun'; readonly word: string }
  | { readonly kind: 'name'; readonly run: NameRun }
  | { readonly kind: 'description'; readonly text: string; readonly head: string; readonly definite: boolean };

/** Words that open a clause before its subject (`But`, `However`) and are dropped. */
const LEADERS = new Set(
  'but and so yet however meanwhile now also then still instead indeed earlier later while though although even only overall separately elsewhere finally similarly likewise thus hence therefore nevertheless speaking asked'.split(
    ' ',
  ),
);
const RELATIVES = new Set(['who', 'which', 'whose', 'whom', 'where', 'when']);
const SEPARATORS = new Set([',', ';', ':', '.', '?', '!', '\u2026', '-', '\u2014', '\u2013', '"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E']);
const MAX_HEAD_AT = 5;
/** Words that show a clause, not a noun phrase (`the number of people who`, `the plan was`). */
const CLAUSE_WORDS = new Set(
  'who which whose whom that it he she they we i you was were is are has have had will would should could can may might must do does did not be been and or but'.split(' '),
);
/** Words a description cannot end on (`the firm sought shelter from its lenders in 2001 after`). */
const DANGLING = new Set([...PREPOSITIONS, 'after', 'before', 'as', 'than', 'when', 'while', 'if']);
const MAX_DESCRIPTION_WORDS = 8;
/** Lower-case words that may follow a speaker's name without being part of it. */
const TAILS = new Set([...PREPOSITIONS, 'earlier', 'later', 'afterwards', 'afterward', 'today', 'tonight', 'yesterday', 'last', 'this', 'recently', 'previously', 'himself', 'herself']);
const MAX_BEFORE_NAME = 6;

/**
 * The subject written before a reporting verb, in `tokens[from..to)`: `Michael Lamberty, a Lufthansa
 * spokesman` -> the name; `the official, who spoke under condition of anonymity,` -> the description.
 */
export function subjectBefore(tokens: readonly Token[], from: number, to: number): SpeakerPhrase | null {
  const kept = withoutBrackets(tokens, from, to);
  while (kept.length > 0 && isSkippable(kept[kept.length - 1])) kept.pop();
  const phrase = phraseBefore(kept);
  // `Asked if she plays she confesses`, `At first he said`: with nothing else read, he or she right
  // before the verb is its subject (a nominative pronoun is never an object or an opening phrase's).
  const last = kept[kept.length - 1];
  if (phrase === null && (last?.lower === 'he' || last?.lower === 'she')) return { kind: 'pronoun', word: last.lower };
  return phrase;
}

function phraseBefore(kept: readonly Token[]): SpeakerPhrase | null {
  const segments = split(kept);
  // `However Paris was subdued, with finance minister Herve Gaymard telling parliament:`: the person
  // after `with` is the subject of the participle that follows.
  const final = segments[segments.length - 1] ?? [];
  if (final[0]?.text === 'with') {
    const run = findNameRuns(final).at(-1);
    if (run && run.to === final.length && !run.possessive && isPersonName(run)) return { kind: 'name', run };
  }
  for (let k = segments.length - 1; k >= 0; k--) {
    const segment = segments[k] ?? [];
    if (segment.length === 0 || RELATIVES.has(segment[0]?.lower ?? '') || isAge(segment)) continue;
    // `The letter, from the Home Office, says`, `Ms Lee, head of Acme Telecom, also at the fair, said`:
    // an aside on where someone is from says nothing of who; the subject stands before it.
    if (k > 0 && isAffiliation(segment)) continue;
    // `Simon Gale, president of Climax's Action Studio, said`: an office of some body set off after a
    // person's name describes that person; the body is not the subject.
    if (k > 0 && isOfficeOf(segment)) {
      const person = readPhrase(segments[k - 1] ?? []);
      if (person?.kind === 'name' && isPersonName(person.run) && !person.run.possessive) return person;
    }
    const phrase = readPhrase(segment);
    // `Colin Asplin, Blackpool Hotel Association said`, `Dr Jo Kell, IBM vice president, Technology and
    // Intellectual Property, said`: a person named before the body they speak for (an office between).
    if (phrase?.kind === 'name' && phrase.run.kind === 'org') {
      for (let j = k - 1; j >= Math.max(0, k - 2); j--) {
        const earlier = segments[j] ?? [];
        const person = earlier.length > 0 ? readPhrase(earlier) : null;
        if (person?.kind === 'name' && isPersonName(person.run)) return person;
        if (person?.kind !== 'description') break;
      }
    }
    if (phrase === null || phrase.kind === 'description') {
      // `Name, a description,` or `Name, from Activcard,` (an appositive): the name is the subject.
      for (let j = k - 1; j >= 0; j--) {
        const earlier = segments[j] ?? [];
        if (earlier.length === 0 || RELATIVES.has(earlier[0]?.lower ?? '') || isAge(earlier)) continue;
        const name = readPhrase(earlier);
        if (name?.kind === 'name') return name;
        // `Speaking after the vote Bob Neill, leader of the group, said`: a person's name ending the phrase before the aside.
        const ending = findNameRuns(earlier).at(-1);
        // (Not before `the American`, a subject of its own: `Reacting to a comment by Tim Phillips, the American said`.)
        const definite = phrase?.kind === 'description' && phrase.definite;
        if (!name && !definite && ending && ending.to === earlier.length && !ending.possessive && isPersonName(ending)) return { kind: 'name', run: ending };
        break;
      }
    }
    return phrase;
  }
  return null;
}

/** `Dent, 57, quit`: an age set off by commas says nothing of who. */
function isAge(segment: readonly Token[]): boolean {
  return segment.length === 1 && /^\d{1,3}$/.test(segment[0]!.text);
}

/** Prepositions of an aside telling where someone is from (`from the Home Office`, `at Lehman`). */
const AFFILIATIONS = new Set(['from', 'at', 'of', 'for']);

/** True when the segment, leaders aside, opens on `from`, `at`, `of` or `for` in lower case. */
function isAffiliation(segment: readonly Token[]): boolean {
  let start = 0;
  while (start < segment.length && LEADERS.has(segment[start]?.lower ?? '')) start++;
  const first = segment[start];
  return first !== undefined && first.text === first.lower && AFFILIATIONS.has(first.lower);
}

/** `president of Acme`, `vice-president of research at Gartner`: lower-case words holding an office, then of, at or for. */
function isOfficeOf(segment: readonly Token[]): boolean {
  let office = false;
  for (let i = 0; i < Math.min(segment.length, 6); i++) {
    const t = segment[i]!;
    if (t.text !== t.lower) return false;
    if (AFFILIATIONS.has(t.lower)) return office && i > 0;
    if (ROLE_HEADS.has(t.lower) || ROLE_HEADS.has(t.lower.split('-').pop() ?? '')) office = true;
  }
  return false;
}

/** Words that open a clause of their own after a speaker (lower case as written). */
const CLAUSE_OPENERS = new Set(['as', 'while', 'when', 'whilst', 'because', 'although', 'though', 'until', 'before', 'after']);

/** The subject written after a reporting verb (`said Ann Moreau, the bank's chief economist`). */
export function subjectAfter(tokens: readonly Token[], from: number, to: number): SpeakerPhrase | null {
  const kept = withoutBrackets(tokens, from, to);
  const segments = split(kept);
  // `whispered the party official as our reporter slipped out`: a clause of its own ends the subject.
  const clause = segments[0]?.findIndex((t, i) => i > 0 && CLAUSE_OPENERS.has(t.text)) ?? -1;
  if (clause > 0) segments[0] = segments[0]!.slice(0, clause);
  const phrase = readPhrase(segments[0] ?? []) ?? loneNameThenTail(segments[0] ?? []);
  // `said its chairman, Sir Anthony Greener`, `said his wife, Sheila`: the name after the office is the speaker.
  if (phrase?.kind === 'description' && (segments[1]?.length ?? 0) > 0) {
    const name = readPhrase(segments[1] ?? []);
    if (name?.kind === 'name' && isPersonName(name.run)) return name;
  }
  return phrase;
}

/** `said Murray on Monday`, `said Nadal afterwards`: right after the verb, a lone name and then a time or place. */
function loneNameThenTail(segment: readonly Token[]): SpeakerPhrase | null {
  const run = findNameRuns(segment)[0];
  const after = run ? segment[run.to] : undefined;
  if (!run || run.from !== 0 || run.kind !== 'single' || run.possessive || !after || !TAILS.has(after.text)) return null;
  return { kind: 'name', run };
}

/** A person's name: two or more words read as a person's, a titled name, or a lone first name. */
function isPersonName(run: NameRun): boolean {
  return run.kind === 'person' || (run.kind === 'single' && isFirstName(run.words[0]?.toLowerCase() ?? ''));
}

function isSkippable(token: Token | undefined): boolean {
  return token !== undefined && token.word && token.text === token.lower && SKIPPABLE.has(token.lower);
}

/** Tokens with bracketed asides left out (`the British Phonographic Industry (BPI)`). */
function withoutBrackets(tokens: readonly Token[], from: number, to: number): Token[] {
  const kept: Token[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.text === '(' || t.text === '[') depth++;
    else if ((t.text === ')' || t.text === ']') && depth > 0) depth--;
    else if (depth === 0) kept.push(t);
  }
  return kept;
}

function split(tokens: readonly Token[]): Token[][] {
  const segments: Token[][] = [[]];
  for (const t of tokens) {
    if (!t.word && SEPARATORS.has(t.text)) segments.push([]);
    else segments[segments.length - 1]?.push(t);
  }
  return segments;
}

/** A name, pronoun or description filling the whole segment, or null. */
function readPhrase(segment: readonly Token[]): SpeakerPhrase | null {
  let start = 0;
  while (start < segment.length && LEADERS.has(segment[start]?.lower ?? '')) start++;
  const words = segment.slice(start);
  const first = words[0];
  if (!first || words.some((t) => !t.word && t.text !== '&')) return null;
  if (words.length === 1 && PRONOUNS.has(first.lower)) return { kind: 'pronoun', word: first.lower };
  if (PREPOSITIONS.has(first.lower)) return afterOpeningCircumstance(words);
  // `one woman who took part in the study`: a relative clause with no comma before it says nothing of who.
  const relative = words.findIndex((t, k) => k > 0 && t.text === t.lower && BOUND_RELATIVES.has(t.lower));
  if (relative > 0) return readPhrase(words.slice(0, relative));
  // `The club trailed at the break and Gold said`: after a clause of its own, the subject follows `and`/`but`.
  const joined = joinedSubject(words);
  if (joined) return joined;
  const described = personNoun(words);
  if (described) return described;
  const runs = findNameRuns(words);
  const last = runs[runs.length - 1];
  // `a spokesman for the LSE`, `from anti-virus firm Sophos`: a body after a preposition is its object;
  // a person's full name after an office is the speaker (`director of telecoms research Tony Lavender`).
  const governed =
    last !== undefined &&
    (governedAt(words, joinedFrom(runs, words, runs.length - 1)) ||
      (last.kind !== 'person' && words.slice(0, last.from).some((t) => t.text === t.lower && PREPOSITIONS.has(t.lower))));
  // `... criticised Michael Howard`: a name right after a verb is its object.
  const object = last !== undefined && last.from > 0 && isPastTense(words[last.from - 1]!);
  if (last && last.to === words.length && !last.possessive && !governed && !object && last.from <= MAX_BEFORE_NAME && last.kind !== 'place' && last.kind !== 'thing') {
    return { kind: 'name', run: last };
  }
  // `analyst Alex Potter at Lehman Brothers`, `Abdullatif Sener earlier this month`: a person, then a
  // lower-case tail (a place of work, a time) that is not part of the name.
  const person = runs.find((run) => run.kind === 'person' && !run.possessive && run.from <= MAX_BEFORE_NAME);
  const after = person ? words[person.to] : undefined;
  if (person && after && TAILS.has(after.text) && !words.slice(0, person.from).some((t) => t.text === t.lower && PREPOSITIONS.has(t.lower))) {
    return { kind: 'name', run: person };
  }
  // `Hazel Blears defended the move, saying`: the subject is what stands before the clause's verb.
  const verb = clauseVerb(words);
  if (verb > 0) return readPhrase(words.slice(0, verb));
  // `Dr Mike Watts head of exploration`, `Dr Fox refused to discuss ...`: a person's name opening the phrase is its subject.
  if (person && person.from === 0 && after && after.text === after.lower && (person.titled || isFirstName(person.words[0]?.toLowerCase() ?? ''))) {
    return { kind: 'name', run: person };
  }
  return readDescription(words);
}

/**
 * `In a talk to the Trade Forum Mr Hale said`, `For the Greens Nina Ashdown said`: an opening
 * circumstance written without its comma, then a person's name that ends the phrase and is no
 * preposition's object.
 */
function afterOpeningCircumstance(words: readonly Token[]): SpeakerPhrase | null {
  const first = words[0];
  if (!first || !(CIRCUMSTANCE.has(first.lower) || first.lower === 'for')) return null;
  const runs = findNameRuns(words);
  const last = runs[runs.length - 1];
  if (!last || last.to !== words.length || last.from < 2 || last.possessive || !(last.kind === 'person' || last.titled)) return null;
  // The run may hold the circumstance's last capitalised words (`Centre Mr Straw`): what counts is what stands before its title.
  let start = last.to - last.words.length;
  while (start > last.from && PERSON_TITLES.has(words[start - 1]!.lower)) start--;
  const before = words[start - 1];
  if (!before || start < 2 || (before.text === before.lower && (PREPOSITIONS.has(before.lower) || DETERMINERS.has(before.lower) || !isNounLike(before)))) return null;
  return { kind: 'name', run: last };
}

/** `the American`, `the Scot`, `the Ealing North MP`: `the`, capitalised words, a word for one person of a nation or seat. */
function personNoun(words: readonly Token[]): SpeakerPhrase | null {
  const last = words[words.length - 1];
  if (words.length < 2 || words[0]?.lower !== 'the' || !last || !PERSON_NOUNS.has(last.lower)) return null;
  for (let k = 1; k < words.length; k++) if (words[k]!.text === words[k]!.lower) return null;
  return { kind: 'description', text: words.map((t) => t.text).join(' ').replace(/^The\b/, 'the'), head: last.lower, definite: true };
}

/** Relative pronouns that open a clause about the noun before them. */
const BOUND_RELATIVES = new Set(['who', 'whose', 'whom', 'which']);
/** Words that show a finite clause before `and`/`but` (`has been`, `were`, `will`). */
const FINITE = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should']);

/**
 * `Irish trailed by two points and Gold said`: a name standing alone after the last `and`/`but`, when a
 * clause with a verb of its own comes before it, is the subject. `O'Leary has been in talks and he said`:
 * he or she there stands for the person that clause opened on; after a clause opening on a body, for
 * nobody it names; after one opening on a thing (`The price was high but he said`), for whom the
 * pronoun would stand anyway.
 */
function joinedSubject(words: readonly Token[]): SpeakerPhrase | null {
  let j = words.length - 2;
  while (j > 0 && !(words[j]!.text === 'and' || words[j]!.text === 'but')) j--;
  if (j <= 0) return null;
  const verb = words.findIndex((t, k) => k > 0 && k < j && (FINITE.has(t.text) || isPastTense(t)));
  if (verb < 0) return null;
  const phrase = readPhrase(words.slice(j + 1));
  if (phrase?.kind === 'name' && phrase.run.from === 0) return phrase;
  if (phrase?.kind !== 'pronoun' || (phrase.word !== 'he' && phrase.word !== 'she')) return null;
  const opening = readPhrase(words.slice(0, verb));
  if (opening?.kind !== 'name') return phrase;
  return opening.run.kind === 'person' || opening.run.kind === 'single' ? opening : null;
}

/** Prepositions that start a circumstance (`in a briefing`, `on Wednesday`), not part of who spoke. */
const CIRCUMSTANCE = new Set(['in', 'on', 'during', 'after', 'before', 'when', 'while', 'since']);

/** `an IMF official in a briefing on Wednesday` -> `an IMF official`: words from a circumstance on are left out. */
function withoutCircumstance(words: readonly Token[]): readonly Token[] {
  for (let k = 2; k < words.length; k++) {
    if (!CIRCUMSTANCE.has(words[k]!.text)) continue;
    const object = DETERMINERS.has(words[k + 1]?.lower ?? '') ? words[k + 2] : words[k + 1];
    if (!object || object.text === object.lower || WEEKDAYS.has(object.lower)) return words.slice(0, k);
  }
  return words;
}

/** Index of the past-tense verb after a noun or a name (`minister Hazel Blears defended`), or -1. */
function clauseVerb(words: readonly Token[]): number {
  for (let k = 1; k < words.length; k++) {
    // `The Scot initially defended`: an adverb in -ly may stand between the subject and its verb.
    const adverb = k > 1 && words[k - 1]!.text === words[k - 1]!.lower && /^[a-z]{3,}ly$/.test(words[k - 1]!.text) ? 1 : 0;
    const before = words[k - 1 - adverb]!;
    if (isPastTense(words[k]!) && !AUXILIARIES.has(before.lower) && (isNounLike(before) || (before.text !== before.lower && !DETERMINERS.has(before.lower)))) {
      let end = k - adverb;
      while (end > 1 && SKIPPABLE.has(words[end - 1]!.text)) end--;
      return end;
    }
  }
  return -1;
}

/** Words before a participle that make it passive or perfect (`get handled`, `was seen`), not a clause's verb. */
const AUXILIARIES = new Set(['get', 'gets', 'got', 'be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** A verb in the past tense, in lower case (`defended`, `criticised`, `came`). */
function isPastTense(t: Token): boolean {
  return t.text === t.lower && (PAST_TENSE.has(t.lower) || /[a-z]{3}ed$/.test(t.lower));
}

/** A lower-case word that can end a noun phrase before its verb (not `a`, `the`, `newly`). */
function isNounLike(t: Token): boolean {
  return t.text === t.lower && !DETERMINERS.has(t.lower) && !t.lower.endsWith('ly') && !PREPOSITIONS.has(t.lower);
}

/** `an analyst with Bank Oyens & Van Eeghen`: where the name run `runs[k]` starts, names joined to it by `&` included. */
function joinedFrom(runs: readonly NameRun[], words: readonly Token[], k: number): number {
  let from = runs[k]?.from ?? 0;
  while (k > 0 && words[from - 1]?.text === '&' && runs[k - 1]?.to === from - 1) from = runs[--k]!.from;
  return from;
}

/** True when a preposition stands right before `words[i]`, or with only `the` between. */
function governedAt(words: readonly Token[], i: number): boolean {
  const before = words[i - 1];
  const preposition = before?.lower === 'the' ? words[i - 2] : before;
  return preposition !== undefined && preposition.text === preposition.lower && PREPOSITIONS.has(preposition.lower);
}

/** `a spokesman for the company`, `the official`, `A critic`: a short noun phrase with a lower-case head. */
/** `23-year-old`: an age, the one figure a description of a person may hold (`the 23-year-old`). */
const AGE = /^\d{1,3}-year-old$/;

function readDescription(all: readonly Token[]): SpeakerPhrase | null {
  const words = withoutCircumstance(all);
  if (words.length > MAX_DESCRIPTION_WORDS) return null;
  const first = words[0];
  const final = words[words.length - 1];
  if (!first || !final || DANGLING.has(final.lower) || PREPOSITIONS.has(first.lower) || words.some((t) => /^\p{N}/u.test(t.text) && !AGE.test(t.lower))) return null;
  // `a spokesman`, `the BPI spokesman`, `Lufthansa's spokesman`, or an office (`global security manager`).
  const inName = new Set<number>();
  for (const run of findNameRuns(words)) for (let k = run.from; k < run.to; k++) inName.add(k);
  if (words.some((t, k) => !inName.has(k) && CLAUSE_WORDS.has(t.lower))) return null;
  let head = '';
  for (let i = 0; i < words.length && i <= MAX_HEAD_AT + inName.size; i++) {
    const t = words[i];
    if (!t) break;
    if (inName.has(i)) continue;
    if (i > 0 && t.text === t.lower && PREPOSITIONS.has(t.lower)) break;
    if (t.text === t.lower && !DETERMINERS.has(t.lower)) head = t.lower;
  }
  const opensWell = DETERMINERS.has(first.lower) || isPossessive(first.text) || PERSON_TITLES.has(first.lower) || PERSON_TITLES.has(head);
  if (!head || !opensWell) return null;

  const text = words.map((t) => t.text).join(' ').replace(/^(A|An|The|One|Another|His|Her|Its|Their)\b/, (d) => d.toLowerCase());
  return { kind: 'description', text, head, definite: ['the', 'this', 'that'].includes(first.lower) };
}
