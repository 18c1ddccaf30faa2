// Search answered from a store. The store's full-text index names the articles that may match (a
// superset), and the in-memory engine checks just those, a batch at a time in the archive's order,
// so folding, phrases and ranking stay one implementation. Counting stops at the cap as the
// in-memory engine's does (see capped-count.ts): a batch is asked with what is left of the cap.
import { candidateQuery, type CandidateQuery } from '../search/candidate-query.js';
import { hasCorrectableWords, suggestQuery } from '../search/did-you-mean.js';
import { createSearchIndex } from '../search/index.js';
import { exactPlan } from '../search/exact-query.js';
import { indexedAnswer, runIndexed } from './indexed-answer.js';
import { PageBuilder } from './page-builder.js';
import { planQuery, type QueryPlan } from '../search/query-plan.js';
import { compareResults } from '../search/rank.js';
import { DEFAULT_LIMIT } from '../search/search-task.js';
import type { SearchEngine, SearchOptions, SearchResult, SearchResults, SearchTask } from '../search/search-types.js';
import { keepUnits } from '../search/unit-words.js';
import { Vocabulary } from '../search/vocabulary.js';
import type { ArchiveStore } from './archive-store.js';

/** Articles read and checked at once: each batch builds a page, so fewer, larger batches waste fewer snippets. */
const BATCH = 128;
/** The longest page the index alone answers (the reader asks for 50). */
const INDEXED_LIMIT = 1000;

/** A search engine over a store's articles; positions in the archive's order are the article numbers. */
export function createStoreSearch(store: ArchiveStore): SearchEngine {
  let vocabulary: Vocabulary | null = null;
  // The kept counts: counting the words of a large index takes seconds, and a key must not wait.
  // None kept yet (a first index still running): no "did you mean" until there are.
  const words = () => {
    if (vocabulary) return vocabulary;
    const counts = store.keptWordCounts();
    if (counts === null) return null;
    vocabulary = new Vocabulary();
    for (const [word, count] of counts) vocabulary.addWord(word, count);
    return vocabulary;
  };
  const start = (query: string, options: SearchOptions = {}): SearchTask => new StoreQueryTask(store, query, options, words);
  return { start, search: (query, options) => start(query, options).step(Infinity) };
}

/** One query over a store: candidates, then batches checked until the end or the cap, then "did you mean". */
class StoreQueryTask implements SearchTask {
  private readonly plan: QueryPlan;
  private readonly candidateQuery: CandidateQuery;
  private readonly limit: number;
  private readonly cap: number;
  private phase: 'candidates' | 'check' | 'suggest' | 'done';
  private candidates: Int32Array = new Int32Array(0);
  private next = 0;
  private total = 0;
  private articleCount = 0;
  private capped = false;
  /** Results so far, unsorted; kept to about the page size. */
  private page: SearchResult[] = [];
  private didYouMean: string | null = null;
  private readonly built: PageBuilder;
  /** The page came built from the index (see answerFromIndex). */
  private fromIndex = false;

  constructor(
    private readonly store: ArchiveStore,
    readonly query: string,
    private readonly options: SearchOptions,
    private readonly vocabulary: () => Vocabulary | null,
  ) {
    this.plan = planQuery(query);
    this.candidateQuery = candidateQuery(this.plan);
    this.limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
    this.cap = options.cap ?? Infinity;
    this.built = new PageBuilder(store, query, this.limit, options.snippetWidth);
    this.phase = this.plan.empty ? 'done' : 'candidates';
  }

  get done(): boolean {
    return this.phase === 'done';
  }

  step(budgetMs = Infinity): SearchResults {
    const deadline = performance.now() + Math.max(0, budgetMs);
    if (this.phase === 'candidates' && this.answerFromIndex()) {
      const suggest = (this.options.didYouMean ?? true) && this.total === 0 && hasCorrectableWords(this.plan.tokens);
      this.phase = suggest ? 'suggest' : 'done';
    }
    if (this.phase === 'candidates') {
      const found = this.store.candidates(this.candidateQuery);
      const within = this.options.within;
      this.candidates = within ? found.filter((p) => within[p] === 1) : found;
      this.phase = 'check';
    }
    // At least one batch per step, so every step moves on.
    let first = true;
    while (this.phase === 'check' && (first || performance.now() < deadline)) {
      first = false;
      this.checkBatch();
    }
    if (this.phase === 'suggest') {
      this.didYouMean = this.suggestion();
      this.phase = 'done';
    }
    return this.results();
  }

