// Runs of capitalised words in a paragraph (`National Electorate Council`, `Edmundo González`, `U.S.`), each a candidate name.
import { PERSON_TITLES } from '../names/person-titles.js';
import { foldName } from './fold-name.js';
import { FIRST_NAMES, ORGANIZATIONS, PLACES } from '../names/gazetteer.js';
import { NAME_PARTICLES, NAME_TITLES, ORG_FIRST_WORDS, ORG_LAST_WORDS, PLACE_OF_WORDS } from '../names/name-words.js';
import { isCapitalised, type Token } from './fact-tokens.js';
import { webName } from './web-names.js';
import { WORK_NOUNS } from './work-titles.js';

/** One run of name words as written. */
export interface NameRun {
  /** The words, possessive endings removed (`Venezuela’s` -> `Venezuela`); particles and `of` included. */
  readonly words: readonly string[];
  /** Offset of the first word in the paragraph. */
  readonly start: number;
  /** Offset just past the last word. */
  readonly end: number;
  /** The first word opens a sentence or a quotation, so its capital proves nothing. */
  readonly initial: boolean;
  /** The lower-case word before the run (`in`, `said`), or ''. */
  readonly before: string;
  /** The lower-case word after the run, or ''. */
  readonly after: string;
  /** A capitalised word follows that word (`Cardiff back Rhys Williams`). */
  readonly nameAfter?: boolean;
  /** The run fills a pair of quotation marks (`“Redemption Song”`): a title, not a name. */
  readonly quoted: boolean;
}

const MAX_NAME_WORDS = 7;
const OPENING_MARKS = new Set(['“', '"', '‘', "'", '(', '[', ':', '-', '–', '—', ';']);

