// Quotations and who said them: spans, then reporting clauses, then coreference, in one ordered pass.
// May import core/text and core/names; never facts/, React or Ink.
// Direct quotations with their speakers: spans, then reporting clauses, then coreference, in one ordered pass.
import { PERSON_TITLES } from '../names/person-titles.js';
import type { Article, Quote } from '../article.js';
import { cueText, leadingAttribution, NO_INVERSION, opensClause, trailingAttribution, verbCueAt, type Attribution, type LeadingAttribution } from './attribution.js';
import { PAST_TENSE } from '../names/gazetteer.js';
import { Discourse } from './discourse.js';
import { findQuoteSpans, hasWords, spanText, type QuoteSpan } from './find-spans.js';
import { lowerCaseWords, NameBook, position, type Referent } from './name-book.js';
import { PERSON_NOUNS } from './speaker-words.js';
import { findNameRuns, isFirstName, type NameRun } from './names.js';
import { KIN_BEFORE, openingOffice, ROLE_HEADS } from './offices.js';
import { isLonePerson, pronounSex } from './pronouns.js';
import { isPartial } from './partial.js';
import { endsSentence, sentenceEnd, sentenceStart } from '../text/sentences.js';
import { subjectAfter, subjectBefore, type SpeakerPhrase } from './speaker-phrase.js';
import { tokenize, type Token } from './speech-tokens.js';

const ENDS_SENTENCE = /[.?!\u2026]$/;
const SUBJECT_WITHIN = 6;

/** A quotation already read in the current paragraph. */
interface Previous {
  readonly after: number;
  readonly full: boolean;
  readonly endedSentence: boolean;
}

/**
 * Every direct quotation in the article, in order, with its speaker. A quotation that runs over
 * paragraphs starts at `start` in `paragraph` and ends at `end` in `paragraphEnd`; its `text` joins the
 * quoted part of each paragraph with a single space (also where the corpus lost a paragraph break and
 * the next paragraph's opening mark stands mid-line). A quotation without a reporting clause of its
 * own carries the last speaker; fragments (`partial`) are attributed only through a reporting verb
 * and never pass their speaker on.
 */
export function extractQuotes(article: Article): Quote[] {
  return new QuoteReader(article.paragraphs).read();
}

class QuoteReader {
  private readonly tokens: readonly Token[][];
  private readonly runs: readonly NameRun[][];
  private readonly spans: readonly QuoteSpan[];
  private readonly book: NameBook;
  private readonly discourse: Discourse;
  private readonly quotes: Quote[] = [];
  /** Who spoke the last whole quotation. */
  private lastQuoted: Referent | null = null;
  /** Narration that opened the current sentence before a fragment interrupted it, and the person it was about. */
  private head: { readonly p: number; readonly a: number; readonly b: number; readonly subject: Referent | null } | null = null;

  constructor(private readonly paragraphs: readonly string[]) {
    this.spans = findQuoteSpans(paragraphs).filter((span) => hasWords(paragraphs, span));
    // Nothing after the last quotation can bear on a speaker: read no further.
    // (A loop, not Math.max(...spans): a spread of 100,000 quotations overflows the stack.)
    const lastParagraph = this.spans.reduce((last, span) => Math.max(last, span.afterParagraph), -1);
    this.tokens = paragraphs.map((text, p) => (p <= lastParagraph ? tokenize(text) : []));
    const lower = lowerCaseWords(this.tokens);
    const isCommon = (word: string) => lower.has(word);
    this.runs = this.tokens.map((tokens) => findNameRuns(tokens, 0, tokens.length, isCommon));
    this.book = new NameBook(this.tokens, this.runs, lower);
    this.discourse = new Discourse(this.book);
  }