  /** Answers from the index alone when it can say exactly (see indexed-answer.ts): a page, never every match. */
  private answerFromIndex(): boolean {
    // A page as long as every hit (n/N asks for up to 100,000) would read its articles all in one
    // step: the checked way reads them 128 at a time, in slices between keys.
    const needles = this.limit <= INDEXED_LIMIT ? exactPlan(this.plan) : null;
    if (needles === null) return false;
    const { within, snippetWidth } = this.options;
    const steps = indexedAnswer(needles, { query: this.query, kinds: this.plan.scope, limit: this.limit, cap: this.cap, ...(within ? { within } : {}), ...(snippetWidth ? { snippetWidth } : {}) });
    // (A count is asked of the keys here: on the same disk, counting them costs what reading them does.)
    const answer = runIndexed(steps, (request) =>
      request.kind === 'count' ? null : request.kind === 'units' ? this.store.exactUnits(request.query, request.from, request.through, request.limit) : this.store.articlesAt(request.positions),
    );
    if (answer === null) return false;
    this.total = answer.total;
    this.articleCount = answer.articleCount;
    this.capped = answer.capped ?? false;
    this.page = [...answer.results];
    this.fromIndex = true;
    return true;
  }

  private checkBatch(): void {
    const batch = this.candidates.subarray(this.next, this.next + BATCH);
    this.next += batch.length;
    if (batch.length === 0) {
      const suggest = (this.options.didYouMean ?? true) && this.total === 0 && hasCorrectableWords(this.plan.tokens);
      this.phase = suggest ? 'suggest' : 'done';
      return;
    }
    const index = createSearchIndex();
    // Without exclusions only the units the index names can match: the others need no folding.
    const units = this.plan.negatives.length === 0 ? this.store.unitsMatching(this.candidateQuery, batch) : null;
    this.store.articlesAt(batch).forEach((item, k) => {
      const keep = units?.[k];
      const { article, analysis } = keep ? keepUnits(item.article, item.analysis, keep) : item;
      index.addArticles([article], batch[k]!);
      if (analysis) index.addAnalysis(batch[k]!, analysis);
    });
    const answer = index.search(this.query, { ...this.built.options, limit: this.limit, cap: this.cap - this.total, ranksOnly: this.built.ranksOnly });
    this.total += answer.total;
    this.articleCount += answer.articleCount;
    for (const result of answer.results) this.page.push(result); // (a spread of every match could overflow the stack)
    if (this.page.length > 2 * this.limit) this.page = this.sortedPage();
    if (answer.capped) {
      this.capped = true;
      this.phase = 'done';
    }
  }

  /** A corrected query, offered only if it finds something where this one looked. */
  private suggestion(): string | null {
    const vocabulary = this.vocabulary();
    if (vocabulary === null) return null;
    const suggested = suggestQuery(this.query, this.plan.tokens, vocabulary);
    if (suggested === null) return null;
    const check = new StoreQueryTask(this.store, suggested, { ...this.options, limit: 0, cap: 0, didYouMean: false }, this.vocabulary);
    const found = check.step(Infinity);
    return found.total > 0 || found.capped ? suggested : null;
  }

  private sortedPage(): SearchResult[] {
    return this.page.sort(compareResults).slice(0, this.limit);
  }

  private results(): SearchResults {
    this.page = this.sortedPage();
    const results = this.built.ranksOnly && !this.fromIndex ? this.built.page(this.page) : this.page;
    return {
      query: this.query,
      total: this.total,
      articleCount: this.articleCount,
      ...(this.capped ? { capped: true } : {}),
      results,
      didYouMean: this.didYouMean,
      complete: this.phase === 'done',
    };
  }
}
