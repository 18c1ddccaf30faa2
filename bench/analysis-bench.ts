// `npx tsx bench/analysis-bench.ts [folder]`: how fast quotes, facts and entities are, alone and in the worker pool.
// Prints figures only; run `npm run build` first (the pool runs the bundled dist/analysis-worker.js).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/core/article.js';
import { createAnalysisPool } from '../src/core/analysis/analysis-pool.js';
import { extractEntities } from '../src/core/facts/extract-entities.js';
import { extractFacts } from '../src/core/facts/extract-facts.js';
import { loadCorpus } from '../src/core/load/load-corpus.js';
import { extractQuotes } from '../src/core/quotes/extract-quotes.js';

const folder = process.argv[2] ?? process.env['READER_BBC'] ?? fileURLToPath(new URL('../../shared/corpus/bbc', import.meta.url));
const worker = new URL('../dist/analysis-worker.js', import.meta.url);
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
if (!existsSync(folder) || !existsSync(worker)) {
  console.log(`analysis bench: needs ${folder} and a build (npm run build)`);
  process.exit(0);
}
const { articles } = loadCorpus([{ path: folder }]);
console.log(`${articles.length} articles from ${folder}`);

// One thread, each extractor alone; the second pass is the warm figure.
for (const [name, extract] of [['quotes', extractQuotes], ['facts', extractFacts], ['entities', extractEntities]] as const) {
  let warm = 0;
  for (let pass = 0; pass < 2; pass++) warm = time(() => articles.forEach((a) => extract(a)));
  console.log(`  ${name.padEnd(8)} ${warm.toFixed(0).padStart(5)} ms on one thread, ${((1000 * warm) / articles.length).toFixed(0)} µs per article`);
}

// The pool: time to the first answer (worker start-up) and to the last, by workers and batch size.
for (const [size, batch] of [[1, 16], [2, 1], [2, 4], [2, 16], [2, 64]] as const) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let first = 0;
  const pool = createAnalysisPool(worker, () => {
    first ||= performance.now() - started;
  }, size, { batch });
  pool.add(articles as Article[], 0);
  await pool.idle();
  const total = performance.now() - started;
  const used = process.cpuUsage(cpu);
  await pool.close();
  console.log(`  pool of ${size}, batches of ${String(batch).padEnd(2)}: first answer after ${first.toFixed(0)} ms, all ${articles.length} after ${total.toFixed(0)} ms, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU (all threads)`);
}

// The opened article's analysis when the pool is busy with the whole corpus: prioritised at once.
{
  const started = performance.now();
  const target = articles.length - 1;
  let at = 0;
  const pool = createAnalysisPool(worker, (index) => {
    if (index === target) at = performance.now() - started;
  }, 2);
  pool.add(articles as Article[], 0);
  pool.prioritize(target);
  await pool.idle();
  await pool.close();
  console.log(`  last article, prioritised in a full queue: answered after ${at.toFixed(0)} ms`);
}

// The whole command, as a user runs it.
const runs: number[] = [];
for (let k = 0; k < 3; k++) {
  const started = performance.now();
  const result = spawnSync(process.execPath, [cli, '--json', folder], { maxBuffer: 1 << 30, encoding: 'buffer' });
  runs.push(performance.now() - started);
  if (result.status !== 0) console.log(`  reader --json exited ${result.status}`);
  if (k === 0) console.log(`  reader --json prints ${(result.stdout.length / 1e6).toFixed(1)} MB`);
}
console.log(`  reader --json ${folder}: ${runs.map((ms) => (ms / 1000).toFixed(2)).join(' s, ')} s`);

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}
