// Search answered from a store that answers later (a server): the same steps as store-search.ts —
// the store's index names candidate articles (a superset), the in-memory engine checks them a batch
// at a time in the archive's order until the end or the cap, and only the final page is built — with
// a request to the store between steps. A query is given up when its signal aborts (the next
// keystroke): no further request is sent, and the one in flight is cancelled by the store.
import type { Analysis, Article } from '../article.js';
import { candidateQuery, type CandidateQuery } from '../search/candidate-query.js';
import { hasCorrectableWords, suggestQuery } from '../search/did-you-mean.js';
import { createSearchIndex } from '../search/index.js';
import { exactPlan, type ExactQuery } from '../search/exact-query.js';
import { planQuery, type QueryPlan } from '../search/query-plan.js';
import { compareResults } from '../search/rank.js';
import { DEFAULT_LIMIT } from '../search/search-task.js';
import type { SearchOptions, SearchResult, SearchResults } from '../search/search-types.js';
import { keepUnits } from '../search/unit-words.js';
import { Vocabulary } from '../search/vocabulary.js';
import type { ArchiveStore, StoredArticle } from './archive-store.js';
import { indexedAnswer, runIndexedAsync, type IndexReply, type IndexRequest, type UnitCount } from './indexed-answer.js';
import { PageBuilder } from './page-builder.js';

/** What search asks of a store, each answer a promise; `signal` gives a request up (it then rejects with an AbortError). */
export interface AsyncSearchStore {
  /** Positions in the archive's order (ascending) of the articles that may match `query`: a superset; every article when null. */
  candidates(query: CandidateQuery | null, signal?: AbortSignal): Promise<Int32Array>;
  /** For the articles at these positions, the units (numbered as unitWords numbers them) that may match; null when the store cannot say. */
  unitsMatching(query: CandidateQuery, positions: ArrayLike<number>, signal?: AbortSignal): Promise<(readonly number[] | null)[]>;
  /** The articles at these positions of the archive's order, in the order asked. */
  articlesAt(positions: ArrayLike<number>, signal?: AbortSignal): Promise<StoredArticle[]>;
  /** As ArchiveStore.exactUnits: units matching an exact query, by key; null (or absent) when the index cannot answer alone. */
  exactUnits?(query: ExactQuery, from: number, through: number, limit: number, signal?: AbortSignal): Promise<number[] | null>;
  /** How many units match an exact query, counted to `cap + 1` where they are kept (see CountRequest); null when it cannot say. */
  exactCount?(query: ExactQuery, cap: number, signal?: AbortSignal): Promise<UnitCount | null>;
  /** exactUnits answers a one-letter prefix too (see ExactOptions). */
  readonly exactShortPrefixes?: boolean;
  /** Every folded word of four letters or more with how many units hold it: for "did you mean". */
  wordCounts(signal?: AbortSignal): Promise<Map<string, number>>;
}

/** How to answer one query, and when to give it up. */
export interface AsyncSearchOptions extends SearchOptions {
  /** Aborted when the answer is no longer wanted (the next keystroke): the search rejects with an AbortError. */
  readonly signal?: AbortSignal;
}

/** Anything that answers queries later. */
export interface AsyncSearchEngine {
  /** Runs a query: the same answer as the in-memory engine over the same articles. */
  search(query: string, options?: AsyncSearchOptions): Promise<SearchResults>;
}

/** A synchronous store's search methods seen through the asynchronous interface. */
export function asAsyncSearchStore(store: ArchiveStore): AsyncSearchStore {
  return {
    candidates: async (query) => store.candidates(query),
    unitsMatching: async (query, positions) => store.unitsMatching(query, positions),
    articlesAt: async (positions) => store.articlesAt(positions),
    exactUnits: async (query, from, through, limit) => store.exactUnits(query, from, through, limit),
    wordCounts: async () => store.wordCounts(),
  };
}

/** Articles read and checked at once (as store-search.ts). */
const BATCH = 128;

/** A search engine over an asynchronous store; positions in the archive's order are the article numbers. */
export function createAsyncStoreSearch(store: AsyncSearchStore): AsyncSearchEngine {
  let vocabulary: Promise<Vocabulary> | null = null;
  const words = (signal?: AbortSignal) => {
    vocabulary ??= store.wordCounts(signal).then(
      (counts) => {
        const made = new Vocabulary();
        for (const [word, count] of counts) made.addWord(word, count);
        return made;
      },
      (error: unknown) => {
        vocabulary = null; // asked again next time (an aborted first asker must not spoil it)
        throw error;
      },
    );
    return vocabulary;
  };
  const search = (query: string, options: AsyncSearchOptions = {}) => answer(store, query, options, words);
  return { search };
}

