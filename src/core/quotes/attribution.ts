// Finds the reporting clause of a quotation: before it (`X said:`), after it (`, X said`), or a dash.
import { cueLength, isCueLemma } from './cue-verbs.js';
import { DETERMINERS, PREPOSITIONS } from './speaker-words.js';
import { subjectAfter, subjectBefore, type SpeakerPhrase } from './speaker-phrase.js';
import { isCapitalised, isPossessive, type Token } from './speech-tokens.js';

/** A reporting clause found next to a quotation. */
export interface Attribution {
  /** Who, as written; null when a cue was found without a readable subject. */
  readonly phrase: SpeakerPhrase | null;
  /** The reporting verb as written (`said`, `according to`), or null for a dash. */
  readonly cue: string | null;
}

/** A reporting clause before a quotation, and how it meets the opening mark. */
export interface LeadingAttribution extends Attribution {
  /** `colon` (`said: "`), `comma` (`he said, "`), `cue` (`said "`), or `far` (a cue earlier in the sentence). */
  readonly join: 'colon' | 'comma' | 'cue' | 'far';
}

const ADVERBS = /^(?:[a-z]+ly|twice|once|also|later|since|again|never|not|repeatedly)$/;
const PASSIVE = new Set(['been', 'being', 'was', 'were', 'is', 'are', 'be', 'get', 'got']);
const LINKING = new Set(['look', 'looks', 'looked', 'looking', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'sound', 'sounds', 'sounded', 'remain', 'remains', 'remained', 'become', 'becomes', 'became']);
/** Verbs whose next noun phrase is a listener, not the speaker: `told X` never means X spoke. */
export const NO_INVERSION: ReadonlySet<string> = new Set(['tell', 'tells', 'told', 'telling', 'inform', 'informed', 'assure', 'assured', 'remind', 'reminded', 'advise', 'advised', 'urge', 'urged', 'urging', 'warn']);
const TELL = new Set(['tell', 'tells', 'told', 'telling']);
const CLAUSE_END = new Set(['.', '?', '!', ';', '\u2026']);
const DASHES = new Set(['-', '\u2014', '\u2013']);
const NOUN_MARKERS = new Set([...DETERMINERS, 'such', 'new', 'recent', 'repeated', 'similar', 'these', 'those', 'many', 'no', 'any', 'whose']);
const MAX_TRAILING = 30;

/** Length of a reporting cue at `i` used as a verb (not `the claims`, not `was told`), else 0. */
export function verbCueAt(tokens: readonly Token[], i: number): number {
  const length = cueLength(tokens, i);
  if (length === 0) return 0;
  const before = tokens[i - 1];
  if (before && before.word && PASSIVE.has(before.lower) && !(tokens[i]?.lower === 'quoted')) return 0;
  // `he looked assured`, `seemed reassured`: after a linking verb the form is an adjective.
  if (before && LINKING.has(before.lower)) return 0;
  // `was twice denied`, `were later told`: an adverb between does not make the passive active.
  if (before && ADVERBS.test(before.lower) && PASSIVE.has(tokens[i - 2]?.lower ?? '') && tokens[i]?.lower !== 'quoted') return 0;
  if (before && before.word && NOUN_MARKERS.has(before.lower)) return 0;
  // `to protest`: an infinitive reports nothing (`according to` is read above).
  if (before && before.lower === 'to' && length === 1) return 0;
  // `rejected Mr Howard's comment`: the bare form after a possessive is a noun.
  if (length === 1 && before?.word && isPossessive(before.text) && isCueLemma(tokens[i]?.lower ?? '')) return 0;
  if (isCapitalised(tokens[i]?.text ?? '') && i > 0 && tokens[i - 1]?.word) return 0;
  // `"...," Yelling told BBC Sport`: a capitalised word before a reporting verb is the speaker's name.
  if (length === 1 && isCapitalised(tokens[i]?.text ?? '') && cueLength(tokens, i + 1) > 0) return 0;
  return length;
}

/** The cue words from `i`, lower case, one space apart (`according to`). */
export function cueText(tokens: readonly Token[], i: number, length: number): string {
  return tokens.slice(i, i + length).map((t) => t.lower).join(' ');
}