  read(): Quote[] {
    if (this.spans.length === 0) return [];
    let p = 0;
    let cursor = 0;
    let previous: Previous | null = null;
    for (let s = 0; p < this.paragraphs.length; ) {
      const span = this.spans[s];
      if (span && span.parts[0]?.paragraph === p) {
        this.narrate(p, cursor, span.open);
        previous = this.quote(span, previous, this.spans[s + 1]);
        s++;
        if (span.afterParagraph !== p) {
          // The quotation ran on: narration resumes after it, in the paragraph where it closed.
          p = span.afterParagraph;
        }
        cursor = span.after;
        continue;
      }
      this.narrate(p, cursor, (this.paragraphs[p] ?? '').length);
      this.head = null;
      p++;
      cursor = 0;
      previous = null;
    }
    return this.quotes;
  }

  /** Reads one quotation: placement, reporting clause, speaker. */
  private quote(span: QuoteSpan, previous: Previous | null, next: QuoteSpan | undefined): Previous {
    const first = span.parts[0];
    const last = span.parts[span.parts.length - 1];
    if (!first || !last) throw new Error('a quotation without parts');
    const text = spanText(this.paragraphs, span);
    const p = first.paragraph;
    const before = this.paragraphs[p] ?? '';
    const floor = previous ? previous.after : 0;
    // A mark glued to a full stop (`carpet."It's`) starts a sentence of its own.
    const start = ENDS_SENTENCE.test(before[span.open - 1] ?? '') ? span.open : sentenceStart(before, floor, span.open);
    const [b0, b1] = range(this.tokens[p] ?? [], start, span.open);
    const beforeTokens = this.tokens[p] ?? [];
    const afterWords = beforeTokens.slice(b0, b1).some((t) => t.word);
    const inSentence = previous !== null && start === floor && !(previous.endedSentence && !afterWords);
    const lead = this.withHeadSubject(leadingAttribution(beforeTokens, b0, b1), p);

    const q = span.afterParagraph;
    const after = this.paragraphs[q] ?? '';
    const ceiling = next && next.parts[0]?.paragraph === q ? next.open : after.length;
    const [a0, a1] = range(this.tokens[q] ?? [], span.after, sentenceEnd(after, span.after, ceiling));
    const endedSentence = ENDS_SENTENCE.test(text);
    const trail = trailingAttribution(this.tokens[q] ?? [], a0, a1, endedSentence);

    let partial = isPartial({ afterWords, lead, previousFull: inSentence ? (previous?.full ?? null) : null, text });
    let chosen: Attribution | null = null;
    if (!partial) {
      if (lead?.join === 'colon' && lead.phrase) chosen = lead;
      else if (trail?.phrase) chosen = trail;
      else if (lead?.phrase && (lead.join === 'comma' || lead.join === 'cue')) chosen = lead;
      // `"Urban" seems to be ...`: a few unattributed words the writer's sentence runs on from are a fragment.
      if (!chosen && isRunOnWords(text, this.tokens[q] ?? [], a0)) partial = true;
    }
    if (partial) chosen = trail?.phrase ? trail : lead?.phrase ? lead : null;
    const at = position(p, span.open);
    let speaker: Referent | null = chosen?.phrase ? this.discourse.resolve(chosen.phrase, at) : null;
    // `"...," Orange said`: after a quotation that closed on a comma the sentence goes on, so a capitalised
    // word the article also writes in lower case is a name here, not a common noun opening a sentence.
    if (!speaker && chosen === trail && chosen?.phrase?.kind === 'name' && chosen.phrase.run.kind === 'single' && !endedSentence) {
      speaker = { name: chosen.phrase.run.name, kind: 'org', gender: null };
    }
    // `Mutu has hit out at the decision, saying: "..."`: a participle whose subject could not be read speaks for the person the sentence is about.
    if (!partial && !chosen && lead?.join === 'colon' && lead.cue?.endsWith('ing') && this.head?.p === p && this.head.subject?.kind === 'person') {
      speaker = this.head.subject;
      chosen = lead;
    }
    // A quotation with no reporting clause: the person the sentence just before was about, else the last speaker.
    if (!partial && !chosen && !speaker) speaker = this.discourse.previousSubject ?? this.discourse.recentSpeaker;
    // `Mellberg spoke of his dislike ... "I've had a quiet word with Olof," he said`: nobody speaks of themselves
    // by name, so a speaker only guessed (no clause, or a pronoun) who is named in the quotation gives way to the last one.
    const other = this.lastQuoted;
    if (!partial && speaker && (!chosen || chosen.phrase?.kind === 'pronoun') && other?.kind === 'person' && speaker.name !== other.name && namedIn(text, speaker) && !namedIn(text, other)) {
      speaker = other;
    }
    // `Collins ran here. "...," he said`: a person a he or she was read as is of that sex from now on.
    const pronoun = chosen?.phrase?.kind === 'pronoun' ? chosen.phrase.word : null;
    if (speaker?.kind === 'person' && !speaker.gender && (pronoun === 'he' || pronoun === 'she')) {
      this.book.learnGender(speaker.name, pronoun === 'he' ? 'm' : 'f');
      speaker = { ...speaker, gender: pronoun === 'he' ? 'm' : 'f' };
    }
    if (!partial && speaker) this.discourse.lastSpeaker = this.lastQuoted = speaker;
    // A fragment sits inside narration: the sentence it stands in goes on about the same person.
    if (!partial) {
      this.discourse.previousSubject = null;
      this.head = null;
    }
    this.quotes.push({
      text,
      speaker: speaker?.name ?? null,
      cue: chosen?.cue ?? null,
      paragraph: p,
      start: first.start,
      end: last.end,
      paragraphEnd: last.paragraph,
      partial,
    });
    return { after: span.after, full: !partial, endedSentence };
  }