async function answer(store: AsyncSearchStore, query: string, options: AsyncSearchOptions, vocabulary: (signal?: AbortSignal) => Promise<Vocabulary>): Promise<SearchResults> {
  const { signal } = options;
  signal?.throwIfAborted();
  const plan = planQuery(query);
  const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
  const cap = options.cap ?? Infinity;
  const built = new PageBuilder(null, query, limit, options.snippetWidth);
  let total = 0;
  let articleCount = 0;
  let capped = false;
  let page: SearchResult[] = [];
  const sorted = () => page.sort(compareResults).slice(0, limit);
  const fromIndex = await answerFromIndex(store, plan, query, limit, cap, options);
  if (fromIndex) {
    total = fromIndex.total;
    articleCount = fromIndex.articleCount;
    capped = fromIndex.capped ?? false;
  } else if (!plan.empty) {
    const asked = candidateQuery(plan);
    const found = await store.candidates(asked, signal);
    const within = options.within;
    const candidates = within ? found.filter((p) => within[p] === 1) : found;
    for (let next = 0; next < candidates.length && !capped; next += BATCH) {
      const batch = candidates.subarray(next, next + BATCH);
      // Without exclusions only the units the index names can match: the others need no folding.
      const [units, items] = await Promise.all([
        plan.negatives.length === 0 ? store.unitsMatching(asked, batch, signal) : null,
        store.articlesAt(batch, signal),
      ]);
      signal?.throwIfAborted();
      const checked = check(query, batch, items, units, { ...built.options, limit, cap: cap - total, ranksOnly: built.ranksOnly });
      total += checked.total;
      articleCount += checked.articleCount;
      for (const result of checked.results) page.push(result); // (a spread of every match could overflow the stack)
      if (page.length > 2 * limit) page = sorted();
      if (checked.capped) capped = true;
    }
  }
  page = sorted();
  let results: SearchResult[] = fromIndex ? [...fromIndex.results] : page;
  if (built.ranksOnly && !fromIndex) {
    const missing = built.missing(page);
    if (missing.length > 0) built.build(page, missing, await store.articlesAt(missing, signal));
    results = built.built(page);
  }
  let didYouMean: string | null = null;
  if (!plan.empty && (options.didYouMean ?? true) && total === 0 && !capped && hasCorrectableWords(plan.tokens)) {
    const suggested = suggestQuery(query, plan.tokens, await vocabulary(signal));
    if (suggested !== null) {
      const found = await answer(store, suggested, { ...options, limit: 0, cap: 0, didYouMean: false }, vocabulary);
      if (found.total > 0 || found.capped) didYouMean = suggested;
    }
  }
  signal?.throwIfAborted();
  return { query, total, articleCount, ...(capped ? { capped: true } : {}), results, didYouMean, complete: true };
}

/** The answer from the index alone when it can say exactly (see indexed-answer.ts); null otherwise. */
async function answerFromIndex(store: AsyncSearchStore, plan: QueryPlan, query: string, limit: number, cap: number, options: AsyncSearchOptions): Promise<SearchResults | null> {
  const needles = Number.isFinite(limit) && store.exactUnits ? exactPlan(plan, { shortPrefixes: store.exactShortPrefixes ?? false }) : null;
  if (needles === null) return null;
  const { within, snippetWidth, signal } = options;
  const steps = indexedAnswer(needles, { query, kinds: plan.scope, limit, cap, ...(within ? { within } : {}), ...(snippetWidth ? { snippetWidth } : {}) });
  const ask = async (request: IndexRequest): Promise<IndexReply> => {
    if (request.kind === 'count') return store.exactCount ? store.exactCount(request.query, request.cap, signal) : null;
    if (request.kind === 'units') return store.exactUnits!(request.query, request.from, request.through, request.limit, signal);
    return store.articlesAt(request.positions, signal);
  };
  return runIndexedAsync(steps, ask);
}

/** One batch checked by the in-memory engine, each article with only the units the index named (when it named them). */
function check(query: string, batch: Int32Array, items: readonly StoredArticle[], units: readonly (readonly number[] | null)[] | null, options: SearchOptions): SearchResults {
  const index = createSearchIndex();
  items.forEach((item, k) => {
    const keep = units?.[k];
    const { article, analysis }: { article: Article; analysis: Analysis | null } = keep ? keepUnits(item.article, item.analysis, keep) : item;
    index.addArticles([article], batch[k]!);
    if (analysis) index.addAnalysis(batch[k]!, analysis);
  });
  return index.search(query, options);
}
