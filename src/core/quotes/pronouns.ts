// Pronouns in narration: the sex they tell, and the lone names they show to be people.
import { PAST_TENSE } from '../names/gazetteer.js';
import { opensClause, verbCueAt } from './attribution.js';
import type { NameRun } from './names.js';
import type { Token } from './speech-tokens.js';

const MALE = new Set(['he', 'him', 'his', 'himself']);
const FEMALE = new Set(['she', 'her', 'hers', 'herself']);

/** The sex of the personal pronouns in `tokens[a..b)` when they are all of one sex, else null. */
export function pronounSex(tokens: readonly Token[], a: number, b: number): 'm' | 'f' | null {
  let male = false;
  let female = false;
  for (let i = a; i < b; i++) {
    const w = tokens[i]?.lower ?? '';
    if (MALE.has(w)) male = true;
    else if (FEMALE.has(w)) female = true;
  }
  return male === female ? null : male ? 'm' : 'f';
}

/**
 * `Safin said he ...`, `Federer admitted he ...`: a lone name opening its sentence, followed by a verb,
 * with he or she standing for it before any other name, is a person the article never named in full.
 */
export function isLonePerson(tokens: readonly Token[], run: NameRun, a: number, b: number, next: NameRun | undefined): boolean {
  const word = tokens[run.from];
  if (run.words.length !== 1 || run.kind !== 'single' || run.possessive || run.governed || word?.text !== run.name || !opensClause(tokens, a, run.from)) return false;
  if (/ing$/.test(run.name)) return false;
  const verb = tokens[run.to];
  if (!verb?.word || verb.text !== verb.lower || !(PAST_TENSE.has(verb.lower) || /[a-z]{2}ed$/.test(verb.lower) || verbCueAt(tokens, run.to) > 0)) return false;
  const end = Math.min(b, next?.from ?? b);
  for (let i = run.to; i < end; i++) {
    const w = tokens[i]?.lower ?? '';
    if (w === 'it' || w === 'its') return false;
    if (MALE.has(w) || FEMALE.has(w)) return pronounSex(tokens, a, b) !== null;
  }
  return false;
}
