// What the article has said so far: the last speaker and the recent names, for pronouns and bare quotes.
import type { NameBook, Referent } from './name-book.js';
import { FEMALE_HEADS, MALE_HEADS, ORG_HEADS, PERSON_NOUNS } from './speaker-words.js';
import { ROLE_HEADS } from './offices.js';
import type { Gender } from './names.js';
import { FEMALE_NAMES, MALE_NAMES } from '../names/gazetteer.js';
import type { SpeakerPhrase } from './speaker-phrase.js';

interface Mention {
  readonly referent: Referent;
  /** Stood first in its sentence, as its subject. */
  readonly subject: boolean;
  /** The number of the sentence it stood in. */
  readonly sentence: number;
}

/** Heads of descriptions that are documents, not speakers with a name of their own (`the report`). */
const DOCUMENT_HEADS = new Set(['report', 'statement', 'survey', 'study', 'letter', 'document', 'paper', 'opinion', 'ruling', 'judgment', 'judgement']);
/** Heads of descriptions that are events, works or abstract nouns: never a speaker. */
const NOT_SPEAKER_HEADS = new Set(
  'meeting conference summit rally game match answer move decision deal plan idea question issue problem point season week day year time event film book song album show programme bill law treaty constitution budget election vote cup final tournament'.split(' '),
);
/** Words for relatives, which name a person the article introduced with them (`his son Stephen`). */
const KIN = new Set(['son', 'daughter', 'wife', 'husband', 'father', 'mother', 'brother', 'sister', 'partner', 'widow']);
const HISTORY = 40;
const QUIET_SENTENCES = 8;
/** Discourse state while the article is read in order. */
export class Discourse {
  private speaker: Referent | null = null;
  /** Whole sentences of narration since the last speaker spoke or was named. */
  private quiet = 0;
  private sentences = 0;

  /** Who spoke last: a full quotation's speaker or the subject of indirect speech. Fragments never set it. */
  get lastSpeaker(): Referent | null {
    return this.speaker;
  }

  set lastSpeaker(referent: Referent | null) {
    this.speaker = referent;
    this.quiet = 0;
    this.spokeAt = this.sentences;
  }

  /** The sentence the last speaker last spoke in. */
  private spokeAt = -1;

  /**
   * Who an age opening a sentence (`The 23-year-old`) stands for: the person the sentence before was
   * about, else whoever spoke in it, else the first person it named, else the person spoken of.
   */
  personAged(): Referent | null {
    if (this.previousSubject?.kind === 'person') return this.previousSubject;
    if (this.spokeAt >= this.sentences - 1 && this.speaker?.kind === 'person') return this.speaker;
    return this.firstPersonOfLastSentence() ?? this.personSpokenOf();
  }

  /** The last speaker, unless a stretch of narration has gone by without them (a bare quotation is not theirs then). */
  get recentSpeaker(): Referent | null {
    return this.quiet < QUIET_SENTENCES ? this.speaker : null;
  }

  /** Marks the end of a whole sentence of narration. */
  endSentence(): void {
    this.quiet++;
    this.sentences++;
  }
  /** The person the last whole sentence of narration was about, cleared when a quotation follows. */
  previousSubject: Referent | null = null;
  private readonly history: Mention[] = [];

  constructor(private readonly book: NameBook) {}

  /** Notes a person or organisation named in the narration. */
  mention(referent: Referent, subject: boolean): void {
    this.history.push({ referent, subject, sentence: this.sentences });
    if (referent.name === this.speaker?.name) this.quiet = 0;
    if (this.history.length > HISTORY * 2) this.history.splice(0, this.history.length - HISTORY);
  }

  /** The first person the last whole sentence named, whatever their role in it, or null. */
  firstPersonOfLastSentence(): Referent | null {
    let first: Referent | null = null;
    for (let i = this.history.length - 1; i >= 0; i--) {
      const m = this.history[i]!;
      if (m.sentence < this.sentences - 1) break;
      if (m.sentence === this.sentences - 1 && m.referent.kind === 'person') first = m.referent;
    }
    return first;
  }

  /** The latest person a sentence of narration was about, or null. */
  private latestSubject(): Referent | null {
    for (let i = this.history.length - 1; i >= 0; i--) {
      const m = this.history[i]!;
      if (m.subject && m.referent.kind === 'person') return m.referent;
    }
    return null;
  }

  /** The person the last sentence was about, else the last speaker if a person, else null. */
  personSpokenOf(): Referent | null {
    if (this.previousSubject?.kind === 'person') return this.previousSubject;
    return this.lastSpeaker?.kind === 'person' ? this.lastSpeaker : null;
  }

  /** Who a speaker phrase stands for here, or null when it cannot be told. */
  resolve(phrase: SpeakerPhrase, at: number): Referent | null {
    switch (phrase.kind) {
      case 'name': {
        // `The 55-year-old Frenchman told ...`: a word for one person of a nation is the person just spoken of.
        const { run } = phrase;
        const described = run.kind === 'single' && !run.titled && PERSON_NOUNS.has(run.name.toLowerCase()) ? this.personAged() : null;
        return described ?? this.book.resolve(run, at);
      }
      case 'pronoun':
        return phrase.word === 'he' || phrase.word === 'she' ? this.person(phrase.word === 'he' ? 'm' : 'f') : this.organisation();
      case 'description':
        // `telling the meeting`, `the answer was`: an event or an abstract noun is no one who speaks.
        return NOT_SPEAKER_HEADS.has(phrase.head) ? null : this.description(phrase.text, phrase.head, phrase.definite, at);
    }
  }

