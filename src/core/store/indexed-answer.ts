// A reader's query answered from a word index, for the queries it answers exactly (exact-query.ts).
// The index gives matching units in the archive's order, so counting stops at the cap after cap + 1
// units, and the first page is its rank classes taken best first, each in archive order with a
// LIMIT: whole-word hits before prefix hits, titles and quotes before facts before paragraphs (see
// rank.ts). Only the page's articles are read, to build its snippets. Written as a generator of
// requests, so one algorithm serves a store that answers at once (SQLite) and one that answers later.
import type { ExactNeedle, ExactPlan, ExactQuery, ExactTerm } from '../search/exact-query.js';
import { createSearchIndex } from '../search/index.js';
import type { SearchResult, SearchResults } from '../search/search-types.js';
import { keepUnits } from '../search/unit-words.js';
import type { StoredArticle } from './archive-store.js';

/** A unit's key: its article's position in the archive's order times this, plus its slot (as unitWords numbers units). */
export const UNIT_KEY = 1 << 16;

/** Asks the index for the keys of units matching `query`, ascending, in `[from, through]`, at most `limit`; null when it cannot say exactly. */
export interface UnitsRequest {
  readonly kind: 'units';
  readonly query: ExactQuery;
  readonly from: number;
  readonly through: number;
  readonly limit: number;
}

/**
 * Asks how many units match `query`, counting to `cap + 1` in the archive's order: the units, the
 * articles they are in, and the key of the last one counted. A store that cannot say at once (or
 * would not save anything by it) answers null, and the keys themselves are asked for instead.
 */
export interface CountRequest {
  readonly kind: 'count';
  readonly query: ExactQuery;
  readonly cap: number;
}

/** The answer to a CountRequest. */
export interface UnitCount {
  readonly units: number;
  readonly articles: number;
  /** The key of the last unit counted; null when none matched. */
  readonly lastKey: number | null;
}

/** Asks for the articles at these positions, in the order asked. */
export interface ArticlesRequest {
  readonly kind: 'articles';
  readonly positions: readonly number[];
}

export type IndexRequest = UnitsRequest | CountRequest | ArticlesRequest;

/** What each request is answered with. */
export type IndexReply = readonly number[] | null | readonly StoredArticle[] | UnitCount;

/** What the query asks for, besides its needles. */
export interface IndexedOptions {
  readonly query: string;
  /** Bit set of unit kinds searched. */
  readonly kinds: number;
  readonly limit: number;
  readonly cap: number;
  readonly within?: Uint8Array;
  readonly snippetWidth?: number;
}

/** Unit kinds by rank weight, best first: titles and quotes, then facts, then paragraphs. */
const WEIGHT_GROUPS = [0b0101, 0b1000, 0b0010];

const LAST_KEY = Number.MAX_SAFE_INTEGER;

/** The least share of the archive a search `within` it is answered from the index for. */
const LEAST_SHARE = 0.05;

/** The share of articles a mask allows. */
function share(within: Uint8Array): number {
  let allowed = 0;
  for (let i = 0; i < within.length; i++) allowed += within[i]!;
  return within.length === 0 ? 0 : allowed / within.length;
}

/** The answer (without "did you mean"), or null when the index cannot answer exactly. */
export function* indexedAnswer(plan: ExactPlan, options: IndexedOptions): Generator<IndexRequest, SearchResults | null, IndexReply> {
  const { cap, limit, within } = options;
  const { needles } = plan;
  const speakers = plan.speakers.map((n): ExactTerm => ({ words: n.words, form: n.prefix ? 'prefix' : 'whole', speaker: true }));
  const positionOf = (key: number) => Math.floor(key / UNIT_KEY);

  // Within a small part of the archive most keys the index gives are passed over: there the older
  // way, which reads only that part's candidates (and answers in slices), is quicker.
  if (within && share(within) < LEAST_SHARE) return null;

  /** Up to `count` keys of units matching `query` in [from, through], those `within` allows. */
  function* take(query: ExactQuery, from: number, through: number, count: number): Generator<IndexRequest, number[] | null, IndexReply> {
    const found: number[] = [];
    let chunk = 256;
    while (found.length < count && from <= through) {
      const asked = within ? Math.max((chunk *= 2), count - found.length) : count - found.length;
      const keys = (yield { kind: 'units', query, from, through, limit: asked }) as readonly number[] | null;
      if (keys === null) return null;
      for (const key of keys) if (!within || within[positionOf(key)] === 1) found.push(key);
      if (keys.length < asked) break;
      from = keys[keys.length - 1]! + 1;
    }
    return found.length > count ? found.slice(0, count) : found;
  }

  const every: ExactQuery = { kinds: options.kinds, terms: [...needles.map((n): ExactTerm => ({ words: n.words, form: n.prefix ? 'prefix' : 'whole' })), ...speakers] };
  // A server counts where the units are, rather than send every key of a common word (see CountRequest).
  const counted = within ? null : ((yield { kind: 'count', query: every, cap }) as UnitCount | null);
  const count = counted ?? countOf(yield* take(every, 0, LAST_KEY, cap + 1));
  if (count === null) return null;
  const capped = count.units > cap;
  // Past the cap, articles are taken in order until their matches pass it (see capped-count.ts).
  const through = capped ? (positionOf(count.lastKey!) + 1) * UNIT_KEY - 1 : LAST_KEY;
  const answer = { query: options.query, total: capped ? cap : count.units, articleCount: count.articles, ...(capped ? { capped: true } : {}), didYouMean: null, complete: true };
  if (limit === 0 || count.units === 0) return { ...answer, results: [] };

  const picked = yield* pickPage(needles, speakers, options.kinds, through, limit, take);
  if (picked === null) return null;
  const results = yield* buildPage(picked, options);
  return { ...answer, results };
}

