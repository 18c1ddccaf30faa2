// Load time and memory for a corpus: reading and parsing every file, as the reader does before its
// first frame. Usage: npx tsx bench/load-bench.ts [PATH] (default: the BBC corpus beside the project).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/core/load/load-corpus.js';

const path = process.argv[2] ?? process.env['READER_BBC'] ?? fileURLToPath(new URL('../../shared/corpus/bbc', import.meta.url));
if (!existsSync(path)) {
  console.log(`load-bench: no corpus at ${path}`);
  process.exit(0);
}
const runs: number[] = [];
let rssMb = 0;
let articles = 0;
let paragraphs = 0;
let chars = 0;
for (let i = 0; i < 5; i++) {
  const before = process.memoryUsage().rss;
  const started = performance.now();
  const corpus = loadCorpus([{ path }]);
  runs.push(performance.now() - started);
  rssMb = Math.max(rssMb, (process.memoryUsage().rss - before) / 2 ** 20);
  articles = corpus.articles.length;
  paragraphs = corpus.articles.reduce((n, a) => n + a.paragraphs.length, 0);
  chars = corpus.articles.reduce((n, a) => n + a.paragraphs.reduce((m, p) => m + p.length, a.title.length), 0);
}
const sorted = [...runs].sort((a, b) => a - b);
console.log(JSON.stringify({
  path, articles, paragraphs, textMb: +(chars / 2 ** 20).toFixed(1),
  firstLoadMs: Math.round(runs[0]!), medianLoadMs: Math.round(sorted[2]!), extraRssMbFirstLoad: Math.round(rssMb), rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
}));
