import type { Analysis, Fact, Quote } from '../../../src/core/article.js';
import { createSearchIndex, type SearchIndex, type SearchResult } from '../../../src/core/search/index.js';
import { makeArticle } from '../../helpers/seed.js';

/** An index over made-up articles: each is [title, ...paragraphs]. */
export function indexOf(...articles: (readonly string[])[]): SearchIndex {
  const index = createSearchIndex();
  index.addArticles(articles.map(([title, ...paragraphs]) => makeArticle(paragraphs, title)), 0);
  return index;
}

/** A quote as the extractor gives it (offsets are not used by search). */
export function quote(text: string, speaker: string | null, paragraph = 0): Quote {
  return { text, speaker, cue: speaker ? 'said' : null, paragraph, start: 0, end: text.length, paragraphEnd: paragraph, partial: false };
}

/** A fact as the extractor gives it. */
export function fact(text: string, paragraph = 0): Fact {
  return { kind: 'money', text, value: null, sentence: text, sentenceStart: 0, sentenceEnd: text.length, paragraph, start: 0, end: text.length };
}

/** An analysis with these quotes and facts. */
export function analysis(quotes: Quote[], facts: Fact[] = []): Analysis {
  return { quotes, facts, entities: [] };
}

/** The matched text of each hit of a result, given the unit's text. */
export function hitTexts(text: string, result: SearchResult): string[] {
  return result.hits.map(([s, e]) => text.slice(s, e));
}
