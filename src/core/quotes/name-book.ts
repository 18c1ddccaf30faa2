// The article's own names and descriptions, gathered in one pass, so a short mention finds its fullest form.
import { FEMALE_HEADS, MALE_HEADS, NOT_NAMES, PERSON_NOUNS } from './speaker-words.js';
import { isFirstName, type Gender, type NameRun } from './names.js';
import { officeBefore, ROLE_HEADS, sameOffice, type Office } from './offices.js';
import { isCapitalised, type Token } from './speech-tokens.js';
import { LAST_NAMES } from '../names/gazetteer.js';

/** Who a mention stands for, as the quotes pane shows it. */
export interface Referent {
  /** The fullest form the article gives (`Michael Howard`, `a senior administration official`). */
  readonly name: string;
  readonly kind: 'person' | 'org' | 'description';
  readonly gender: Gender;
}

/** One distinct name and where it is mentioned (ascending). */
interface Entry {
  readonly words: readonly string[];
  readonly name: string;
  readonly at: number[];
}

/** Distinct names keyed by one of their words, so a lookup reads only the names sharing that word. */
class Index {
  private readonly byKey = new Map<string, Map<string, Entry>>();

  add(key: string, words: readonly string[], name: string, at: number): void {
    let names = this.byKey.get(key.toLowerCase());
    if (!names) this.byKey.set(key.toLowerCase(), (names = new Map()));
    const entry = names.get(name);
    if (entry) entry.at.push(at);
    else names.set(name, { words, name, at: [at] });
  }

  /** How many distinct names share this key. */
  count(key: string): number {
    return this.byKey.get(key.toLowerCase())?.size ?? 0;
  }

  get(key: string): Iterable<Entry> {
    // Keys ignore case: `DiCaprio` finds `Leonardo diCaprio`.
    return this.byKey.get(key.toLowerCase())?.values() ?? [];
  }
}

/** Position of an offset in the article, comparable across paragraphs. */
export function position(paragraph: number, offset: number): number {
  return paragraph * 2 ** 30 + offset;
}

const MAX_MODIFIERS = 5;
/** Words before `a`/`an` that make the phrase a predicate (`as a prime minister`), not a new person. */
const PREDICATIVE = new Set(['as', 'is', 'was', 'were', 'be', 'been', 'being', 'become', 'became', 'remain', 'remains', 'remained']);

/** The names and indefinite descriptions of one article. */
export class NameBook {
  private readonly personsByLast = new Index();
  private readonly personsByFirst = new Index();
  private readonly orgsByLast = new Index();
  private readonly genders = new Map<string, Gender>();
  private readonly lonePersons = new Set<string>();
  /** Offices written before names, in article order. */
  private readonly offices: { readonly office: Office; readonly run: NameRun; readonly at: number }[] = [];
  private descriptions: Map<string, string> | null = null;
  /** Two-word names read as people that the article shows to be bodies (`Bayern Munich`). */
  private readonly bodies: ReadonlySet<string>;

  /** Reads every paragraph's name runs once; words and descriptions are gathered when first asked for. */
  constructor(
    private readonly paragraphTokens: readonly (readonly Token[])[],
    paragraphRuns: readonly (readonly NameRun[])[],
    private readonly lowerWords: ReadonlySet<string>,
  ) {
    const alone = new Set<string>();
    for (const runs of paragraphRuns) for (const run of runs) if (run.words.length === 1) alone.add(run.words[0]!);
    this.bodies = bodiesAmong(paragraphRuns, alone);
    paragraphRuns.forEach((runs, p) => {
      const tokens = paragraphTokens[p] ?? [];
      for (const run of runs) {
        const at = position(p, tokens[run.from]?.start ?? 0);
        this.addRun(run, at);
        if (run.kind === 'person' || run.kind === 'single') this.learnSexBefore(tokens, run);
        // `Mr Nogar's son Stephen`: a lone first name after a word for a relative is kept too.
        const named = run.kind === 'person' || (run.kind === 'single' && isFirstName(run.name.toLowerCase()));
        const office = named && !run.possessive ? (officeBefore(tokens, run.from) ?? officeWithin(tokens, run)) : null;
        if (office) this.offices.push({ office, run, at });
      }
    });
  }

