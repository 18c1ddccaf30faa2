import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analysis, Article } from '../article.js';
import type { AnalysisReply, AnalysisRequest } from './analysis-messages.js';

/** Called once per article as its analysis arrives (in any order). */
export type AnalysisListener = (index: number, result: Analysis | { error: string }) => void;

/** Analyses a corpus in worker threads; the caller can move an article to the front of the queue. */
export interface AnalysisPool {
  /** Queue articles (by their index in the corpus). */
  add(articles: readonly Article[], firstIndex: number): void;
  /** Analyse this article next. */
  prioritize(index: number): void;
  /** Resolves when every queued article has an answer. */
  idle(): Promise<void>;
  /** Stops the workers. */
  close(): Promise<void>;
}

interface Slot {
  readonly worker: Worker;
  /** Indexes this worker is analysing now. */
  readonly jobs: Set<number>;
  dead: boolean;
}

/** Articles handed to a worker at once: fewer messages, still quick to reprioritise. */
const BATCH = 4;

export function createAnalysisPool(workerUrl: URL, onResult: AnalysisListener, size = availableParallelism()): AnalysisPool {
  const queue: number[] = [];
  const articles = new Map<number, Article>();
  const workers: Slot[] = [];
  let waiting: (() => void)[] = [];
  let outstanding = 0;

  const pump = (slot: Slot) => {
    if (slot.dead || slot.jobs.size > 0 || queue.length === 0) return;
    const jobs = queue.splice(0, BATCH).map((index) => ({ index, article: articles.get(index)! }));
    for (const job of jobs) slot.jobs.add(job.index);
    slot.worker.postMessage({ jobs } satisfies AnalysisRequest);
  };

  const settle = (index: number, result: Analysis | { error: string }) => {
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
      slot.jobs.delete(reply.index);
      settle(reply.index, 'analysis' in reply ? reply.analysis : { error: reply.error });
      pump(slot);
    });
    slot.worker.on('error', (error) => {
      // A crashed worker fails its own jobs; the others carry on with the queue.
      slot.dead = true;
      for (const index of slot.jobs) settle(index, { error: error.message });
      slot.jobs.clear();
      if (workers.every((w) => w.dead)) for (const index of queue.splice(0)) settle(index, { error: error.message });
    });
    workers.push(slot);
  }

  return {
    add(batch, firstIndex) {
      batch.forEach((article, i) => {
        articles.set(firstIndex + i, article);
        queue.push(firstIndex + i);
      });
      outstanding += batch.length;
      for (const slot of workers) pump(slot);
    },
    prioritize(index) {
      const at = queue.indexOf(index);
      if (at > 0) queue.unshift(...queue.splice(at, 1));
    },
    idle() {
      return outstanding === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
