import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { InputPath } from '../core/load/find-files.js';
import type { IndexSummary } from './index-command.js';

/** Where the index worker's bundle is, beside this one. */
export const INDEX_WORKER_URL = new URL('./index-worker.js', import.meta.url);

/** What the index worker tells the reader. */
export type IndexWorkerMessage =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'committed'; readonly paths: readonly string[] }
  | { readonly type: 'done'; readonly summary: IndexSummary }
  /** The people and names tables were worked out again after the refresh (they come after `done`). */
  | { readonly type: 'people-tables' }
  | { readonly type: 'notice' | 'failed'; readonly text: string };

/** A shared archive the store is a copy of: the server's URL, and the paths it is limited to (null for all). */
export interface ServerSource {
  readonly url: string;
  readonly roots: readonly string[] | null;
}

/** A refresh of the store running beside the reader. */
export interface BackgroundIndex {
  /** Stops it (a transaction in flight is rolled back; the next run goes on from there). */
  stop(): Promise<void>;
}

/**
 * Refreshes (or builds) an archive's store in a worker thread, leaving one core to the screen:
 * only files whose size or time changed are hashed, and only new or edited text is analysed. With
 * `server`, the store is instead kept a copy of that shared archive (see server-mirror.ts).
 */
export function startBackgroundIndex(inputs: readonly InputPath[], file: string, maxBytes: number | undefined, listen: (message: IndexWorkerMessage) => void, server?: ServerSource): BackgroundIndex {
  const worker = new Worker(INDEX_WORKER_URL, { workerData: { inputs, file, maxBytes, workers: Math.max(1, availableParallelism() - 1), server } });
  worker.on('message', listen);
  worker.on('error', (error) => listen({ type: 'failed', text: error.message }));
  return { stop: async () => void (await worker.terminate()) };
}

/** Progress as the worker posts it: at most five times a second, and always the last. */
export function progressPoster(post: (message: IndexWorkerMessage) => void): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = performance.now();
    if (now - last < 200 && done < total) return;
    last = now;
    post({ type: 'progress', done, total });
  };
}