  /**
   * `The party said it was a "wasted opportunity", adding: "..."`: a participle with no subject after a
   * fragment takes the subject of the sentence's start.
   */
  private withHeadSubject(lead: LeadingAttribution | null, p: number): LeadingAttribution | null {
    if (!lead?.cue?.endsWith('ing') || lead.join !== 'colon' || lead.phrase || !this.head || this.head.p !== p) return lead;
    const tokens = this.tokens[p] ?? [];
    let end = this.head.a;
    while (end < this.head.b && verbCueAt(tokens, end) === 0) end++;
    const phrase = subjectBefore(tokens, this.head.a, end);
    return phrase ? { ...lead, phrase } : lead;
  }

  /** Reads narration between quotations: names mentioned, and who is reported as speaking. */
  private narrate(p: number, from: number, to: number): void {
    if (to <= from) return;
    const text = this.paragraphs[p] ?? '';
    const tokens = this.tokens[p] ?? [];
    const [t0, t1] = range(tokens, from, to);
    let a = t0;
    for (let k = t0; k < t1; k++) {
      const t = tokens[k];
      if (t && !t.word && endsSentence(text, t.start)) {
        this.sentence(p, tokens, a, k + 1, true);
        a = k + 1;
      }
    }
    if (a < t1) this.sentence(p, tokens, a, t1, false);
  }

