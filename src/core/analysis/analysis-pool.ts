import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analysis, Article } from '../article.js';
import type { StoredRow } from '../store/stored-row.js';
import type { AnalysisReply, AnalysisRequest } from './analysis-messages.js';

/** Called once per article as its analysis (or, when rows were asked for, its stored row) arrives, in any order. */
export type AnalysisListener<Result = Analysis> = (index: number, result: Result | { error: string }) => void;

/** Analyses a corpus in worker threads; the caller can move an article to the front of the queue. */
export interface AnalysisPool {
  /** Queue articles (by their index in the corpus). */
  add(articles: readonly Article[], firstIndex: number): void;
  /** Analyse this article next. */
  prioritize(index: number): void;
  /** Resolves when every queued article has an answer. */
  idle(): Promise<void>;
  /** Articles queued or being analysed. */
  pending(): number;
  /** Stops the workers. */
  close(): Promise<void>;
}

/** How the pool hands out work (defaults suit the BBC corpus on two cores; see bench/analysis-bench.ts). */
export interface PoolOptions {
  /** Most articles sent in one message. */
  readonly batch?: number;
  /** Answer with each article's row for the local store instead of its analysis (see store/stored-row.ts). */
  readonly rows?: boolean;
}

/** A row for the local store, made in a worker in place of the analysis it holds. */
export interface RowResult {
  readonly row: StoredRow;
}

interface Slot {
  readonly worker: Worker;
  /** Indexes this worker is analysing now. */
  readonly jobs: Set<number>;
  dead: boolean;
}

// Large batches cost fewer messages; a worker asks for more before it runs dry, so it never waits on the main thread.
const DEFAULT_BATCH = 16;

/** Starts `size` workers running `workerUrl` (analysis-worker.js); `onResult` hears each article's analysis. */
export function createAnalysisPool(workerUrl: URL, onResult: AnalysisListener, size?: number, options?: PoolOptions & { readonly rows?: false }): AnalysisPool;
export function createAnalysisPool(workerUrl: URL, onResult: AnalysisListener<Analysis | RowResult>, size: number, options: PoolOptions): AnalysisPool;
export function createAnalysisPool(workerUrl: URL, listener: AnalysisListener | AnalysisListener<Analysis | RowResult>, size = availableParallelism(), options: PoolOptions = {}): AnalysisPool {
  // Each listener hears only what it asked for: rows when `options.rows`, analyses otherwise.
  const onResult = listener as AnalysisListener<Analysis | RowResult>;
  const batch = Math.max(1, options.batch ?? DEFAULT_BATCH);
  const queue: number[] = [];
  const articles = new Map<number, Article>();
  const workers: Slot[] = [];
  let waiting: (() => void)[] = [];
  let outstanding = 0;
  let urgent: number | undefined;
  let scheduled = false;

  const pump = (slot: Slot) => {
    if (slot.dead || queue.length === 0) return;
    // Refill when the worker is down to its last article: it never idles while a reply and a request cross.
    if (slot.jobs.size > 1) return;
    // A prioritised article travels alone, so its answer comes back as soon as it is done.
    const take = queue[0] === urgent ? 1 : Math.min(batch, Math.max(1, Math.ceil(queue.length / workers.length)));
    const jobs = queue.splice(0, take).map((index) => ({ index, article: articles.get(index)! }));
    if (jobs[0]?.index === urgent) urgent = undefined;
    for (const job of jobs) slot.jobs.add(job.index);
    slot.worker.postMessage({ jobs, rows: options.rows } satisfies AnalysisRequest);
  };
  // Deferred to the end of the tick, so `add` then `prioritize` sends the prioritised article first.
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      for (const slot of workers) pump(slot);
    });
  };

  const settle = (index: number, result: Analysis | RowResult | { error: string }) => {
    articles.delete(index);
    outstanding--;
    onResult(index, result);
    if (outstanding === 0) {
      const done = waiting;
      waiting = [];
      for (const resolve of done) resolve();
    }
  };

  for (let i = 0; i < Math.max(1, size); i++) {
    const slot: Slot = { worker: new Worker(workerUrl), jobs: new Set(), dead: false };
    slot.worker.unref();
    slot.worker.on('message', (reply: AnalysisReply) => {
      if (!slot.jobs.delete(reply.index)) return;
      settle(reply.index, 'analysis' in reply ? reply.analysis : 'row' in reply ? { row: reply.row } : { error: reply.error });
      pump(slot);
    });
    slot.worker.on('error', (error) => {
      // A crashed worker fails its own jobs; the others carry on with the queue.
      slot.dead = true;
      const lost = [...slot.jobs];
      slot.jobs.clear();
      for (const index of lost) settle(index, { error: error.message });
      if (workers.every((w) => w.dead)) for (const index of queue.splice(0)) settle(index, { error: error.message });
    });
    workers.push(slot);
  }

  return {
    add(batchOfArticles, firstIndex) {
      batchOfArticles.forEach((article, i) => {
        articles.set(firstIndex + i, article);
        queue.push(firstIndex + i);
      });
      outstanding += batchOfArticles.length;
      schedule();
    },
    prioritize(index) {
      const at = queue.indexOf(index);
      if (at < 0) return;
      if (at > 0) queue.unshift(...queue.splice(at, 1));
      urgent = index;
      // A worker with room takes it now; otherwise the next free one does.
      schedule();
    },
    idle() {
      return outstanding === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
    },
    pending() {
      return outstanding;
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