  private addRun(run: NameRun, at: number): void {
    const last = run.words[run.words.length - 1] ?? '';
    if (run.gender) this.learnGender(run.name, run.gender);
    if (this.bodies.has(run.name)) {
      // Written alone by its first word, so found by it too.
      this.orgsByLast.add(last, run.words, run.name, at);
      this.orgsByLast.add(run.words[0] ?? last, run.words, run.name, at);
    }
    else if (run.kind === 'person' && run.words.length >= 2) {
      this.personsByLast.add(last, run.words, run.name, at);
      this.personsByFirst.add(run.words[0] ?? '', run.words, run.name, at);
    } else if (run.kind === 'org') this.orgsByLast.add(last, run.words, run.name, at);
  }

  /** Every indefinite description by head: `a senior administration official` under `official`, first one kept. */
  private gatherDescriptions(): Map<string, string> {
    const found = new Map<string, string>();
    for (const tokens of this.paragraphTokens) {
      // Words inside quotation marks are someone's speech, not the writer's description of a speaker (`"... a mayor who ..."`).
      let quoted = false;
      tokens.forEach((token, i) => {
        if (token.text === '"') quoted = !quoted;
        else if (token.text === '\u201C') quoted = true;
        else if (token.text === '\u201D') quoted = false;
        if (quoted || (token.lower !== 'a' && token.lower !== 'an')) return;
        // `as a prime minister`, `he is a striker`: a predicate says what someone is, it introduces no one.
        if (PREDICATIVE.has(tokens[i - 1]?.lower ?? '')) return;
        for (let j = i + 1; j <= i + MAX_MODIFIERS; j++) {
          const t = tokens[j];
          if (!t || !t.word || NOT_NAMES.has(t.lower) || t.lower === 'of') break;
          if (t.text === t.lower && !found.has(t.lower)) {
            const end = withNamedComplement(tokens, j + 1);
            found.set(t.lower, tokens.slice(i, end).map((x) => x.text).join(' ').replace(/^A /, 'a ').replace(/^An /, 'an '));
          }
        }
      });
    }
    return found;
  }

  /** The person, organisation or common noun a capitalised run stands for at `at`, or null (places). */
  resolve(run: NameRun, at: number): Referent | null {
    if (run.kind === 'place' || run.kind === 'thing') return null;
    const last = run.words[run.words.length - 1] ?? '';
    if (run.kind === 'org' || this.bodies.has(run.name)) return { name: fullest(this.orgsByLast.get(last), run.words, at) ?? run.name, kind: 'org', gender: null };
    if (run.words.length >= 2) {
      // `Matchwinner Keane`, `Coffee-loving Curry`: a word that is no first name before a known surname only describes them.
      const withFirstName = (e: Entry) => isFirstName((e.words[0] ?? '').toLowerCase());
      // (A word that is itself a surname, `Lewis Champion`, is a first name here.)
      const first = (run.words[0] ?? '').toLowerCase();
      const described = run.words.length === 2 && !run.titled && !isFirstName(first) && !LAST_NAMES.has(first) ? pick([...this.personsByLast.get(last)].filter(withFirstName), at) : undefined;
      const name = described?.name ?? fullest(this.personsByLast.get(last), run.words, at) ?? run.name;
      return { name, kind: 'person', gender: this.genderOf(name) ?? run.gender };
    }
    if (run.surnameOnly) {
      const named = pick(this.personsByLast.get(last), at);
      return named ? { name: named.name, kind: 'person', gender: this.genderOf(named.name) } : null;
    }
    const person = pick(this.personsByLast.get(last), at) ?? (run.titled && !run.firstNameTitle ? undefined : pick(this.personsByFirst.get(last), at));
    if (person) return { name: person.name, kind: 'person', gender: run.gender ?? this.genderOf(person.name) };
    if (run.titled) return { name: run.name, kind: 'person', gender: run.gender ?? this.genderOf(run.name) };
    const org = pick(this.orgsByLast.get(last), at);
    if (org) return { name: org.name, kind: 'org', gender: null };
    // A capitalised word also written in lower case is a common noun at a sentence start (`Critics`).
    if (this.lowerWords.has(last.toLowerCase())) return null;
    // A lone first name is a person (`Michelle, a mother of twins,`), and so is a lone name the text
    // spoke of as he or she (`Safin said he`); any other lone name a body (`Lufthansa`).
    if (isFirstName(last.toLowerCase()) || this.lonePersons.has(last)) return { name: run.name, kind: 'person', gender: this.genderOf(run.name) };
    return { name: run.name, kind: 'org', gender: null };
  }