  /** One sentence of narration, or the piece of one that runs up to a quotation (`whole` false). */
  private sentence(p: number, tokens: readonly Token[], a: number, b: number, whole: boolean): void {
    let agent: Referent | null = null;
    // `The Tory leader was asked ...`: an office the article gave someone before is that person, as subject.
    const office = openingOffice(tokens, a, b);
    let subject: Referent | null = office ? this.book.holderOf(office, position(p, tokens[a]?.start ?? 0)) : null;
    // `The confident 23-year-old is undaunted`: an age opening the sentence stands for the person just spoken of.
    if (!subject && opensWithAge(tokens, a, b)) subject = this.discourse.personAged();
    if (subject) this.discourse.mention(subject, true);
    const runs = runsWithin(this.runs[p] ?? [], a, b);
    const opening = openingPhraseEnd(tokens, a, b);
    // `Molik grew in confidence. She will now meet ...`: the next sentence opening on he/she may tell a lone name is a person.
    const told = whole && b < tokens.length && /^(?:He|She)$/.test(tokens[b]!.text) ? b + 1 : b;
    runs.forEach((run, k) => {
      // `The 1998 French Open champion wants ...`: names inside an opening office only qualify it.
      if (office && run.to <= office.end) return;
      // `Chelsea chief executive Peter Kenyon`: a name that only qualifies the next one is not mentioned alone.
      if (qualifies(tokens, run, runs[k + 1])) return;
      const at = position(p, tokens[run.from]?.start ?? 0);
      // `The 22-year-old Scot finished fourth`: a word for one person of a nation describes the person just spoken of.
      const described = describesPerson(tokens, run);
      let referent = described ? this.discourse.personSpokenOf() : this.book.resolve(run, at);
      // `introduced by his son Nick`: a lone first name after a word for a relative is someone new, not
      // another Nick the article named in full, unless that one is of a family it names (`his wife Sharon`).
      const kin = run.kind === 'single' && !run.titled && KIN_BEFORE.has(tokens[run.from - 1]?.lower ?? '') && isFirstName(run.name.toLowerCase());
      if (kin && referent?.kind === 'person' && referent.name !== run.name && !this.book.sharesSurname(referent.name)) referent = { name: run.name, kind: 'person', gender: null };
      if (!referent) return;
      if (referent.kind === 'org' && k === 0 && isLonePerson(tokens, run, opening, told, runs[1])) {
        this.book.learnLonePerson(run.name, pronounSex(tokens, opening, told) as 'm' | 'f');
        referent = this.book.resolve(run, at) ?? referent;
      }
      // The first person named near the sentence start, or right after an opening phrase and its comma.
      // `And last week Only Fools and Horses star David Jason criticised ...`: a full name right before its verb, however late.
      const early = run.from - a <= SUBJECT_WITHIN || tokens[run.from - 1]?.text === ',' || (run.kind === 'person' && run.words.length >= 2 && beforeVerb(tokens, run.to) && !cueBetween(tokens, a, run.from));
      // `After winning the Triple Crown last season, Wood tips ...`: names in an opening phrase are not its subject.
      const isSubject = subject === null && referent.kind === 'person' && early && !run.possessive && !run.governed && run.from >= opening && !attributive(tokens, run);
      if (isSubject) subject = referent;
      else if (referent.kind === 'person' && !run.possessive && !agent && byAgent(tokens, run.from, a) && !attributive(tokens, run)) agent = referent;
      this.discourse.mention(referent, isSubject);
    });
    // `The report was welcomed by ... David Willetts.`: with no subject named, the agent is who the sentence is about.
    subject ??= agent;
    // `But for Allen Weiner, a research director ..., the future is ...`: the person an opening `for` names is the topic.
    if (!subject) subject = this.forTopic(p, tokens, a, runs);
    // `X said ..., but Y rejected his comments.`: a clause after `but` with a subject of its own moves the topic to Y.
    const later = laterSubject(tokens, runs, a, b, (run) => this.book.resolve(run, position(p, tokens[run.from]?.start ?? 0)));
    // A sentence a fragment interrupted (`Henry described it as "beautiful". He said: ...`) keeps the subject of its start.
    if (this.head?.p === p && this.head.subject) subject = this.head.subject;

    const speech = this.speech(p, tokens, a, b);
    if (speech) this.discourse.lastSpeaker = speech;
    const topic = later ?? (speech && speech.kind !== 'org' ? speech : subject);
    this.learnGender(subject ?? speech, tokens, a, b);
    if (whole) {
      // In indirect speech the sentence is about its speaker, not about whoever the report names first;
      // a sentence opening with `He`/`She` goes on about the same person, whatever it names later (`She
      // will also run in the Grand Prix`), and one opening with `His`/`Her` does when it names nobody else.
      // (`But he then missed ...`, `Without further ado, he slotted ...`: a conjunction or an opening phrase before the pronoun changes nothing.)
      const first = CONJUNCTIONS.has(tokens[a]?.lower ?? '') && /^(?:he|she)$/.test(tokens[a + 1]?.lower ?? '') ? tokens[a + 1]?.lower : (subject ? null : pronounAfterOpening(tokens, a, b)) ?? tokens[a]?.lower;
      const word = first === 'he' || first === 'his' ? 'he' : first === 'she' || first === 'her' ? 'she' : null;
      const pronoun = word ? this.discourse.resolve({ kind: 'pronoun', word }, 0) : null;
      this.discourse.previousSubject = first === 'he' || first === 'she' ? (pronoun ?? topic) : (topic ?? pronoun);
      this.discourse.endSentence();
      this.head = null;
    } else if (!this.head) {
      this.head = { p, a, b, subject: topic };
    }
  }