/** The pronoun or person's name that opens the clause `tokens[from..to)` and is followed by a lower-case verb, else null. */
function clauseSubject(tokens: readonly Token[], from: number, to: number): SpeakerPhrase | null {
  let i = from;
  while (i < to && tokens[i]?.word && ['but', 'and', 'so', 'then', 'yet'].includes(tokens[i]!.lower)) i++;
  const first = tokens[i];
  if (!first?.word) return null;
  if (first.lower === 'he' || first.lower === 'she') {
    const next = tokens[i + 1];
    return next?.word && next.text === next.lower ? { kind: 'pronoun', word: first.lower } : null;
  }
  const phrase = subjectAfter(tokens, i, to);
  if (phrase?.kind !== 'name' || phrase.run.kind !== 'person' || phrase.run.from !== 0) return null;
  const next = tokens[i + phrase.run.to];
  return next?.word && next.text === next.lower ? phrase : null;
}

/** True when only clause-opening words stand in `tokens[from..i)`. */
export function opensClause(tokens: readonly Token[], from: number, i: number): boolean {
  for (let k = from; k < i; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (t.word && !['but', 'and', 'so', 'however', 'then', 'yet', 'also'].includes(t.lower)) return false;
  }
  return true;
}

const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);

/**
 * `Reuters reports a union source as saying`, `quoted him as saying`: when the cue at `i` is the `saying`
 * of `as saying`, the speaker is the noun phrase between the verb before it and `as`.
 */
function asSaying(tokens: readonly Token[], from: number, i: number): SpeakerPhrase | null | undefined {
  if (tokens[i]?.lower !== 'saying' || tokens[i - 1]?.lower !== 'as') return undefined;
  for (let j = i - 2; j >= Math.max(from, i - 10); j--) {
    const verb = tokens[j]?.lower ?? '';
    if (!AS_SAYING_VERBS.has(verb)) continue;
    const pronoun = OBJECT_PRONOUNS.get(tokens[j + 1]?.lower ?? '');
    if (pronoun && j + 2 === i - 1) return { kind: 'pronoun', word: pronoun };
    return subjectAfter(tokens, j + 1, i - 1);
  }
  return undefined;
}

const AS_SAYING_VERBS = new Set(['quoted', 'quotes', 'quoting', 'reported', 'reports', 'cited', 'cites', 'citing', 'described', 'has', 'had']);

/** The reporting clause in `tokens[from..to)`, the text between a sentence start and an opening mark. */
export function leadingAttribution(tokens: readonly Token[], from: number, to: number): LeadingAttribution | null {
  let end = to;
  while (end > from && !tokens[end - 1]?.word && tokens[end - 1]?.text !== ':' && tokens[end - 1]?.text !== ',') end--;
  const lastMark = tokens[end - 1]?.text;
  const join = lastMark === ':' ? 'colon' : lastMark === ',' ? 'comma' : null;
  // The reporting verb nearest the mark, but a finite one before a participle (`wrote ..., saying:`).
  let found = -1;
  let length = 0;
  for (let i = end - 1; i >= from; i--) {
    const cueAt = verbCueAt(tokens, i);
    if (cueAt === 0) continue;
    const participle = tokens[i]?.lower.endsWith('ing') && tokens[i - 1]?.lower !== 'as';
    if (found < 0 || !participle) [found, length] = [i, cueAt];
    if (!participle) break;
  }
  if (found >= 0) {
    const i = found;
    const cue = cueText(tokens, i, length);
    const inverted = cue === 'according to' || (opensClause(tokens, from, i) && !NO_INVERSION.has(cue));
    const reported = asSaying(tokens, from, i);
    const phrase = reported !== undefined ? reported : inverted ? subjectAfter(tokens, i + length, end) : subjectBefore(tokens, from, i);
    const beforeMark = join ? end - 1 : end;
    let how: LeadingAttribution['join'] = 'far';
    if (join === 'colon') how = 'colon';
    else if (join === 'comma' && (i + length === beforeMark || inverted)) how = 'comma';
    else if (!join && i + length === end) how = 'cue';
    return { phrase, cue, join: how };
  }
  if (join === 'colon') {
    // `Mr Smith: "..."` (a transcript): only a name will do.
    const phrase = subjectBefore(tokens, from, end - 1);
    if (phrase?.kind === 'name') return { phrase, cue: null, join: 'colon' };
    // `He also praised the director: "..."`: a clause opening on a pronoun or a name introduces its subject's words.
    const subject = clauseSubject(tokens, from, end - 1);
    if (subject) return { phrase: subject, cue: null, join: 'colon' };
  }
  return null;
}