  /** `the Tory leader` -> the person last named with that office before `at` (`Tory leader Michael Howard`), else null. */
  holderOf(office: Office, at: number): Referent | null {
    for (let k = this.offices.length - 1; k >= 0; k--) {
      const known = this.offices[k]!;
      if (known.at <= at && sameOffice(office, known.office)) return this.resolve(known.run, known.at);
    }
    return null;
  }

  /** `his wife, ex-model Sandra`, `actor Tom Reid`: a word for a woman or a man just before a name tells its sex. */
  private learnSexBefore(tokens: readonly Token[], run: NameRun): void {
    for (let k = run.from - 1; k >= Math.max(0, run.from - 4); k--) {
      const t = tokens[k];
      if (!t || (t.word ? t.text !== t.lower : t.text !== ',')) return;
      // Not `chairman`, `spokesman`: offices keep those forms for women too.
      const office = /.(?:wo)?man$/.test(t.lower) && t.lower !== 'woman';
      const sex = office ? null : FEMALE_HEADS.has(t.lower) ? 'f' : MALE_HEADS.has(t.lower) ? 'm' : null;
      if (sex) {
        this.learnGender(run.name, sex);
        return;
      }
    }
  }

  /** Records that a lone name is a person's (`Safin said he ...`), though the article never gives it in full. */
  learnLonePerson(name: string, gender: 'm' | 'f'): void {
    this.lonePersons.add(name);
    this.learnGender(name, gender);
  }

  /**
   * The sex a title or pronoun gave this person, if any: told by the full name, else by the surname
   * when only one person in the article bears it (`Sharon` and `Ozzy Osbourne` keep their own).
   */
  genderOf(name: string): Gender {
    const last = name.split(' ').pop() ?? '';
    const own = this.genders.get(name);
    if (own) return own;
    return this.personsByLast.count(last) > 1 ? null : (this.genders.get(last) ?? null);
  }

  /** True when another person in the article bears this person's surname (a family: `Sharon` and `Ozzy Osbourne`). */
  sharesSurname(name: string): boolean {
    return this.personsByLast.count(name.split(' ').pop() ?? '') > 1;
  }

  /** Records the sex a title, a word or a pronoun showed for a person (`Penny Little ... said she`). */
  learnGender(name: string, gender: 'm' | 'f'): void {
    const last = name.split(' ').pop() ?? '';
    if (name !== last && !this.genders.has(name)) this.genders.set(name, gender);
    if (!this.genders.has(last)) this.genders.set(last, gender);
  }

  /** The first indefinite description with this head (`official` -> `a senior administration official`). */
  describe(head: string): string | null {
    this.descriptions ??= this.gatherDescriptions();
    return this.descriptions.get(head) ?? null;
  }
}

/**
 * `Bayern Munich` then `Bayern`: a two-word name whose first word is no first name, written alone
 * while its last word never is, is a body; a person is written alone by surname.
 */
function bodiesAmong(paragraphRuns: readonly (readonly NameRun[])[], alone: ReadonlySet<string>): Set<string> {
  const bodies = new Set<string>();
  for (const runs of paragraphRuns) {
    for (const run of runs) {
      const [first, last] = run.words;
      if (run.kind !== 'person' || run.words.length !== 2 || run.titled || !first || !last) continue;
      if (alone.has(first) && !alone.has(last) && !isFirstName(first.toLowerCase())) bodies.add(run.name);
    }
  }
  return bodies;
}

