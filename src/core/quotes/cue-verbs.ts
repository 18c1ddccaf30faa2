// Reporting verbs that attribute speech, in every inflection, and the multi-word cues news prose uses.

/** Regular reporting verbs by lemma (inflections are generated). British and American spellings. */
const REGULAR = `
acknowledge add admit advise affirm agree allege announce answer apologise apologize argue ask assert
assure boast brag caution charge chide claim comment complain concede conclude confess confide confirm
contend continue counter cry declare demand deny describe disclose dismiss dispute echo emphasise emphasize
enthuse estimate exclaim explain express forecast fret gush hint indicate inform insist instruct interject
joke lament laugh mention moan muse note object observe offer opine plead pledge point predict proclaim
promise pronounce propose protest quip rant reason reassure recall reckon recount reflect reiterate
rejoin remark remember remind repeat reply report respond retort reveal scoff shout shrug sigh
signal snap sneer speculate state stress suggest surmise testify tweet underline urge vow warn whisper
wonder worry yell
`;

/** Irregular reporting verbs: lemma followed by its other forms. */
const IRREGULAR: readonly (readonly string[])[] = [
  ['say', 'says', 'said', 'saying'],
  ['tell', 'tells', 'told', 'telling'],
  ['write', 'writes', 'wrote', 'written', 'writing'],
  ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  ['think', 'thinks', 'thought', 'thinking'],
  ['believe', 'believes', 'believed', 'believing'],
  ['feel', 'feels', 'felt', 'feeling'],
  ['forecast', 'forecasts', 'forecasting'],
  ['put', 'puts'],
  ['go'],
];

/** Verbs whose final consonant doubles (`admitted`, `quipped`). */
const DOUBLING = new Set(['admit', 'quip', 'snap', 'rebut', 'commit', 'chat', 'refer', 'confer', 'omit', 'regret']);

function inflect(lemma: string): string[] {
  if (lemma.endsWith('ee')) return [lemma, `${lemma}s`, `${lemma}d`, `${lemma}ing`];
  if (lemma.endsWith('e')) return [lemma, `${lemma}s`, `${lemma}d`, `${lemma.slice(0, -1)}ing`];
  if (/[^aeiou]y$/.test(lemma)) return [lemma, `${lemma.slice(0, -1)}ies`, `${lemma.slice(0, -1)}ied`, `${lemma}ing`];
  if (DOUBLING.has(lemma)) {
    const last = lemma.slice(-1);
    return [lemma, `${lemma}s`, `${lemma}${last}ed`, `${lemma}${last}ing`];
  }
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`;
  return [lemma, s, `${lemma}ed`, `${lemma}ing`];
}

/** Forms that are too often something else to count as a cue on their own. */
const NOT_CUES = new Set(['go', 'put', 'puts', 'offer', 'offers', 'offered', 'offering', 'charge', 'charges', 'charged', 'charging', 'state', 'states', 'point', 'points', 'continue', 'continues', 'continued', 'continuing', 'object', 'objects', 'counter', 'signal', 'signals', 'echo', 'report', 'reports', 'note', 'notes', 'cry', 'answer', 'reason', 'worry', 'feeling', 'thinking', 'express', 'remember', 'remembered', 'remembering', 'remembers', 'wonder', 'mention', 'speaking', 'writing', 'estimate', 'forecast', 'forecasts', 'forecasting', 'thought', 'felt', 'promising']);

/** Every single-word reporting verb form (`said`, `says`, `adding`, `warned` ...). */
const CUE_WORDS: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  for (const lemma of REGULAR.split(/\s+/).filter(Boolean)) for (const form of inflect(lemma)) words.add(form);
  for (const forms of IRREGULAR) for (const form of forms) words.add(form);
  for (const word of NOT_CUES) words.delete(word);
  return words;
})();

/** Every lemma above: after a possessive (`Mr Howard's comment`) such a form is a noun, not a verb. */
const LEMMAS: ReadonlySet<string> = new Set([...REGULAR.split(/\s+/).filter(Boolean), ...IRREGULAR.map((forms) => forms[0] as string)]);

/** True when `word` is the bare form of a reporting verb (`comment`, `claim`, `say`). */
export function isCueLemma(word: string): boolean {
  return LEMMAS.has(word);
}

/** Two-word cues whose first word is not a cue alone (`went on`, `pointed out`, `according to`). */
const PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['according', new Set(['to'])],
  ['went', new Set(['on'])],
  ['goes', new Set(['on'])],
  ['going', new Set(['on'])],
  ['pointed', new Set(['out'])],
  ['points', new Set(['out'])],
  ['pointing', new Set(['out'])],
  ['put', new Set(['it'])],
  ['puts', new Set(['it'])],
]);

/** Verbs that report speech only when their subject is a person (`the report noted`). */
const WEAK = new Set(['noted', 'notes', 'reported', 'reports', 'stated', 'states', 'continued']);

/**
 * How many words, from `i`, form a reporting cue: 0 when none. Reads the lower-cased words, the
 * pairs above, `quoted as saying` (3) and the weak verbs (`noted`, `reported`, `stated`).
 */
export function cueLength(words: readonly { readonly lower: string }[], i: number): number {
  const word = words[i]?.lower;
  if (word === undefined) return 0;
  const pair = PAIRS.get(word);
  if (pair && pair.has(words[i + 1]?.lower ?? '')) return 2;
  if (CUE_WORDS.has(word)) return 1;
  if (word === 'quoted' && words[i + 1]?.lower === 'as' && words[i + 2]?.lower === 'saying') return 3;
  if (WEAK.has(word)) return 1;
  return 0;
}
