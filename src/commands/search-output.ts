// What `reader --search` prints, whichever engine answered: grep-like lines (or JSON) on stdout, the
// counts and any "did you mean" on stderr.
import type { Article } from '../core/article.js';
import { escapeJsonForTerminal, sanitizeForTerminal } from '../core/sanitize.js';
import type { SearchResult, SearchResults, Span } from '../core/search/index.js';

/** Where the printed lines go, and how. */
export interface SearchOutput {
  readonly json: boolean;
  readonly color: boolean;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** grep's default colours: file name, line number, separator, match. */
const PAINT = { path: '\x1b[35m', number: '\x1b[32m', separator: '\x1b[36m', hit: '\x1b[1;31m', reset: '\x1b[0m' } as const;

/** Prints an answer (every result, in rank order); returns the exit code: 0 when something matched, else 1. */
export function printSearchAnswer(answer: SearchResults, articleAt: (index: number) => Article | undefined, output: SearchOutput): number {
  if (output.json) output.out(`${escapeJsonForTerminal(JSON.stringify(toJson(answer, articleAt), null, 2))}\n`);
  else for (const result of answer.results) output.out(`${formatLine(result, articleAt(result.article)!, output.color)}\n`);
  output.err(`${summary(answer)}\n`);
  if (answer.total === 0 && answer.didYouMean !== null) output.err(`reader: did you mean: ${sanitizeForTerminal(answer.didYouMean)}\n`);
  return answer.total > 0 ? 0 : 1;
}

/** `N matches in M articles`. */
export function summary(answer: Pick<SearchResults, 'total' | 'articleCount'>): string {
  const n = answer.total;
  const m = answer.articleCount;
  return `${n} ${n === 1 ? 'match' : 'matches'} in ${m} ${m === 1 ? 'article' : 'articles'}`;
}

/** The `--json` shape: every result in rank order, hits as offsets into the unit's own text (a quote adds its speaker and the hits in it). */
export function toJson(answer: SearchResults, articleAt: (index: number) => Article | undefined) {
  return {
    query: answer.query,
    total: answer.total,
    articleCount: answer.articleCount,
    results: answer.results.map((r) => ({
      path: articleAt(r.article)?.path ?? '',
      title: articleAt(r.article)?.title ?? '',
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