  /** `For Jo Bell, ...` (after `But` or `And` too): the person named, when a comma follows the name. */
  private forTopic(p: number, tokens: readonly Token[], a: number, runs: readonly NameRun[]): Referent | null {
    const at = CONJUNCTIONS.has(tokens[a]?.lower ?? '') ? a + 1 : a;
    const run = runs.find((r) => r.from === at + 1);
    if (tokens[at]?.lower !== 'for' || !run || run.possessive || tokens[run.to]?.text !== ',') return null;
    const referent = this.book.resolve(run, position(p, tokens[run.from]?.start ?? 0));
    return referent?.kind === 'person' ? referent : null;
  }

  /** The subject of the first reporting verb in `tokens[a..b)` (indirect speech), resolved. */
  private speech(p: number, tokens: readonly Token[], a: number, b: number): Referent | null {
    // `If Mr Blair did not want to ..., they could explain why, Lord Holme said.`: a closing clause names who reports the whole sentence.
    const closing = closingAttribution(tokens, a, b);
    if (closing) return this.discourse.resolve(closing, position(p, tokens[a]?.start ?? 0));
    let inRelative = false;
    for (let i = a; i < b; i++) {
      const t = tokens[i];
      if (!t) break;
      if (!t.word) {
        if (t.text === ',') inRelative = false;
        continue;
      }
      if (t.lower === 'who' || t.lower === 'which') inRelative = true;
      if (inRelative) continue;
      const length = verbCueAt(tokens, i);
      if (length === 0) continue;
      const cue = cueText(tokens, i, length);
      const opens = opensClause(tokens, a, i);
      let phrase = cue === 'according to' || (opens && cue !== 'told' && cue !== 'tells') ? subjectAfter(tokens, i + length, b) : subjectBefore(tokens, a, i);
      // `The forces behind radio are elated, says Curry.`: after a comma the verb may come before its subject.
      if (!phrase && tokens[i - 1]?.text === ',' && cue !== 'told' && cue !== 'tells') phrase = subjectAfter(tokens, i + length, b);
      // `Some new batteries promise to last longer, said Mr Trainor`: a name reported later in the sentence
      // speaks over a description that is only the subject of an earlier verb.
      if (phrase?.kind === 'description') phrase = invertedName(tokens, i + length, b) ?? phrase;
      // `Mr Kennedy, whose party calls it "deeply flawed", said ...`: the subject came before the fragment.
      if (!phrase && opens && this.head && this.head.p === p) phrase = subjectBefore(tokens, this.head.a, this.head.b);
      return phrase ? this.discourse.resolve(phrase, position(p, t.start)) : null;
    }
    return null;
  }

  /** `Penny Little ... said she`: a sentence about one person using only one sex of pronoun tells that person's sex. */
  private learnGender(referent: Referent | null, tokens: readonly Token[], a: number, b: number): void {
    if (!referent || referent.kind !== 'person' || referent.gender) return;
    const sex = pronounSex(tokens, a, b);
    if (sex) this.book.learnGender(referent.name, sex);
  }
}

