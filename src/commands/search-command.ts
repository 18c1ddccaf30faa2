// `reader --search` over articles in memory (read from the files): the in-memory engine.
import type { Analysis } from '../core/article.js';
import type { Corpus } from '../core/load/load-corpus.js';
import type { SearchResults } from '../core/search/search-types.js';
import { createSearchIndex } from '../core/search/index.js';
import { planQuery } from '../core/search/query-plan.js';
import { analyzeCorpus } from './analyze-corpus.js';
import { reportErrors } from './report-errors.js';
import { printSearchAnswer, type SearchOutput } from './search-output.js';

/** What `reader --search` needs. */
export interface SearchCommandOptions extends SearchOutput {
  readonly query: string;
  readonly corpus: Corpus;
}

/** True (and says so) when a query has nothing to look for: a usage error. */
export function nothingToFind(query: string, err: (text: string) => void): boolean {
  if (!planQuery(query).empty) return false;
  err(`reader: --search: nothing to look for in ${JSON.stringify(query)}\n`);
  return true;
}

/** `reader --search QUERY`: one `path:N: snippet` line per match in rank order (or JSON). Returns the exit code. */
export async function runSearchCommand(options: SearchCommandOptions): Promise<number> {
  const { query, corpus } = options;
  if (nothingToFind(query, options.err)) return 2;
  const index = createSearchIndex();
  index.addArticles(corpus.articles, 0);
  // Quotes and facts cost an analysis; only articles that could hold a matching one get it.
  const wanted = index.articlesToAnalyze(query);
  if (wanted.length > 0) {
    const { analyzed, errors } = await analyzeCorpus(wanted.map((i) => corpus.articles[i]!));
    reportErrors(errors, (line) => options.err(`${line}\n`));
    analyzed.forEach((analysis, k) => index.addAnalysis(wanted[k]!, analysis));
  }
  // On the command line every match is counted and printed: no cap.
  const answer = index.search(query, { limit: Infinity });
  return printSearchAnswer(answer, (i) => corpus.articles[i], options);
}


/**
 * Every match of `query` in the archive, in rank order, for `--export --search`. Quotes and facts
 * cost an analysis, so only articles that could hold a matching one are analysed (those `known`,
 * from the store, need none). Returns the answer and every analysis it knows, by article index.
 */
export async function searchArchive(
  query: string,
  corpus: Corpus,
  known: readonly (Analysis | null)[] | undefined,
  err: (text: string) => void,
): Promise<{ answer: SearchResults; analyses: Map<number, Analysis> }> {
  const index = createSearchIndex();
  index.addArticles(corpus.articles, 0);
  const analyses = new Map<number, Analysis>();
  known?.forEach((analysis, i) => analysis && analyses.set(i, analysis));
  const wanted = index.articlesToAnalyze(query).filter((i) => !analyses.has(i));
  if (wanted.length > 0) {
    const { analyzed, errors } = await analyzeCorpus(wanted.map((i) => corpus.articles[i]!));
    reportErrors(errors, (line) => err(`${line}\n`));
    analyzed.forEach(({ quotes, facts, entities }, k) => analyses.set(wanted[k]!, { quotes, facts, entities }));
  }
  for (const [i, analysis] of analyses) index.addAnalysis(i, analysis);
  return { answer: index.search(query, { limit: Infinity }), analyses };
}
