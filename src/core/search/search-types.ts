// The search engine's contract with the UI and `--search`. The engine may add fields, never remove them.
import type { Analysis, Article } from '../article.js';

/** What kind of unit matched. */
export type UnitKind = 'title' | 'paragraph' | 'quote' | 'fact';

/** A `[start, end)` range of UTF-16 offsets. */
export type Span = readonly [number, number];

/** One matching unit (a title, a paragraph, a quote or a fact). */
export interface SearchResult {
  /** Index of the article in the corpus (load order). */
  readonly article: number;
  /** Which kind of unit matched. */
  readonly where: UnitKind;
  /** Paragraph index (for a quote: where it starts; for a title: null). */
  readonly paragraph: number | null;
  /** Index of the quote or fact in its article's analysis; null for titles and paragraphs. */
  readonly item: number | null;
  /** Every hit, as offsets into the unit's own text (paragraph, title, quote text or fact text). */
  readonly hits: readonly Span[];
  /** About one line of the unit's text around the first hit. */
  readonly snippet: string;
  /** The hits as offsets into `snippet`. */
  readonly snippetHits: readonly Span[];
  /** For a quote: who said it (null when unknown). */
  readonly speaker?: string | null;
  /** For a quote: hits in `speaker`, as offsets into it. */
  readonly speakerHits?: readonly Span[];
  /** Its rank class, higher first: whole-word and phrase hits, then the kind of unit (see rank.ts). */
  readonly rank?: number;
}

/** The answer to one query. */
export interface SearchResults {
  /** The query as typed. */
  readonly query: string;
  /** Number of matching units (N in "N matches in M articles"): exact, or the cap when `capped`. */
  readonly total: number;
  /** Number of articles with a match (M): exact, or when `capped` those it took, in archive order, to pass the cap. */
  readonly articleCount: number;
  /** More than `SearchOptions.cap` units matched: `total` is the cap, and the page is ranked among the articles counted. */
  readonly capped?: boolean;
  /** The best results in rank order, at most the requested limit. */
  readonly results: readonly SearchResult[];
  /** When nothing matched exactly: the corrected query to offer as "did you mean". */
  readonly didYouMean: string | null;
  /** False while a sliced search (SearchTask) has more to look at: counts and page may still grow. */
  readonly complete?: boolean;
}

/** How to answer a query. */
export interface SearchOptions {
  /** Page size: how many results to rank and build (default 50; Infinity for all). */
  readonly limit?: number;
  /** Snippet length in chars, about one line (default 100). */
  readonly snippetWidth?: number;
  /** Look for a "did you mean" when nothing matches (default true; the first time builds a word list). */
  readonly didYouMean?: boolean;
  /** Only these articles (`within[article] === 1`), as when the list shows one section; every article when absent. */
  readonly within?: Uint8Array;
  /**
   * Count exactly up to this many matching units, then stop counting (the reader shows `10,000+`):
   * articles are taken in archive order until their matches pass the cap, and the page is ranked
   * among them. Every engine follows this rule, so they give the same answer. Default: no cap.
   */
  readonly cap?: number;
  /**
   * Results carry only their place and rank (empty hits and snippet): for an engine that merges
   * pages answered apart and builds the snippets of the final page alone. Default false.
   */
  readonly ranksOnly?: boolean;
}

/**
 * A query answered in slices, so that a keystroke never blocks input on a huge corpus: call
 * `step(budget)` once for a first answer, and again on later ticks while `done` is false.
 * Starting a new query supersedes it (drop the old task).
 */
export interface SearchTask {
  /** The query as typed. */
  readonly query: string;
  /** True once the answer is final. */
  readonly done: boolean;
  /** Works for about `budgetMs` (at least a little), then returns the results so far. */
  step(budgetMs?: number): SearchResults;
}

/** Anything that answers queries: the in-memory index, or a store's index. */
export interface SearchEngine {
  /** Runs a query; `limit` caps `results`, never `total` or `articleCount` (`cap` does). */
  search(query: string, options?: SearchOptions): SearchResults;
  /** Starts a query that runs in slices (see SearchTask); the same answer as `search` once done. */
  start(query: string, options?: SearchOptions): SearchTask;
}

/** A corpus index that grows as articles load and as their analysis arrives. */
export interface SearchIndex extends SearchEngine {
  /** Adds articles (titles and paragraphs) at the given corpus indexes. */
  addArticles(articles: readonly Article[], firstIndex: number): void;
  /** Adds one article's quotes and facts once extracted. */
  addAnalysis(article: number, analysis: Analysis): void;
  /** Articles whose quotes or facts could match the query: those worth analysing before a one-off search. */
  articlesToAnalyze(query: string): number[];
  /** How much is indexed. */
  size(): { readonly articles: number; readonly units: number; readonly foldedChars: number };
}