/** The count of keys in order: units, articles (runs of one position), and the last key. */
function countOf(matched: readonly number[] | null): UnitCount | null {
  if (matched === null) return null;
  let articles = 0;
  for (let i = 0, last = -1; i < matched.length; i++) {
    const position = Math.floor(matched[i]! / UNIT_KEY);
    if (position !== last) articles++;
    last = position;
  }
  return { units: matched.length, articles, lastKey: matched.length ? matched[matched.length - 1]! : null };
}

type Take = (query: ExactQuery, from: number, through: number, count: number) => Generator<IndexRequest, number[] | null, IndexReply>;

/** The units a page is ranked among: these keys, and every unit of these articles. */
interface PageUnits {
  readonly keys: number[];
  readonly wholeArticles: Set<number>;
}

/**
 * Units that hold the best `limit`: rank classes best first, each taken in archive order. Units of
 * one article rank among themselves by place, not key, so the last article a class reaches is read
 * whole (cheaper than asking the index for the rest of it: a seek into a long list costs more).
 */
function* pickPage(needles: readonly ExactNeedle[], speakers: readonly ExactTerm[], kinds: number, through: number, limit: number, take: Take): Generator<IndexRequest, PageUnits | null, IndexReply> {
  const prefixes = needles.flatMap((n, i) => (n.prefix ? [i] : []));
  const picked: PageUnits = { keys: [], wholeArticles: new Set() };
  let need = limit;
  for (let whole = prefixes.length; whole >= 0 && need > 0; whole--) {
    const subsets = subsetsOfSize(prefixes, whole);
    for (const group of WEIGHT_GROUPS) {
      if ((group & kinds) === 0 || need <= 0) continue;
      const inClass: number[] = [];
      for (const held of subsets) {
        const query: ExactQuery = { kinds: group & kinds, terms: [...needles.map((n, i) => termOf(n, held.includes(i))), ...speakers] };
        const keys = yield* take(query, 0, through, need);
        if (keys === null) return null;
        inClass.push(...keys);
      }
      if (inClass.length === 0) continue;
      inClass.sort((a, b) => a - b);
      const kept = inClass.slice(0, need);
      need -= kept.length;
      picked.keys.push(...kept);
      picked.wholeArticles.add(Math.floor(kept[kept.length - 1]! / UNIT_KEY));
    }
  }
  return picked;
}

/** How a class asks for needle `n`: held whole, or (for a prefix needle not held whole) only as a prefix. */
function termOf(n: ExactNeedle, heldWhole: boolean): ExactTerm {
  return { words: n.words, form: !n.prefix || heldWhole ? 'whole' : 'prefixOnly' };
}

/** Every subset of `items` with `size` members. */
function subsetsOfSize(items: readonly number[], size: number): number[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...subsetsOfSize(rest, size - 1).map((s) => [first!, ...s]), ...subsetsOfSize(rest, size)];
}

/** The page: the picked units' articles read, each with only those units, and ranked by the in-memory engine. */
function* buildPage(picked: PageUnits, options: IndexedOptions): Generator<IndexRequest, SearchResult[], IndexReply> {
  const slots = new Map<number, number[]>();
  for (const key of picked.keys) {
    const position = Math.floor(key / UNIT_KEY);
    let kept = slots.get(position);
    if (!kept) slots.set(position, (kept = []));
    kept.push(key % UNIT_KEY);
  }
  const positions = [...slots.keys()];
  const items = (yield { kind: 'articles', positions }) as readonly StoredArticle[];
  const index = createSearchIndex();
  items.forEach((item, k) => {
    const whole = picked.wholeArticles.has(positions[k]!);
    const { article, analysis } = whole ? item : keepUnits(item.article, item.analysis, slots.get(positions[k]!)!);
    index.addArticles([article], positions[k]!);
    if (analysis) index.addAnalysis(positions[k]!, analysis);
  });
  const { snippetWidth } = options;
  return [...index.search(options.query, { limit: options.limit, didYouMean: false, ...(snippetWidth ? { snippetWidth } : {}) }).results];
}

/** Runs the generator against a store that answers at once. */
export function runIndexed<T>(steps: Generator<IndexRequest, T, IndexReply>, answer: (request: IndexRequest) => IndexReply): T {
  let next = steps.next(undefined as unknown as IndexReply);
  while (!next.done) next = steps.next(answer(next.value));
  return next.value;
}

/** Runs the generator against a store that answers later. */
export async function runIndexedAsync<T>(steps: Generator<IndexRequest, T, IndexReply>, answer: (request: IndexRequest) => Promise<IndexReply>): Promise<T> {
  let next = steps.next(undefined as unknown as IndexReply);
  while (!next.done) next = steps.next(await answer(next.value));
  return next.value;
}
