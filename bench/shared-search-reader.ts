// One reader of `shared-search.ts`, in a thread of its own: types queries into the server's search at
// five keys a second, one search per key, the previous one aborted (and cancelled on the server)
// when the next key arrives, and posts each keystroke's time to an answer back.
import { parentPort, workerData } from 'node:worker_threads';
import { planQuery } from '../src/core/search/query-plan.js';
import { createAsyncStoreSearch } from '../src/core/store/async-store-search.js';
import { openPostgresStore } from '../src/core/store/postgres-store.js';

/** What the thread is given. */
export interface ReaderJob {
  readonly url: string;
  readonly analysisVersion: string;
  /** [shape, query] in the order to type them. */
  readonly queries: readonly (readonly [string, string])[];
  readonly keyMs: number;
  readonly maxKeys: number;
  readonly pauseMs: number;
  /** Whether answers are kept on the server for other readers (reader.answers). */
  readonly answerCache: boolean;
}

/** One keystroke's search: its shape, and ms to the answer (null when the next key came first). */
export interface Keystroke {
  readonly shape: string;
  readonly ms: number | null;
  readonly capped: boolean;
}

const job = workerData as ReaderJob;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const store = await openPostgresStore(job.url, { mode: 'read', analysisVersion: job.analysisVersion, answerCache: job.answerCache });
const engine = createAsyncStoreSearch(store);
// The archive's order is read once, as the reader does when it opens.
await engine.search('warm', { limit: 50, cap: 10_000 });
parentPort!.postMessage({ ready: true });
await new Promise((resolve) => parentPort!.once('message', resolve));
const strokes: Keystroke[] = [];
for (const [shape, query] of job.queries) {
  const keys = Math.min(job.maxKeys, query.length);
  let last: Promise<unknown> = Promise.resolve();
  for (let k = 1; k <= keys; k++) {
    const typed = query.slice(0, k);
    const due = performance.now() + job.keyMs;
    if (!planQuery(typed).empty) {
      const controller = new AbortController();
      const started = performance.now();
      const asked = engine.search(typed, { limit: 50, cap: 10_000, signal: controller.signal }).then(
        (answer) => strokes.push({ shape, ms: performance.now() - started, capped: answer.capped === true }),
        (error: unknown) => {
          if (!controller.signal.aborted) throw error;
          strokes.push({ shape, ms: null, capped: false });
        },
      );
      last = asked;
      if (k < keys) {
        // The next key comes at its time, or at once if the answer came first; a search still running is given up.
        await Promise.race([asked, sleep(job.keyMs)]);
        await sleep(Math.max(0, due - performance.now()));
        controller.abort();
        await asked;
      }
    } else if (k < keys) await sleep(job.keyMs);
  }
  await last;
  await sleep(job.pauseMs);
}
await store.close();
parentPort!.postMessage({ strokes });
