// Search over the shared archive as readers type: each reader (a thread, with its own connection)
// types the queries of every shape (store-search-shapes.ts), at most 10 keys of each, at five keys a
// second, one search per key (the reader's page of 50, counts capped at 10,000); a search still
// running when the next key comes is aborted and cancelled on the server. Prints, per shape, the
// time from a key to its answer (p50, p95, max) and the keys whose search was overtaken, with the
// CPU the clients (this process) and the server used. Figures, never asserted.
import { Worker } from 'node:worker_threads';
import type { Keystroke, ReaderJob } from './shared-search-reader.js';
import { SHAPES } from './store-search-shapes.js';

/** Queries of each shape every reader types. */
const PER_SHAPE = 6;

/** Runs `readers` readers at once against `url`; one JSON-ready line per shape and one for the run. */
export async function measureTyping(url: string, analysisVersion: string, readers: number, serverCpu: () => number, answerCache = true): Promise<Record<string, unknown>[]> {
  const workers = Array.from({ length: readers }, (_, r) => {
    // Each reader starts at another query of each shape, so they do not type in step.
    const queries = Object.entries(SHAPES).flatMap(([shape, list]) => Array.from({ length: Math.min(PER_SHAPE, list.length) }, (_, i) => [shape, list[(i + r) % list.length]!] as const));
    const job: ReaderJob = { url, analysisVersion, queries, keyMs: 200, maxKeys: 10, pauseMs: 400, answerCache };
    return new Worker(new URL('./shared-search-thread.mjs', import.meta.url), { workerData: job });
  });
  const message = (worker: Worker) => new Promise<{ ready?: boolean; strokes?: Keystroke[] }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await Promise.all(workers.map(message));
  // Every run starts with no answers kept, as after an indexing run: readers share only what they ask in it.
  await forgetAnswers(url);
  const client0 = process.cpuUsage();
  const server0 = serverCpu();
  const started = performance.now();
  const finished = workers.map(message);
  for (const worker of workers) worker.postMessage('go');
  const strokes = (await Promise.all(finished)).flatMap((m) => m.strokes ?? []);
  const wallSeconds = (performance.now() - started) / 1000;
  const client = process.cpuUsage(client0);
  await Promise.all(workers.map((w) => w.terminate()));
  const lines: Record<string, unknown>[] = Object.keys(SHAPES).map((shape) => {
    const mine = strokes.filter((s) => s.shape === shape);
    const answered = mine.flatMap((s) => (s.ms === null ? [] : [s.ms]));
    return { readers, answerCache, shape, keys: mine.length, overtaken: mine.length - answered.length, capped: mine.filter((s) => s.capped).length, keyToAnswerMs: percentiles(answered) };
  });
  const answered = strokes.flatMap((s) => (s.ms === null ? [] : [s.ms]));
  lines.push({
    readers, answerCache, shape: 'all', keys: strokes.length, overtaken: strokes.length - answered.length, keyToAnswerMs: percentiles(answered),
    clientCpuSeconds: +((client.user + client.system) / 1e6).toFixed(1), serverCpuSeconds: +(serverCpu() - server0).toFixed(1), wallSeconds: +wallSeconds.toFixed(1),
  });
  return lines;
}

function percentiles(ms: number[]): { p50: number; p95: number; max: number } | null {
  if (ms.length === 0) return null;
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => +sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  return { p50: at(0.5), p95: at(0.95), max: +sorted[sorted.length - 1]!.toFixed(1) };
}

/** Empties reader.answers (the answers kept for other readers), when the server has it. */
export async function forgetAnswers(url: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DO $$ BEGIN IF to_regclass('reader.answers') IS NOT NULL THEN DELETE FROM reader.answers; END IF; END $$`);
  } finally {
    await client.end();
  }
}

/** Rules version of the stored analyses: run from source this process would name other rules (see store-search-shapes.ts). */
export async function storedRules(url: string): Promise<string> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>('SELECT analysis_version AS v FROM reader.articles WHERE analysis_version IS NOT NULL LIMIT 1');
    return rows[0]?.v ?? 'none';
  } finally {
    await client.end();
  }
}

// Run on its own against an archive already on a server (bench:shared makes one and calls measureTyping):
// tsx bench/shared-search.ts --url postgres://… --pgdata DATA_DIR [--readers 1,4,8] [--answers off,on]
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/bench\//, '/bench/'))) {
  const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  const url = arg('--url');
  const data = arg('--pgdata');
  if (!url) throw new Error('--url postgres://… is needed');
  const { serverCpuSeconds } = await import('../test/helpers/throwaway-postgres.js');
  const rules = await storedRules(url);
  for (const answers of (arg('--answers') ?? 'off,on').split(',')) {
    for (const readers of (arg('--readers') ?? '1,4,8').split(',').map(Number)) {
      for (const line of await measureTyping(url, rules, readers, () => (data ? serverCpuSeconds(data) : Number.NaN), answers === 'on')) console.log(JSON.stringify(line));
    }
  }
}