/** The first `, said Name` in `tokens[from..to)` whose name fills the clause up to a mark, else null. */
function invertedName(tokens: readonly Token[], from: number, to: number): SpeakerPhrase | null {
  for (let i = from + 1; i < to; i++) {
    if (tokens[i - 1]?.text !== ',') continue;
    const length = verbCueAt(tokens, i);
    if (length === 0 || NO_INVERSION.has(cueText(tokens, i, length))) continue;
    const phrase = subjectAfter(tokens, i + length, to);
    if (phrase?.kind === 'name' && phrase.run.kind === 'person' && !tokens[i + length + phrase.run.to]?.word) return phrase;
  }
  return null;
}

/**
 * `The Brazilian confirmed`, `The 22-year-old Scot finished`, `the Moroccan, who`: a word for one person of a
 * nation after `the`, followed by a verb or a mark (not `The Greek pair`, `a European car maker`).
 */
function describesPerson(tokens: readonly Token[], run: NameRun): boolean {
  if (run.kind !== 'single' || run.titled || !PERSON_NOUNS.has(run.name.toLowerCase())) return false;
  let k = run.from - 1;
  if (tokens[run.from]?.lower === 'the') k = run.from;
  else if (/-year-old$/.test(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower !== 'the') return false;
  const next = tokens[run.to];
  if (!next || !next.word) return true;
  return next.text === next.lower && (PAST_TENSE.has(next.lower) || /[a-z]{2}ed$/.test(next.lower) || VERB_WORDS.has(next.lower) || verbCueAt(tokens, run.to) > 0);
}

/** Words that open a phrase before a sentence's subject (`After winning ..., X said`). */
const PHRASE_OPENERS = new Set(['after', 'before', 'despite', 'having', 'following', 'since', 'although', 'though', 'while', 'whilst', 'when', 'unlike', 'like', 'as', 'if', 'until']);

/** Index just past the comma closing an opening phrase at `a` (`After winning the cup last season,`), else `a`. */
function openingPhraseEnd(tokens: readonly Token[], a: number, b: number): number {
  if (!PHRASE_OPENERS.has(tokens[a]?.lower ?? '')) return a;
  for (let k = a + 1; k < Math.min(b, a + 25); k++) if (tokens[k]?.text === ',') return k + 1;
  return a;
}

/** True when only an office in lower case (`chief executive`, `physio`) stands between a name and the next. */
function qualifies(tokens: readonly Token[], run: NameRun, next: NameRun | undefined): boolean {
  if (!next || next.from - run.to > 3 || next.from === run.to) return false;
  for (let k = run.to; k < next.from; k++) {
    const t = tokens[k];
    // `David Moyes will discipline striker James Beattie`: a verb between makes the first name a subject.
    if (!t || !t.word || t.text !== t.lower || VERB_WORDS.has(t.lower) || (k < next.from - 1 && /[a-z]{2}ed$/.test(t.lower))) return false;
  }
  // `Leading award contenders Blue Harbour and Northline`: a plural office qualifies the names after it too.
  const office = tokens[next.from - 1]?.lower ?? '';
  // (`Double Olympic champion Kelly Holmes`: a role such as champion, star or captain too.)
  return PERSON_TITLES.has(office) || OFFICE_ENDING.test(office) || ROLE_HEADS.has(office) || /[a-z]{3}(?:er|or|ist|ian)s$/.test(office);
}

/** A quotation of a few words with no closing punctuation, the writer's sentence going on after it in lower case. */
function isRunOnWords(text: string, tokens: readonly Token[], after: number): boolean {
  if (/[.?!,;:\u2026]$/.test(text) || text.split(/\s+/).length > 4) return false;
  const next = tokens[after]?.text === ',' ? tokens[after + 1] : tokens[after];
  return next !== undefined && next.word && next.text === next.lower && !/^\p{N}/u.test(next.text);
}

/** True when a finite verb in the past tense or an auxiliary stands at `k` (`criticised`, `has`). */
function beforeVerb(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.word && t.text === t.lower && (PAST_TENSE.has(t.lower) || /[a-z]{2}ed$/.test(t.lower) || VERB_WORDS.has(t.lower));
}

/** `..., Lord Holme said.`, `..., said Ms Hale.`: the name and verb after a sentence's last comma, when nothing else follows. */
function closingAttribution(tokens: readonly Token[], a: number, b: number): SpeakerPhrase | null {
  if (b - a < 6 || tokens[b - 1]?.text !== '.') return null;
  let comma = b - 2;
  while (comma > a && tokens[comma]?.word) comma--;
  if (comma <= a + 2 || tokens[comma]?.text !== ',' || b - comma > 7) return null;
  const trail = trailingAttribution(tokens, comma + 1, b, false);
  if (trail?.phrase?.kind !== 'name' || trail.cue?.endsWith('ing')) return null;
  // Only the name and the verb: `Lord Holme said.` or `said Lord Holme.`
  const first = verbCueAt(tokens, comma + 1) > 0;
  const last = verbCueAt(tokens, b - 2) > 0;
  return first || last ? trail.phrase : null;
}

/** True when a reporting verb stands in `tokens[a..b)` (`X said Tony Blair had ...`: what follows is reported). */
function cueBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (verbCueAt(tokens, k) > 0) return true;
  return false;
}