/** Finds the capitalised runs of one paragraph; `sentenceStarts` holds the token indexes that open sentences. */
export function nameRuns(tokens: readonly Token[], sentenceStarts: ReadonlySet<number>): NameRun[] {
  const runs: NameRun[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // `latinohiphopradio.com`: a web address names a site wherever it stands, in any case.
    const web = tokens[i + 1]?.text === '.' && tokens[i]!.type === 'word' ? webName(tokens, i) : undefined;
    if (web) {
      runs.push({ words: [web.text], start: tokens[i]!.start, end: tokens[web.to - 1]!.end, initial: false, before: wordBefore(tokens, i), after: tokens[web.to]?.type === 'word' ? tokens[web.to]!.text.toLowerCase() : '', quoted: false });
      i = web.to - 1;
      continue;
    }
    if (!isCapitalised(tokens[i]) && !isParticleStart(tokens, i)) continue;
    // `HK$327m`, `3GSM`: letters stuck to money signs or digits are codes, not names.
    if (tokens[i + 1]?.text === '$' && !tokens[i + 1]!.gap) continue;
    if (tokens[i - 1]?.type === 'num' && !tokens[i]!.gap) continue;
    if (isParticleStart(tokens, i) && isCapitalised(tokens[i - 1])) continue;
    const words: string[] = [];
    let j = i;
    let ended = false;
    while (j < tokens.length && !ended) {
      const word = readWord(tokens, j);
      if (!word) break;
      // `Under-21` is a compound with a number, not part of `England`; `A380`, `G8` are codes, not part of `Airbus`.
      if (tokens[word.to]?.text === '-' && !tokens[word.to]!.gap && tokens[word.to + 1]?.type === 'num') break;
      if (tokens[word.to]?.type === 'num' && !tokens[word.to]!.gap) break;
      words.push(word.text);
      j = word.to;
      if (word.possessive) break;
      const next = tokens[j];
      if (!next) break;
      if (next.type === 'word' && next.gap && (isCapitalised(next) || isParticleStart(tokens, j))) continue;
      // `Marion "Suge" Knight`: a nickname in quotes between a first name and a surname is passed over.
      const nickname = nicknameEnd(tokens, j, words);
      if (nickname !== undefined) {
        j = nickname;
        continue;
      }
      const lower = next.type === 'word' ? next.text.toLowerCase() : next.text;
      const after = tokens[j + 1];
      const continues = after !== undefined && after.gap && isCapitalised(after);
      if (NAME_PARTICLES.has(lower) && next.gap && after !== undefined && isCapitalised(after) && (after.gap || after.text.length > 1)) {
        words.push(next.text);
        j++;
        continue;
      }
      const lastWord = words[words.length - 1]!.toLowerCase();
      // `Office for National Statistics`, `Court of Arbitration for Sport`: a body's first word carries the run on.
      const body = ORG_FIRST_WORDS.has(lastWord) || (lower === 'for' && ORG_FIRST_WORDS.has(words[0]!.toLowerCase()) && words[1] === 'of');
      if ((lower === 'of' || lower === 'for') && continues && (body || (lower === 'of' && PLACE_OF_WORDS.has(lastWord)))) {
        words.push(next.text);
        j++;
        continue;
      }
      // `News of the World`, `Top of the Pops`, `Queen of the South`; not `Director General of the ...` or
      // `Director of the ...`, where the name starts after `the` (unless a person's name follows it in the run).
      if (lower === 'of' && tokens[j + 1]?.text === 'the' && isCapitalised(tokens[j + 2]) && tokens[j + 2]!.gap && !(words.length === 1 && sentenceStarts.has(i)) && !(isOffice(words) && !holdsPerson(tokens, j + 2))) {
        words.push(next.text, 'the');
        j += 2;
        continue;
      }
      if ((lower === 'and' || lower === '&') && continues && (lower === '&' || (!words.includes('and') && joinsOrganisation(tokens, words, j + 1)))) {
        words.push(next.text);
        j++;
        continue;
      }
      // `Radio 4`, `PlayStation 3`
      if (next.type === 'num' && /^\d$/.test(next.text) && !/^\p{Lu}+$/u.test(words[words.length - 1]!) && (after === undefined || after.gap || /^[,.;:!?)'’]$/.test(after.text))) {
        words.push(next.text);
        j++;
      }
      ended = true;
    }
    // Longer runs are headlines or title-case text, not names.
    if (words.length === 0 || words.length > MAX_NAME_WORDS) {
      i = Math.max(i, j - 1);
      continue;
    }
    // Particles never end a name.
    while (words.length > 1 && NAME_PARTICLES.has(words[words.length - 1]!)) words.pop();
    const before = tokens[i - 1];
    runs.push({
      words,
      start: tokens[i]!.start,
      end: tokens[j - 1]!.end,
      // `(Llanelli)`: a name that fills a pair of brackets is capitalised as a name, not as an opening.
      initial: sentenceStarts.has(i) || (before?.type === 'mark' && OPENING_MARKS.has(before.text) && !(before.text === '(' && tokens[j]?.text === ')')),
      before: before?.type === 'word' ? before.text.toLowerCase() : workBefore(tokens, i, j),
      after: tokens[j]?.type === 'word' ? tokens[j]!.text.toLowerCase() : '',
      nameAfter: tokens[j]?.type === 'word' && tokens[j + 1]?.gap === true && isCapitalised(tokens[j + 1]),
      quoted: before !== undefined && /^["“‘']$/.test(before.text) && /^["”’']$/.test(tokens[j]?.text ?? ''),
    });
    i = j - 1;
  }
  return runs;
}

/** `Director`, `The Director General`: an office before `of the` (a title that is part of a name, `Queen`, joins it). */
function isOffice(words: readonly string[]): boolean {
  const office = words[0] === 'The' ? words.slice(1) : words;
  if (office.length === 0 || !office.every((w) => PERSON_TITLES.has(w.toLowerCase()))) return false;
  return office.length > 1 || !NAME_TITLES.has(office[0]!.toLowerCase());
}

/**
 * `his third album, The Reckoning, is out`: a work noun before a comma names the title set off after it;
 * not after `of the` (`the director of the film, Jo Bloggs,`) nor before a person's title (`programme, Mr Bloggs,`).
 */
function workBefore(tokens: readonly Token[], i: number, j: number): string {
  const noun = tokens[i - 2];
  if (tokens[i - 1]?.text !== ',' || noun?.type !== 'word' || !WORK_NOUNS.has(noun.text.toLowerCase())) return '';
  if (tokens[i - 3]?.text === 'the' && tokens[i - 4]?.text === 'of') return '';
  if (PERSON_TITLES.has(tokens[i]!.text.toLowerCase().replace(/\.$/, ''))) return '';
  return tokens[j] === undefined || /^[,.;:!?]$/.test(tokens[j]!.text) ? noun.text.toLowerCase() : '';
}

/** The capitalised words from `from` run on into a person's name (`the Exchequer Gordon Brown`). */
function holdsPerson(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < from + MAX_NAME_WORDS && isCapitalised(tokens[k]) && (k === from || tokens[k]!.gap); k++) {
    if (FIRST_NAMES.has(foldName(tokens[k]!.text)) && isCapitalised(tokens[k + 1]) && tokens[k + 1]!.gap) return true;
  }
  return false;
}

/** Index of the surname after a quoted nickname that follows a first name (`Marion "Suge" Knight`), or undefined. */
function nicknameEnd(tokens: readonly Token[], j: number, words: readonly string[]): number | undefined {
  const open = tokens[j]!;
  if ((open.text !== '"' && open.text !== '“') || !open.gap || !FIRST_NAMES.has(foldName(words[words.length - 1]!))) return undefined;
  const nick = tokens[j + 1];
  const close = tokens[j + 2];
  const surname = tokens[j + 3];
  if (!nick || nick.gap || !isCapitalised(nick) || !close || close.gap || !/^["”]$/.test(close.text)) return undefined;
  return surname !== undefined && surname.gap && isCapitalised(surname) ? j + 3 : undefined;
}

function wordBefore(tokens: readonly Token[], i: number): string {
  const before = tokens[i - 1];
  return before?.type === 'word' ? before.text.toLowerCase() : '';
}

/** `al-Jibouri`, `de Villepin`: a lower-case particle joined to a capitalised word. */
function isParticleStart(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token?.type !== 'word' || !NAME_PARTICLES.has(token.text)) return false;
  const dash = tokens[i + 1];
  return dash?.text === '-' && !dash.gap && isCapitalised(tokens[i + 2]) && !tokens[i + 2]!.gap;
}

/** One name word at `j`: a capitalised word, hyphenated parts (`Sven-Goran`, `al-Jibouri`), or initials with dots (`U.S.`, `J.`). */
function readWord(tokens: readonly Token[], j: number): { text: string; to: number; possessive: boolean } | undefined {
  const first = tokens[j];
  if (!first || first.type !== 'word' || (!isCapitalised(first) && !isParticleStart(tokens, j))) return undefined;
  let text = first.text;
  let to = j + 1;
  // Initials: `U.S.`, `J.`, `J-P`
  while (/^\p{Lu}$/u.test(tokens[to - 1]!.text) && tokens[to]?.text === '.' && !tokens[to]!.gap) {
    text += '.';
    to++;
    const next = tokens[to];
    if (next && !next.gap && next.type === 'word' && /^\p{Lu}$/u.test(next.text)) {
      text += next.text;
      to++;
    } else break;
  }
  while (tokens[to]?.text === '-' && !tokens[to]!.gap && tokens[to + 1]?.type === 'word' && !tokens[to + 1]!.gap && isCapitalised(tokens[to + 1])) {
    text += `-${tokens[to + 1]!.text}`;
    to += 2;
  }
  // `MI5`, `BBC1`, `G8`: digits stuck to capitals belong to the name.
  if (tokens[to]?.type === 'num' && !tokens[to]!.gap && /^\p{Lu}+$/u.test(text) && /^\d{1,2}$/.test(tokens[to]!.text)) text += tokens[to++]!.text;
  const possessive = /['’]s$/.test(text);
  return { text: possessive ? text.slice(0, -2) : text, to, possessive };
}

/** Last words that end a whole body's name (`Deutsche Bank`, `G7 Group`); `Securities` and `Research` may go on (`Securities and Exchange Commission`). */
const COMPLETE_ENDS = new Set(
  ('ltd limited plc inc corp corporation company group holdings bank party council commission committee university college association ' +
    'society union federation league club fc authority department ministry agency board trust foundation fund studios pictures films ' +
    'records entertainment airlines airways motors stores times post journal herald telegraph guardian mirror express observer gazette ' +
    'tribune chronicle magazine museum gallery theatre orchestra forum cup').split(' '),
);

/** `and` joins two capitalised runs only inside an organisation (`Department for Education and Skills`, `Qualifications and Curriculum Authority`). */
function joinsOrganisation(tokens: readonly Token[], words: readonly string[], from: number): boolean {
  if (PLACE_OF_WORDS.has(words[0]!.toLowerCase())) return false;
  if (words.some((w) => w === 'of' || w === 'for')) return true;
  // `Intel and Advanced Micro Devices` are two: a listed name before `and` stands alone.
  const soFar = foldName(words.join(' '));
  if (ORGANIZATIONS.has(soFar) || PLACES.has(soFar)) return false;
  // `Anna Kellow and Mary Press` are two people: a first and last name, then another first name.
  if (words.length === 2 && FIRST_NAMES.has(foldName(words[0]!)) && isCapitalised(tokens[from + 1]) && FIRST_NAMES.has(foldName(tokens[from]!.text)) && !ORG_LAST_WORDS.has(words[1]!.toLowerCase())) return false;
  // `G7 Group and World Economic Forum`: a name already ended by a body's word stands alone too.
  if (words.length > 1 && COMPLETE_ENDS.has(words[words.length - 1]!.toLowerCase())) return false;
  let k = from;
  let last = '';
  while (k < tokens.length && tokens[k]!.type === 'word' && isCapitalised(tokens[k]) && (k === from || tokens[k]!.gap)) {
    last = tokens[k]!.text;
    k++;
    if (/['’]s$/.test(last)) break;
  }
  return ORG_LAST_WORDS.has(last.toLowerCase()) && k - from >= 2 && k - from <= 3;
}
