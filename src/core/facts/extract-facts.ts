// Facts and entities: figures, dates, and the people, organisations and places an article names.
// May import core/text and core/names; never quotes/, React or Ink.
import type { Article, Fact } from '../article.js';
import { DATE_LEADS, DECADE_WORDS, MONTHS, SEASONS, WEEKDAYS } from '../names/calendar-words.js';
import { CURRENCY_SIGNS, DOLLAR_PREFIXES } from './unit-words.js';
import { qualifierStart } from './qualifiers.js';
import { joinRanges } from './ranges.js';
import type { RawFact } from './raw-fact.js';
import { readDate } from './read-date.js';
import { readFigure } from './read-figure.js';
import { readRate, readShare } from './read-share.js';
import { paragraphTokens } from './paragraph-tokens.js';
import { excerpt, type Span, spanAt } from '../text/sentences.js';
import type { Token } from './fact-tokens.js';

/** Every figure, amount and date in the article. */
export function extractFacts(article: Article): Fact[] {
  const facts: Fact[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    for (const fact of paragraphFacts(paragraph, index)) facts.push(fact);
  });
  return facts;
}

/** The facts of one paragraph, in reading order. */
export function paragraphFacts(paragraph: string, index: number): Fact[] {
  const { tokens, sentences, sentenceStarts } = paragraphTokens(paragraph);
  const raw: RawFact[] = [];
  let floor = 0;
  for (let i = 0; i < tokens.length; ) {
    // `\x1b[0m`: a terminal escape pasted into the text holds codes, not figures.
    if (tokens[i]!.text === '\u001b') {
      i = escapeEnd(tokens, i);
      continue;
    }
    if (!canStartFact(tokens[i]!, tokens[i + 1]) || isCodeDigits(tokens, i)) {
      i++;
      continue;
    }
    const found = readDate(tokens, i) ?? readRate(tokens, i) ?? readShare(tokens, i) ?? readFigure({ tokens, sentenceStarts }, i);
    if (!found) {
      i++;
      continue;
    }
    if ('skip' in found) {
      i = Math.max(i + 1, found.to);
      continue;
    }
    const from = found.kind === 'date' ? found.from : qualifierStart(tokens, found.from, floor);
    raw.push(from === found.from ? found : { ...found, from });
    floor = found.to;
    i = Math.max(i + 1, found.to);
  }
  return joinRanges(tokens, raw).map((fact) => toFact(paragraph, index, tokens, sentences, fact));
}

// Words that can open a fact; every other word is passed over without trying the readers.
const STARTERS = new Set([
  ...'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' '),
  ...'twenty thirty forty fifty sixty seventy eighty ninety dozen a an half yesterday tomorrow tonight early late mid'.split(' '),
  ...MONTHS.keys(), ...WEEKDAYS, ...DATE_LEADS, ...DECADE_WORDS, ...SEASONS, ...Object.keys(DOLLAR_PREFIXES).map((p) => p.toLowerCase()),
]);

function canStartFact(token: Token, next: Token | undefined): boolean {
  if (token.type === 'num') return true;
  if (token.type === 'mark') return CURRENCY_SIGNS[token.text] !== undefined;
  if (token.text.length > 14) return false;
  const lower = token.text.toLowerCase();
  if (!STARTERS.has(lower) && !(lower.length > 2 && (lower.endsWith("'s") || lower.endsWith('’s')) && STARTERS.has(lower.slice(0, -2)))) return false;
  // `a`/`an` only open `a dozen`, `a third of`, `a million`.
  return (lower !== 'a' && lower !== 'an') || next?.type === 'word';
}

/** Index just past a terminal escape sequence opening at `tokens[i]` (ESC, `[` or `]`, numbers and `;`, a final letter). */
function escapeEnd(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  if (tokens[j]?.text !== '[' && tokens[j]?.text !== ']') return j;
  for (j++; j < tokens.length && !tokens[j]!.gap && (tokens[j]!.type === 'num' || tokens[j]!.text === ';' || tokens[j]!.text === '?'); j++);
  return tokens[j]?.type === 'word' && !tokens[j]!.gap ? j + 1 : j;
}

/** `MP3`, `G8`, `A380`: digits run on from letters are part of a name or code (`4x100m` keeps its distance). */
function isCodeDigits(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const before = tokens[i - 1];
  return token.type === 'num' && !token.gap && before?.type === 'word' && before.text !== 'x' && before.text !== 'X';
}

function toFact(paragraph: string, index: number, tokens: readonly Token[], sentences: readonly Span[], raw: RawFact): Fact {
  const start = tokens[raw.from]!.start;
  const end = tokens[raw.to - 1]!.end;
  return {
    kind: raw.kind,
    text: paragraph.slice(start, end),
    value: raw.value,
    ...(raw.unit !== undefined ? { unit: raw.unit } : {}),
    ...(raw.currency !== undefined ? { currency: raw.currency } : {}),
    ...(raw.first !== undefined ? { from: raw.first, to: raw.second } : {}),
    ...sentenceOf(paragraph, spanAt(sentences, start), start, end),
    paragraph: index,
    start,
    end,
  };
}

/** The fact's sentence as an excerpt, with the whole sentence's offsets (a fact never reaches past its end). */
function sentenceOf(paragraph: string, sentence: Span, start: number, end: number): Pick<Fact, 'sentence' | 'sentenceStart' | 'sentenceEnd'> {
  const sentenceEnd = Math.max(sentence.end, Math.min(end, paragraph.length));
  return { sentence: excerpt(paragraph, sentence.start, sentenceEnd, start, end), sentenceStart: sentence.start, sentenceEnd };
}