/** True when a quotation names this person by first name or surname (a word of three letters or more). */
function namedIn(text: string, referent: Referent): boolean {
  if (referent.kind !== 'person') return false;
  for (const word of referent.name.split(' ')) {
    if (word.length < 3) continue;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + word.length] ?? ' ';
      if (!/[\p{L}']/u.test(before) && !/\p{L}/u.test(after)) return true;
    }
  }
  return false;
}

/** `an Alan Shearer strike`, `the Tony Blair era`: a name after an article and before a noun only describes the noun. */
function attributive(tokens: readonly Token[], run: NameRun): boolean {
  const before = tokens[run.from - 1]?.lower;
  const next = tokens[run.to];
  if ((before !== 'a' && before !== 'an' && before !== 'the') || !next?.word || next.text !== next.lower) return false;
  return !VERB_WORDS.has(next.lower) && !PAST_TENSE.has(next.lower) && !/[a-z]{2}ed$/.test(next.lower) && verbCueAt(tokens, run.to) === 0;
}

/** True when `by` stands a few words before the name at `from`, with only words between (`by shadow secretary X`). */
function byAgent(tokens: readonly Token[], from: number, a: number): boolean {
  for (let k = from - 1; k >= Math.max(a, from - 6); k--) {
    const t = tokens[k];
    if (!t || !t.word) return false;
    if (t.lower === 'by') return true;
    // `The claims were put to Dino Ferrante`: the one a passive verb was done to is who the sentence is about.
    if (t.lower === 'to' && k === from - 1 && passiveBefore(tokens, k, a)) return true;
  }
  return false;
}

/** True when a passive verb (`were put`, `was later shown`) ends right before `tokens[k]`. */
function passiveBefore(tokens: readonly Token[], k: number, a: number): boolean {
  const verb = tokens[k - 1];
  if (!verb || k - 1 < a || !verb.word || verb.text !== verb.lower || NOT_PARTICIPLES.has(verb.lower) || verb.lower.endsWith('ing')) return false;
  const before = tokens[k - 2]?.lower ?? '';
  const aux = /^[a-z]{3,}ly$/.test(before) || before === 'also' ? (tokens[k - 3]?.lower ?? '') : before;
  return PASSIVE_AUXILIARIES.has(aux);
}

