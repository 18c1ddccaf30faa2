// Tokens and sentence starts of a paragraph, computed once and shared by the fact and name finders.
import { sentenceSpans, type Span } from '../text/sentences.js';
import { type Token, tokenize } from './fact-tokens.js';

/** A paragraph's tokens, sentence spans and the token indexes that open sentences. */
export interface ParagraphTokens {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Span[];
  readonly sentenceStarts: ReadonlySet<number>;
}

// Facts and entities read the same paragraphs one after the other: keep the last few.
const cache = new Map<string, ParagraphTokens>();
const CACHE_SIZE = 256;

/** Tokenises a paragraph (memoised for the paragraphs of the article being analysed). */
export function paragraphTokens(paragraph: string): ParagraphTokens {
  const hit = cache.get(paragraph);
  if (hit) return hit;
  const tokens = tokenize(paragraph);
  const sentences = sentenceSpans(paragraph);
  const result = { tokens, sentences, sentenceStarts: firstTokens(tokens, sentences) };
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(paragraph, result);
  return result;
}

function firstTokens(tokens: readonly Token[], sentences: readonly Span[]): Set<number> {
  const firsts = new Set<number>();
  let k = 0;
  for (const { start } of sentences) {
    while (k < tokens.length && tokens[k]!.start < start) k++;
    // Opening quotes and brackets are skipped: the first word is the sentence's start.
    let first = k;
    while (first < tokens.length && tokens[first]!.type === 'mark') first++;
    firsts.add(first);
  }
  return firsts;
}