/** `Home Secretary Charles Clarke`: the capitalised office a run opens on, so `the home secretary` finds the person. */
function officeWithin(tokens: readonly Token[], run: NameRun): Office | null {
  if (run.kind !== 'person') return null;
  // (At a sentence start the office may have been left out of the name as an opening word: `Home Secretary X`.)
  let start = run.from;
  while (start < run.to && tokens[start]?.text !== run.words[0]) start++;
  const words: string[] = [];
  for (let k = run.from; k < start; k++) if (tokens[k]?.word && tokens[k]?.lower !== 'the') words.push(tokens[k]!.lower);
  const head = words.pop();
  return head && words.length <= 3 && ROLE_HEADS.has(head) ? { head, modifiers: words } : null;
}

/** `a spokesman` + ` for the British Phonographic Industry`: index just past a named complement, else `i`. */
function withNamedComplement(tokens: readonly Token[], i: number): number {
  const preposition = tokens[i];
  if (!preposition || !['for', 'of', 'at', 'from', 'with'].includes(preposition.text)) return i;
  let j = i + 1;
  if (tokens[j]?.lower === 'the') j++;
  let end = j;
  while (tokens[end]?.word && isCapitalised(tokens[end]?.text ?? '')) end++;
  return end > j ? end : i;
}

/** The longest name ending with these words; among equals, the one mentioned last before `at`. */
function fullest(entries: Iterable<Entry> | undefined, words: readonly string[], at: number): string | null {
  let best: Entry | undefined;
  let bestAt = -1;
  for (const e of preferNamed([...(entries ?? [])].filter((e) => e.words.length >= words.length && words.every((w, k) => e.words[e.words.length - words.length + k]?.toLowerCase() === w.toLowerCase())))) {
    const seen = lastAtOrBefore(e.at, at);
    if (!best || e.words.length > best.words.length || (e.words.length === best.words.length && seen > bestAt)) {
      best = e;
      bestAt = seen;
    }
  }
  return best?.name ?? null;
}

/**
 * `American Davenport` beside `Lindsay Davenport`: a nationality before a surname is no first name
 * when the article names the person with one (but `German Gref`, with no other, is his name).
 */
function preferNamed(entries: readonly Entry[]): readonly Entry[] {
  const named = entries.filter((e) => !nationalityFirst(e));
  return named.length < entries.length && named.some((e) => isFirstName((e.words[0] ?? '').toLowerCase())) ? named : entries;
}

function nationalityFirst(e: Entry): boolean {
  return e.words.length === 2 && PERSON_NOUNS.has(e.words[0]!.toLowerCase());
}

/** The name mentioned last before `at`, else the first one mentioned after it (`Lindsay Davenport` over `American Davenport`). */
function pick(entries: Iterable<Entry> | undefined, at: number): Entry | undefined {
  let before: Entry | undefined;
  let beforeAt = -1;
  let after: Entry | undefined;
  for (const e of preferNamed([...(entries ?? [])])) {
    const seen = lastAtOrBefore(e.at, at);
    if (seen >= 0) {
      if (seen > beforeAt) [before, beforeAt] = [e, seen];
    } else if (!after || (e.at[0] ?? 0) < (after.at[0] ?? 0)) after = e;
  }
  return before ?? after;
}

/** The last position in ascending `positions` that is <= `at`, or -1 (binary search). */
function lastAtOrBefore(positions: readonly number[], at: number): number {
  let lo = 0;
  let hi = positions.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const value = positions[mid] ?? 0;
    if (value <= at) {
      found = value;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The words an article writes in lower case somewhere (`critics`, `again`). */
export function lowerCaseWords(paragraphTokens: readonly (readonly Token[])[]): Set<string> {
  const words = new Set<string>();
  for (const tokens of paragraphTokens) for (const t of tokens) if (t.word && t.text === t.lower) words.add(t.lower);
  return words;
}
