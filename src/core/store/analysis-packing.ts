// How an analysis is kept on disk or on a server: a fact's sentence excerpt is worked out again from
// its paragraph and offsets, not stored (it was a third of the store's bytes).
import type { Analysis } from '../article.js';
import { excerpt } from '../text/sentences.js';

/** The analysis without the facts' sentence excerpts. */
export function packAnalysis(analysis: Analysis): Analysis {
  return { ...analysis, facts: analysis.facts.map((f) => ({ ...f, sentence: '' })) };
}

/** The analysis with its facts' excerpts made again from the article's paragraphs. */
export function unpackAnalysis(analysis: Analysis, paragraphs: readonly string[]): Analysis {
  const facts = analysis.facts.map((f) => ({ ...f, sentence: excerpt(paragraphs[f.paragraph] ?? '', f.sentenceStart, f.sentenceEnd, f.start, f.end) }));
  return { ...analysis, facts };
}
