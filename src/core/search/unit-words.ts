// The words of folded text as a full-text index is given them: our own word boundaries, made
// explicit with spaces, so an index's tokenizer can only agree with the matcher (apostrophes,
// hyphens, digits, accents and ß are settled by our folding before the index sees the text).
import type { Analysis, Article } from '../article.js';
import { CASELESS, CONT, IDEO, START, classAt } from './char-class.js';
import { foldText } from './fold.js';
import type { SearchResult } from './search-types.js';
import type { Kind } from './unit-store.js';

/**
 * A word an index is given between two words that something other than one space separates (`3-1`,
 * `well-known`, `Blair, Brown`): a phrase then matches in the index only where the matcher finds it,
 * as a phrase's words must follow each other. One letter, so it makes no entry in a prefix index; a
 * query word spelt so is left to the matcher.
 */
export const GAP_MARK = 'q';

/**
 * The lower-case words of folded text: runs of letters and digits, a new one at each upper-case
 * letter (folding marks every word start so), and each ideograph a word by itself. With `marked`,
 * GAP_MARK stands between two words (neither an ideograph) not separated by exactly one space.
 */
export function foldedWords(folded: string, marked = false): string[] {
  const words: string[] = [];
  let from = -1;
  /** Where the last word ended, or -1 (none yet, or it was an ideograph). */
  let lastEnd = -1;
  const open = (at: number) => {
    if (marked && lastEnd >= 0 && !(at === lastEnd + 1 && folded[lastEnd] === ' ')) words.push(GAP_MARK);
    from = at;
  };
  const close = (at: number) => {
    if (from >= 0) {
      words.push(folded.slice(from, at).toLowerCase());
      lastEnd = at;
    }
    from = -1;
  };
  for (let i = 0; i < folded.length; i++) {
    const cls = classAt(folded, i);
    const width = folded.codePointAt(i)! > 0xffff ? 2 : 1;
    if (cls === IDEO) {
      close(i);
      words.push(folded.slice(i, i + width));
      lastEnd = -1;
    } else if (cls === START || cls === CONT || cls === CASELESS) {
      if (cls === START) close(i);
      if (from < 0) open(i);
    } else close(i);
    i += width - 1;
  }
  close(folded.length);
  return words;
}

/** One searchable unit of an article as an index stores it: its kind, its words (gaps marked), and a quote's speaker's words. */
export interface UnitWords {
  readonly kind: Kind;
  readonly words: readonly string[];
  /** A quote's speaker, searched with its text and alone by `speaker:`; empty for other units. */
  readonly speaker: readonly string[];
}

/** The units the in-memory index makes of an article (see index.ts), as words. */
export function unitWords(article: Article, analysis: Analysis | null): UnitWords[] {
  const units: UnitWords[] = [];
  const words = (text: string) => foldedWords(foldText(text), true);
  const none: readonly string[] = [];
  if (article.title.trim() !== '') units.push({ kind: 0, words: words(article.title), speaker: none });
  for (const text of article.paragraphs) units.push({ kind: 1, words: words(text), speaker: none });
  for (const quote of analysis?.quotes ?? []) units.push({ kind: 2, words: words(quote.text), speaker: words(quote.speaker ?? '') });
  for (const fact of analysis?.facts ?? []) units.push({ kind: 3, words: words(fact.text), speaker: none });
  return units;
}

/**
 * The article and analysis with every unit but `keep` (numbered as unitWords numbers them) emptied,
 * so a check folds only the units an index said may match; numbering and places are kept.
 */
export function keepUnits(article: Article, analysis: Analysis | null, keep: readonly number[]): { article: Article; analysis: Analysis | null } {
  const kept = new Set(keep);
  const hasTitle = article.title.trim() !== '';
  let slot = hasTitle ? 1 : 0;
  const paragraphs = article.paragraphs.map((text) => (kept.has(slot++) ? text : ''));
  const title = hasTitle && kept.has(0) ? article.title : '';
  if (!analysis) return { article: { ...article, title, paragraphs }, analysis };
  const quotes = analysis.quotes.map((quote) => (kept.has(slot++) ? quote : { ...quote, text: '', speaker: null }));
  const facts = analysis.facts.map((fact) => (kept.has(slot++) ? fact : { ...fact, text: '' }));
  return { article: { ...article, title, paragraphs }, analysis: { ...analysis, quotes, facts } };
}

/** The number unitWords gives the unit at this place of an article. */
export function unitNumber(article: Article, analysis: Analysis | null, place: Pick<SearchResult, 'where' | 'paragraph' | 'item'>): number {
  const title = article.title.trim() !== '' ? 1 : 0;
  const quotes = analysis?.quotes.length ?? 0;
  switch (place.where) {
    case 'title':
      return 0;
    case 'paragraph':
      return title + place.paragraph!;
    case 'quote':
      return title + article.paragraphs.length + place.item!;
    default:
      return title + article.paragraphs.length + quotes + place.item!;
  }
}
