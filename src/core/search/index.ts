// Search: the query language, folding, and a scan over pre-folded text that reuses the previous hits.
// May import core/article and core/text; never React, Ink or the file system. Why a scan: see the README.
import type { Analysis, Article } from '../article.js';
import type { UnitSources } from './build-result.js';
import { findNeedle } from './needle-match.js';
import { ALL_KINDS, planQuery, refines, type Needle, type QueryPlan } from './query-plan.js';
import { ScanTask } from './scan-task.js';
import { DEFAULT_LIMIT, QueryTask } from './search-task.js';
import type { SearchIndex, SearchOptions, SearchTask } from './search-types.js';
import { KIND_BIT, UnitStore } from './unit-store.js';
import { Vocabulary } from './vocabulary.js';

export type * from './search-types.js';

/** Creates an empty index; feed it with addArticles and addAnalysis. */
export function createSearchIndex(): SearchIndex {
  const store = new UnitStore();
  const articles: (Article | undefined)[] = [];
  const analyses = new Map<number, Analysis>();
  const sources: UnitSources = { articles, analyses };
  /** Article -> [first unit, count] of its title and paragraphs, and of its quotes and facts (each run is contiguous). */
  const baseUnits = new Map<number, readonly [number, number]>();
  const analysisUnits = new Map<number, readonly [number, number]>();
  const vocabulary = new Vocabulary();
  /** The latest query's scan: the next keystroke looks only at its hits when it narrows the query. */
  let last: { plan: QueryPlan; scan: ScanTask; version: number; within: Uint8Array | undefined } | null = null;
  /** Articles holding an excluded word, by needle, for the index as it stood (`-brown` leaves out whole articles). */
  const holding = new Map<string, { version: number; articles: Uint8Array }>();

  const articlesHolding = (needle: Needle): Uint8Array => {
    const key = `${needle.whole ? '"' : ''}${needle.text}`;
    const known = holding.get(key);
    if (known && known.version === store.version) return known.articles;
    const plan: QueryPlan = { positives: [needle], negatives: [], speakers: null, scope: ALL_KINDS, empty: false, tokens: [] };
    const scan = new ScanTask(store, plan, { list: new Int32Array(0), rangeStart: 0 }, 0);
    scan.step(Infinity);
    const articles = new Uint8Array(store.articleLimit());
    for (const unit of scan.matched.view()) articles[store.article[unit]!] = 1;
    holding.set(key, { version: store.version, articles });
    return articles;
  };

  /** The articles a query may match in: those `within` allows, less those holding an excluded word. */
  const articlesFor = (plan: QueryPlan, within: Uint8Array | undefined): Uint8Array | null => {
    if (plan.negatives.length === 0) return within ?? null;
    const allowed = new Uint8Array(store.articleLimit());
    if (within) allowed.set(within.subarray(0, allowed.length));
    else allowed.fill(1);
    for (const needle of plan.negatives) {
      const held = articlesHolding(needle);
      for (let a = 0; a < held.length; a++) if (held[a] === 1) allowed[a] = 0;
    }
    return allowed;
  };

  const start = (query: string, options: SearchOptions = {}): SearchTask => {
    const plan = planQuery(query);
    const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
    const reuse = last !== null && last.version === store.version && last.within === options.within && refines(last.plan, plan);
    const candidates = reuse ? last!.scan.remaining() : { list: new Int32Array(0), rangeStart: 0 };
    const scan = new ScanTask(store, plan, candidates, limit, false, articlesFor(plan, options.within));
    if (!plan.empty) last = { plan, scan, version: store.version, within: options.within };
    const context = { store, sources, vocabulary, allowed: (p: QueryPlan) => articlesFor(p, options.within) };
    return new QueryTask(context, query, plan, scan, options.snippetWidth, options.didYouMean ?? true, options.cap ?? Infinity, options.ranksOnly ?? false);
  };

  return {
    addArticles(batch, firstIndex) {
      batch.forEach((article, i) => {
        const index = firstIndex + i;
        store.kill(...(baseUnits.get(index) ?? [0, 0]));
        articles[index] = article;
        const first = store.count;
        if (article.title.trim() !== '') store.add(index, 0, -1, -1, article.title);
        article.paragraphs.forEach((text, p) => store.add(index, 1, p, -1, text));
        baseUnits.set(index, [first, store.count - first]);
      });
    },
    addAnalysis(article, analysis) {
      store.kill(...(analysisUnits.get(article) ?? [0, 0]));
      analyses.set(article, analysis);
      const first = store.count;
      analysis.quotes.forEach((q, k) => store.add(article, 2, q.paragraph, k, q.text, q.speaker));
      analysis.facts.forEach((f, k) => store.add(article, 3, f.paragraph, k, f.text));
      analysisUnits.set(article, [first, store.count - first]);
    },
    search(query, options) {
      return start(query, options).step(Infinity);
    },
    start,
    articlesToAnalyze(query) {
      const plan = planQuery(query);
      if (plan.empty || (plan.scope & (KIND_BIT[2]! | KIND_BIT[3]!)) === 0) return [];
      // Quote and fact text comes from the paragraphs, and speakers are named in them: an article
      // can only have matching quotes or facts if its title and paragraphs hold every needle.
      const needles = [...plan.positives, ...(plan.speakers ?? [])];
      const wanted: number[] = [];
      for (const [article, [first, count]] of [...baseUnits].sort((a, b) => a[0] - b[0])) {
        const texts = Array.from({ length: count }, (_, k) => store.folded(first + k));
        if (needles.every((needle) => texts.some((text) => findNeedle(text, needle) >= 0))) wanted.push(article);
      }
      return wanted;
    },
    size() {
      let live = 0;
      for (let u = 0; u < store.count; u++) live += store.alive[u]!;
      return { articles: baseUnits.size, units: live, foldedChars: store.foldedChars };
    },
  };
}