const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'been', 'being', 'is', 'are']);
/** Words between `was` and `to` that make no passive (`was due to`, `were close to`). */
const NOT_PARTICIPLES = new Set(['due', 'able', 'unable', 'likely', 'unlikely', 'keen', 'about', 'close', 'next', 'similar', 'equal', 'open', 'subject', 'new', 'loyal', 'grateful', 'opposed', 'committed', 'used', 'happy', 'right', 'wrong', 'kind', 'nice', 'good', 'bad']);

/** Auxiliaries and modals: a verb, never part of an office (`will`, `has`). */
const VERB_WORDS = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'did', 'does', 'do']);

/** Endings of words for jobs (`physio`, `analyst`, `spokesman`, `director`). */
const OFFICE_ENDING = /(?:er|or|ist|ian|man|woman|ant|ent|physio|boss|chief|head)$/;

/** `The 23-year-old`, `The confident 23-year-old`: the sentence opens on an age standing for a person. */
function opensWithAge(tokens: readonly Token[], a: number, b: number): boolean {
  if (tokens[a]?.lower !== 'the') return false;
  for (let k = a + 1; k < Math.min(b, a + 4); k++) {
    const t = tokens[k]!;
    if (/^\d{1,3}-year-old$/.test(t.lower)) return tokens[k + 1]?.text === tokens[k + 1]?.lower;
    if (!t.word || t.text !== t.lower) return false;
  }
  return false;
}

/** `Without further ado, he ...`: he or she right after a short opening phrase and its comma, else null. */
function pronounAfterOpening(tokens: readonly Token[], a: number, b: number): string | null {
  for (let k = a + 1; k < Math.min(b, a + 8); k++) {
    const t = tokens[k]!;
    if (t.word) continue;
    if (t.text !== ',') return null;
    const next = tokens[k + 1]?.lower;
    const verb = tokens[k + 2];
    return (next === 'he' || next === 'she') && verb?.word && verb.text === verb.lower ? next : null;
  }
  return null;
}

/** Conjunctions that may open a sentence before its pronoun subject. */
const CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);

/** Conjunctions that open a clause whose subject takes over the sentence's topic. */
const TURNS = new Set(['but', 'while', 'whereas', 'although', 'though']);

/**
 * The person a later clause is about: `but` (or `while`, ...) then, within a few words, a person's
 * name that is no preposition's object and is followed by a lower-case verb; else null.
 */
function laterSubject(tokens: readonly Token[], runs: readonly NameRun[], a: number, b: number, resolve: (run: NameRun) => Referent | null): Referent | null {
  let found: Referent | null = null;
  for (const run of runs) {
    if (run.from <= a + 2 || run.possessive || run.governed) continue;
    let k = run.from - 1;
    while (k > a && k > run.from - 5 && tokens[k]!.word && tokens[k]!.text !== tokens[k]!.lower) k--;
    // Only a possessive body or title words may stand between the conjunction and the name.
    if (!TURNS.has(tokens[k]?.lower ?? '') || tokens[k]!.text !== tokens[k]!.lower) continue;
    const next = tokens[run.to];
    if (!next || !next.word || next.text !== next.lower || run.to >= b) continue;
    const referent = resolve(run);
    if (referent?.kind === 'person') found = referent;
  }
  return found;
}

/** The runs lying within tokens `[a, b)` (runs are in order). */
function runsWithin(runs: readonly NameRun[], a: number, b: number): NameRun[] {
  const within: NameRun[] = [];
  for (let k = lowerBound(runs, a, (run) => run.from); k < runs.length; k++) {
    const run = runs[k] as NameRun;
    if (run.from >= b) break;
    if (run.to <= b) within.push(run);
  }
  return within;
}

/** Indexes of the first token starting at or after `from` and of the first starting at or after `to`. */
function range(tokens: readonly Token[], from: number, to: number): [number, number] {
  const start = (t: Token) => t.start;
  return [lowerBound(tokens, from, start), lowerBound(tokens, to, start)];
}

/** Index of the first item whose key is at least `value` (keys ascend). */
function lowerBound<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
