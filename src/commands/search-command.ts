import type { Analysis, Article } from '../core/article.js';
import type { Corpus } from '../core/load/load-corpus.js';
import { escapeJsonForTerminal, sanitizeForTerminal } from '../core/sanitize.js';
import { createSearchIndex, type SearchResult, type SearchResults, type Span } from '../core/search/index.js';
import { planQuery } from '../core/search/query-plan.js';
import { analyzeCorpus } from './analyze-corpus.js';
import { reportErrors } from './report-errors.js';

/** What `reader --search` needs. */
export interface SearchCommandOptions {
  readonly query: string;
  readonly corpus: Corpus;
  readonly json: boolean;
  readonly color: boolean;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Analyses already known (read from the store), by article index: those articles need none. */
  readonly analyses?: readonly (Analysis | null)[];
}

/** grep's default colours: file name, line number, separator, match. */
const PAINT = { path: '\x1b[35m', number: '\x1b[32m', separator: '\x1b[36m', hit: '\x1b[1;31m', reset: '\x1b[0m' } as const;

/** `reader --search QUERY`: one `path:N: snippet` line per match in rank order (or JSON). Returns the exit code. */
export async function runSearchCommand(options: SearchCommandOptions): Promise<number> {
  const { query, corpus } = options;
  if (planQuery(query).empty) {
    options.err(`reader: --search: nothing to look for in ${JSON.stringify(query)}\n`);
    return 2;
  }
  const { answer } = await searchArchive(query, corpus, options.analyses, options.err);
  if (options.json) options.out(`${escapeJsonForTerminal(JSON.stringify(toJson(answer, corpus.articles), null, 2))}\n`);
  else for (const result of answer.results) options.out(`${formatLine(result, corpus.articles[result.article]!, options.color)}\n`);
  options.err(`${summary(answer)}\n`);
  if (answer.total === 0 && answer.didYouMean !== null) options.err(`reader: did you mean: ${sanitizeForTerminal(answer.didYouMean)}\n`);
  return answer.total > 0 ? 0 : 1;
}

/**
 * Every match of `query` in the archive, in rank order. Quotes and facts cost an analysis, so only
 * articles that could hold a matching one are analysed (those `known`, from the store, need none).
 * Returns the answer and every analysis it knows, by article index.
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

/** `N matches in M articles`. */
export function summary(answer: Pick<SearchResults, 'total' | 'articleCount'>): string {
  const n = answer.total;
  const m = answer.articleCount;
  return `${n} ${n === 1 ? 'match' : 'matches'} in ${m} ${m === 1 ? 'article' : 'articles'}`;
}

/** The `--json` shape: every result in rank order, hits as offsets into the unit's own text (a quote adds its speaker and the hits in it). */
export function toJson(answer: SearchResults, articles: readonly Article[]) {
  return {
    query: answer.query,
    total: answer.total,
    articleCount: answer.articleCount,
    results: answer.results.map((r) => ({
      path: articles[r.article]?.path ?? '',
      title: articles[r.article]?.title ?? '',
      where: r.where,
      paragraph: r.paragraph,
      snippet: r.snippet,
      hits: r.hits,
      ...(r.where === 'quote' ? { speaker: r.speaker ?? null, speakerHits: r.speakerHits ?? [] } : {}),
    })),
    didYouMean: answer.didYouMean,
  };
}

/** Wraps each hit in colour (offsets stay valid: sanitising keeps the length). */
function paintHits(text: string, hits: readonly Span[], color: boolean): string {
  const safe = sanitizeForTerminal(text);
  if (!color || hits.length === 0) return safe;
  let out = '';
  let at = 0;
  for (const [start, end] of hits) {
    out += safe.slice(at, start) + PAINT.hit + safe.slice(start, end) + PAINT.reset;
    at = end;
  }
  return out + safe.slice(at);
}

/** `path:N: snippet`, N the paragraph as a person counts (0 for the title); quotes and facts say so. */
export function formatLine(result: SearchResult, article: Article, color: boolean): string {
  const n = result.paragraph === null ? 0 : result.paragraph + 1;
  const paint = (code: string, text: string) => (color ? code + text + PAINT.reset : text);
  const sep = paint(PAINT.separator, ':');
  let snippet = paintHits(result.snippet, result.snippetHits, color);
  if (result.where === 'quote') {
    const speaker = result.speaker ? ` (${paintHits(result.speaker, result.speakerHits ?? [], color)})` : '';
    snippet = `quote: \u201C${snippet}\u201D${speaker}`;
  } else if (result.where === 'fact') snippet = `fact: ${snippet}`;
  return `${paint(PAINT.path, sanitizeForTerminal(article.path))}${sep}${paint(PAINT.number, String(n))}${sep} ${snippet}`;
}
