// One query from start to answer: the scan, then (only when nothing matched) the vocabulary and a
// check that the corrected query finds something. Every phase runs in slices.
import { buildResult, unitPlace, type UnitSources } from './build-result.js';
import { capMatches, type CappedAnswer } from './capped-count.js';
import { hasCorrectableWords, suggestQuery } from './did-you-mean.js';
import { planQuery, type QueryPlan } from './query-plan.js';
import { ScanTask, type Candidates } from './scan-task.js';
import type { SearchResult, SearchResults, SearchTask } from './search-types.js';
import { DEFAULT_SNIPPET_WIDTH } from './snippet.js';
import type { UnitStore } from './unit-store.js';
import type { Vocabulary } from './vocabulary.js';

/** Default page size. */
export const DEFAULT_LIMIT = 50;

/** What a task needs from its index. */
export interface TaskContext {
  readonly store: UnitStore;
  readonly sources: UnitSources;
  readonly vocabulary: Vocabulary;
  /** The articles a plan may match in (the section searched, less those holding an excluded word); null for all. */
  readonly allowed: (plan: QueryPlan) => Uint8Array | null;
}

const NOTHING: Candidates = { list: new Int32Array(0), rangeStart: 0 };

/** A SearchTask over a scan. */
export class QueryTask implements SearchTask {
  private phase: 'scan' | 'vocabulary' | 'verify' | 'done' = 'scan';
  private verifier: ScanTask | null = null;
  private suggestion: string | null = null;
  private didYouMean: string | null = null;
  private readonly built = new Map<number, SearchResult>();
  private readonly snippetWidth: number;
  /** Once the scan is done: the answer under the cap (null when the matches stay within it). */
  private capped: CappedAnswer | null | undefined;

  constructor(
    private readonly context: TaskContext,
    /** The query as typed. */
    readonly query: string,
    /** The compiled query. */
    readonly plan: QueryPlan,
    /** The scan behind it (shared with the index, which reuses its hits for the next keystroke). */
    readonly scan: ScanTask,
    snippetWidth = DEFAULT_SNIPPET_WIDTH,
    private readonly suggest = true,
    /** Matching units counted at most (see SearchOptions.cap). */
    private readonly cap = Infinity,
    /** Results without hits or snippets (see SearchOptions.ranksOnly). */
    private readonly ranksOnly = false,
  ) {
    this.snippetWidth = snippetWidth;
    if (plan.empty) this.phase = 'done';
  }

  /** True once the answer is final. */
  get done(): boolean {
    return this.phase === 'done';
  }

  step(budgetMs = Infinity): SearchResults {
    const deadline = performance.now() + Math.max(0, budgetMs);
    if (this.phase === 'scan' && this.scan.step(deadline)) {
      this.phase = this.suggest && this.scan.matched.length === 0 && hasCorrectableWords(this.plan.tokens) ? 'vocabulary' : 'done';
    }
    if (this.phase === 'vocabulary' && this.context.vocabulary.update(this.context.store, deadline)) {
      this.suggestion = suggestQuery(this.query, this.plan.tokens, this.context.vocabulary);
      if (this.suggestion === null) this.phase = 'done';
      else {
        // Offered only if it finds something where this query looked (its section, its exclusions).
        const plan = planQuery(this.suggestion);
        this.verifier = new ScanTask(this.context.store, plan, NOTHING, 0, true, this.context.allowed(plan));
        this.phase = 'verify';
      }
    }
    if (this.phase === 'verify' && this.verifier!.step(deadline)) {
      if (this.verifier!.matched.length > 0) this.didYouMean = this.suggestion;
      this.phase = 'done';
    }
    return this.results();
  }

  private results(): SearchResults {
    const { store, sources } = this.context;
    const scanned = this.scan.done;
    if (scanned && this.capped === undefined) this.capped = capMatches(store, this.scan, this.cap, this.scan.top.limit);
    const capped = scanned ? this.capped : null;
    const results = (capped ? capped.page : this.scan.top.sorted()).map(({ unit, score }) => {
      let result = this.built.get(unit);
      if (!result) {
        const built = this.ranksOnly ? { ...unitPlace(store, unit), hits: [], snippet: '', snippetHits: [] } : buildResult(store, sources, this.plan, unit, this.snippetWidth);
        this.built.set(unit, (result = { ...built, rank: score }));
      }
      return result;
    });
    const total = this.scan.matched.length;
    return {
      query: this.query,
      total: capped ? capped.total : Math.min(total, this.cap),
      articleCount: capped ? capped.articleCount : this.scan.articleCount,
      ...(total > this.cap ? { capped: true } : {}),
      results,
      didYouMean: this.didYouMean,
      complete: this.phase === 'done',
    };
  }
}