/**
 * The reporting clause in `tokens[from..to)`, the rest of the sentence after a closing mark:
 * `, said X`, `, X, who ..., said`, `he said`, `- Jane Doe`. `endedSentence` is true when the
 * quotation closed with `.?!`; a capitalised word after it then starts narration unless the clause
 * is no more than `X said.` or `X told the BBC.`
 */
export function trailingAttribution(tokens: readonly Token[], from: number, to: number, endedSentence: boolean): Attribution | null {
  let start = from;
  while (start < to && !tokens[start]?.word && !DASHES.has(tokens[start]?.text ?? '')) start++;
  const first = tokens[start];
  if (!first) return null;
  if (DASHES.has(first.text)) {
    const phrase = subjectAfter(tokens, start + 1, to);
    return phrase && phrase.kind === 'name' ? { phrase, cue: null } : null;
  }
  // `"Q1." Gere said: "Q2"`: a clause ending in a colon introduces the next quotation, not this one.
  if (tokens[to - 1]?.text === ':') return null;
  const stop = Math.min(to, start + MAX_TRAILING);
  let inRelative = false;
  for (let i = start; i < stop; i++) {
    const t = tokens[i];
    if (!t) break;
    if (!t.word) {
      if (CLAUSE_END.has(t.text) || t.text === '"' || t.text === '\u201C') break;
      if (t.text === ',') inRelative = false;
      continue;
    }
    if (t.lower === 'who' || t.lower === 'which') inRelative = true;
    if (inRelative) continue;
    const length = verbCueAt(tokens, i);
    if (length === 0) continue;
    const cue = cueText(tokens, i, length);
    if (i === start) {
      // Straight after a quotation a verb and a noun phrase are inverted (`"Q," urged Carl Dunn`), except `told`.
      if (TELL.has(cue)) return null;
      const phrase = subjectAfter(tokens, i + length, to);
      return phrase ? { phrase, cue } : null;
    }
    if (endedSentence && isCapitalised(first.text) && (CONNECTORS.has(first.lower) || !closesSoon(tokens, i + length, to, cue))) return null;
    const saying = tokens[i]?.lower === 'saying' ? i : sayingAfter(tokens, i + length, stop);
    const reported = saying < 0 ? undefined : asSaying(tokens, start, saying);
    const phrase = reported !== undefined ? reported : subjectBefore(tokens, start, i);
    return phrase ? { phrase, cue } : null;
  }
  return null;
}

/** Index of `saying` in an `as saying` shortly after `i`, or -1. */
function sayingAfter(tokens: readonly Token[], i: number, stop: number): number {
  for (let k = i; k < Math.min(stop, i + 10); k++) {
    const t = tokens[k];
    if (!t || (!t.word && t.text !== ',')) return -1;
    if (t.lower === 'saying' && tokens[k - 1]?.lower === 'as') return k;
  }
  return -1;
}

/**
 * After `cue` at `i`, the sentence ends soon and only a listener (`told the BBC.`) or a time or place
 * (`said on Friday.`) comes between: a short clause like that attributes the quotation before it.
 */
function closesSoon(tokens: readonly Token[], i: number, to: number, cue: string): boolean {
  const next = tokens[i];
  if (!next || i >= to || !next.word) return true;
  const last = tokens[to - 1];
  if (to - i > SHORT_TAIL || !last || last.word || !CLAUSE_END.has(last.text)) return false;
  return NO_INVERSION.has(cue) || PREPOSITIONS.has(next.lower);
}

const SHORT_TAIL = 6;
/** Words that open a new sentence of narration, never an attribution (`However, one dealer told ...`). */
const CONNECTORS = new Set(['however', 'but', 'and', 'meanwhile', 'also', 'yet', 'so', 'still', 'earlier', 'later', 'now', 'then', 'in', 'on', 'at', 'after', 'before', 'since', 'while', 'although']);