  /**
   * `he`/`she`: the subject of the sentence just before, if a person of that sex; else the last speaker;
   * else the latest such subject; else the latest such name.
   */
  private person(gender: 'm' | 'f'): Referent | null {
    const told = (r: Referent | null): r is Referent => r !== null && r.kind !== 'org' && (r.gender === null || r.gender === gender);
    // The subject just before wins on what the text told of its sex; anyone further back must not
    // bear a first name of the other sex either (`Karen Brady said ... "...," he said` is not hers).
    const fits = (r: Referent | null): r is Referent => told(r) && (r.gender !== null || firstNameSex(r.name) !== (gender === 'm' ? 'f' : 'm'));
    if (told(this.previousSubject)) return this.previousSubject;
    if (fits(this.lastSpeaker)) return this.lastSpeaker;
    // `... with his wife, Sandra. Asked ..., she said`: someone known to be of that sex, named in the sentence just before, beats older subjects.
    for (let i = this.history.length - 1; i >= 0; i--) {
      const m = this.history[i];
      if (!m || m.sentence < this.sentences - 1) break;
      if (m.referent.kind === 'person' && m.referent.gender === gender) return m.referent;
    }
    for (let i = this.history.length - 1; i >= 0; i--) {
      const m = this.history[i];
      if (m && m.subject && fits(m.referent)) return m.referent;
    }
    for (let i = this.history.length - 1; i >= 0; i--) {
      const m = this.history[i];
      if (m && fits(m.referent)) return m.referent;
    }
    return null;
  }

  /** `it`/`they`: the last speaker if an organisation, else the latest organisation named. */
  private organisation(): Referent | null {
    if (this.lastSpeaker?.kind === 'org') return this.lastSpeaker;
    for (let i = this.history.length - 1; i >= 0; i--) {
      const m = this.history[i];
      if (m && m.referent.kind === 'org') return m.referent;
    }
    return null;
  }

  /** `the official` -> the article's first `a ... official`; `the firm` -> the latest organisation. */
  private description(text: string, head: string, definite: boolean, at: number): Referent {
    const gender: Gender = FEMALE_HEADS.has(head) ? 'f' : MALE_HEADS.has(head) ? 'm' : null;
    if (DOCUMENT_HEADS.has(head)) return { name: text, kind: 'org', gender: null };
    if (ORG_HEADS.has(head)) {
      if (definite && text.split(' ').length === 2) return this.organisation() ?? { name: text, kind: 'org', gender: null };
      return { name: text, kind: 'org', gender: null };
    }
    // Short: four words at most, names inside aside (`the two-time Academy Award winner`).
    const short = definite && text.split(' ').filter((w) => w === w.toLowerCase() && !/[a-z]{3}ly$/.test(w)).length <= 4;
    // `the Tory leader` after `Tory leader Michael Howard`: the person named with that office.
    const words = text.toLowerCase().split(' ');
    const holder = short && ROLE_HEADS.has(head) ? this.book.holderOf({ head, modifiers: words.slice(1, words.indexOf(head)) }, at) : null;
    if (holder) return holder;
    // `his son said` after `Mr Nogar's son Stephen`: a relative named before with that word.
    if (/^(?:his|her) /.test(text) && words.length === 2 && KIN.has(head)) {
      const kin = this.book.holderOf({ head, modifiers: [] }, at);
      if (kin) return kin;
    }
    const described = short ? this.book.describe(head) : null;
    if (described) return { name: described, kind: 'description', gender };
    // `the 23-year-old`, `the 74-year-old comedian`: an age stands for the person just spoken of, else the latest person the narration was about.
    if (short && words.some((w) => /^\d{1,3}-year-old$/.test(w))) {
      const aged = this.personAged() ?? this.latestSubject();
      if (aged && (gender === null || aged.gender === null || aged.gender === gender)) return aged;
    }
    // `the England captain`, `the Warriors chief`, `the American`, `the Salford MP`: an office or a nationality
    // named before by no description of its own is the person just spoken of.
    if (short && (ROLE_HEADS.has(head) || PERSON_NOUNS.has(head) || isPersonWord(head))) {
      const fits = (r: Referent | null): r is Referent => r !== null && r.kind === 'person' && (gender === null || r.gender === null || r.gender === gender);
      if (fits(this.previousSubject)) return this.previousSubject;
      if (fits(this.lastSpeaker)) return this.lastSpeaker;
    }
    return { name: text, kind: 'description', gender };
  }
}

/** Words for a person described, not named: `the Waterford man`, `the 23-year-old`, `the mother-of-nine`. */
const PERSON_WORDS = new Set(['man', 'woman', 'boy', 'girl', 'lad', 'youngster', 'teenager', 'veteran', 'citizen', 'pensioner', 'centenarian', 'grandfather', 'grandmother']);

/** The sex a person's first name is given to alone, if the name lists say so. */
function firstNameSex(name: string): Gender {
  const first = name.split(' ')[0]?.toLowerCase() ?? '';
  if (!name.includes(' ')) return null;
  return MALE_NAMES.has(first) ? 'm' : FEMALE_NAMES.has(first) ? 'f' : null;
}

function isPersonWord(head: string): boolean {
  return PERSON_WORDS.has(head) || /^\d{1,3}-year-old$/.test(head) || /^(?:mother|father|grandmother|grandfather)-of-[a-z]+$/.test(head);
}
