// `npx tsx bench/hostile-bench.ts`: how long each megabyte input built to hurt takes in the parser
// (three formats), each extractor, and search (indexing plus queries). Prints figures only; the
// tests in test/core/hostile-extractors.test.ts only check that nothing hangs.
import type { Article, RawDocument } from '../src/core/article.js';
import { extractEntities } from '../src/core/facts/extract-entities.js';
import { extractFacts } from '../src/core/facts/extract-facts.js';
import { parseArticle } from '../src/core/parse/parse-article.js';
import { extractQuotes } from '../src/core/quotes/extract-quotes.js';
import { sanitizeForTerminal } from '../src/core/sanitize.js';
import { createSearchIndex } from '../src/core/search/index.js';
import { HOSTILE_INPUTS } from '../test/helpers/hostile-inputs.js';

/** Queries of every kind: a word, a prefix, a phrase, an exclusion, a speaker, a miss (builds the did-you-mean list). */
export const QUERIES = ['said', 'mini', '"we will"', 'word -bank', 'speaker:minister', 'zzqx'];

const time = (fn: () => unknown) => {
  const started = performance.now();
  fn();
  return performance.now() - started;
};
const ms = (n: number) => n.toFixed(0).padStart(6);

/** Parse and analyse once, best of three (the ratio needs steadier figures than one run). */
function analyse(text: string): number {
  const article = parseArticle({ path: 'x', section: null, format: 'text', text: `Title\n\n${text}` });
  const once = () => time(() => [extractQuotes(article), extractFacts(article), extractEntities(article)]);
  return Math.min(once(), once(), once());
}

const formats: RawDocument['format'][] = ['text', 'markdown', 'html'];
console.log(`${'input'.padEnd(32)} ${['text', 'md', 'html', 'quotes', 'facts', 'names', 'index', 'query', 'screen'].map((h) => h.padStart(6)).join(' ')}  (ms)  full/half`);
let worst = 0;
for (const [name, text] of Object.entries(HOSTILE_INPUTS)) {
  const parse = formats.map((format) => time(() => parseArticle({ path: 'x', section: null, format, text: `Title\n\n${text}` })));
  const article: Article = { path: 'x', title: 'Title', byline: null, section: null, paragraphs: [text], boilerplate: [], words: 0, readingMinutes: 0 };
  const quotes = time(() => extractQuotes(article));
  const facts = time(() => extractFacts(article));
  const names = time(() => extractEntities(article));
  const index = createSearchIndex();
  const indexing = time(() => index.addArticles([article], 0));
  const query = time(() => QUERIES.forEach((q) => index.search(q, { limit: Infinity })));
  const screen = time(() => sanitizeForTerminal(text));
  const all = [...parse, quotes, facts, names, indexing, query, screen];
  worst = Math.max(worst, ...all);
  // Linear work takes about twice as long on the whole input as on its first half; quadratic, four times.
  const ratio = analyse(text) / Math.max(1, analyse(text.slice(0, text.length / 2)));
  console.log(`${name.padEnd(32)} ${all.map(ms).join(' ')}  ${ratio.toFixed(1).padStart(9)}`);
}
console.log(`slowest single step: ${worst.toFixed(0)} ms (${process.version}, one thread)`);
