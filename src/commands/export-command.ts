import type { Analysis, AnalyzedArticle, Quote } from '../core/article.js';
import type { Corpus } from '../core/load/load-corpus.js';
import type { InputPath } from '../core/load/find-files.js';
import { planQuery } from '../core/search/query-plan.js';
import { speakerFilter } from '../core/search/speaker-filter.js';
import { analyzeCorpus } from './analyze-corpus.js';
import { forEachAnalyzedArticle } from './analyzed-archive.js';
import type { ExportFormat } from './cli-flags.js';
import { CSV_HEADER, csvArticleRows } from './export-csv.js';
import { markdownArticle } from './export-markdown.js';
import { reportErrors } from './report-errors.js';
import { writeAll, writeOut } from './write-stdout.js';

/** What `reader --export` needs. */
export interface ExportOptions {
  readonly format: ExportFormat;
  readonly inputs: readonly InputPath[];
  /** The archive's store, when one exists and may be used. */
  readonly storeFile: string | null;
  readonly maxBytes: number | undefined;
  /** `--search`: only the matching articles, and with a `speaker:` term only that speaker's quotes. */
  readonly query: string | undefined;
}

const toStderr = (line: string) => process.stderr.write(`${line}\n`);

/**
 * `reader --export md|csv [--search QUERY]`: the archive as a Markdown digest or one CSV row per
 * quotation, written article by article in the archive's order. Exits 0 when an article loaded
 * (and, with --search, one matched), 1 otherwise, 2 for a query with nothing to look for.
 */
export async function runExportCommand(options: ExportOptions): Promise<number> {
  const { format, query } = options;
  if (query !== undefined && planQuery(query).empty) {
    process.stderr.write(`reader: --search: nothing to look for in ${JSON.stringify(query)}\n`);
    return 2;
  }
  const write = await startExport(format, query);
  if (query === undefined) {
    const { count } = await forEachAnalyzedArticle(options.inputs, options.storeFile, options.maxBytes, write);
    return count > 0 ? 0 : 1;
  }
  const matches = await matchingArticles(options, query);
  for (const article of matches) await write(article);
  return matches.length > 0 ? 0 : 1;
}

/**
 * Writes the CSV header (for CSV) and returns what writes one article: with a `speaker:` term in
 * `query`, only that speaker's quotes.
 */
export async function startExport(format: ExportFormat, query: string | undefined): Promise<(article: AnalyzedArticle) => Promise<void>> {
  const keepSpeaker = query === undefined ? null : speakerFilter(query);
  const keep = keepSpeaker ? (q: Quote) => keepSpeaker(q.speaker) : () => true;
  if (format === 'csv') await writeOut(CSV_HEADER);
  return (article) => writeAll(format === 'csv' ? csvArticleRows(article, keep) : markdownArticle(article, keep));
}

/** The articles matching `query`, with their analyses, in the archive's order (the archive is searched in memory). */
async function matchingArticles(options: ExportOptions, query: string): Promise<AnalyzedArticle[]> {
  const { loadCorpusLazily } = await import('../core/load/load-corpus-lazily.js');
  const { searchArchive } = await import('./search-command.js');
  const { summary } = await import('./search-output.js');
  let corpus: Corpus;
  let known: readonly (Analysis | null)[] | undefined;
  if (options.storeFile !== null) {
    const { readStoredArchive } = await import('./json-from-store.js');
    const stored = await readStoredArchive(options.inputs, options.storeFile, options.maxBytes);
    corpus = { articles: stored.articles, errors: stored.errors };
    known = stored.analyses;
  } else corpus = await loadCorpusLazily(options.inputs, options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes });
  reportErrors(corpus.errors, toStderr);
  if (corpus.articles.length === 0) return [];
  const { answer, analyses } = await searchArchive(query, corpus, known, (text) => process.stderr.write(text));
  process.stderr.write(`${summary(answer)}\n`);
  const matched = [...new Set(answer.results.map((r) => r.article))].sort((a, b) => a - b);
  // Articles that matched by their title or paragraphs alone have not been analysed yet.
  const missing = matched.filter((i) => !analyses.has(i));
  const { analyzed, errors } = await analyzeCorpus(missing.map((i) => corpus.articles[i]!));
  reportErrors(errors, toStderr);
  analyzed.forEach(({ quotes, facts, entities }, k) => analyses.set(missing[k]!, { quotes, facts, entities }));
  return matched.map((i) => ({ ...corpus.articles[i]!, ...analyses.get(i)! }));
}
