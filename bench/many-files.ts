// `npx tsx bench/many-files.ts [count]`: a folder of 100,000 empty files and one story. How long
// loading takes and how much memory it needs, in-process and through the built CLI (`--json` and the
// piped outline). Prints figures only; run `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/core/load/load-corpus.js';

const count = Number(process.argv[2] ?? 100_000);
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'reader-many-'));
try {
  let started = performance.now();
  for (let i = 0; i < count; i++) writeFileSync(join(dir, `empty-${i}.txt`), '');
  writeFileSync(join(dir, 'story.txt'), 'The one story\n\nIt sits among many empty files.');
  console.log(`made ${count.toLocaleString('en-US')} empty files in ${(performance.now() - started).toFixed(0)} ms`);

  const rss = process.memoryUsage().rss;
  started = performance.now();
  const corpus = loadCorpus([{ path: dir }]);
  const took = performance.now() - started;
  console.log(`loadCorpus: ${took.toFixed(0)} ms, ${corpus.articles.length} article, ${corpus.errors.length.toLocaleString('en-US')} errors, resident +${((process.memoryUsage().rss - rss) / 2 ** 20).toFixed(0)} MB`);

  if (!existsSync(cli)) console.log('CLI figures: run npm run build first');
  else {
    for (const [name, args] of [['--json', ['--json', dir]], ['outline (piped)', [dir]]] as const) {
      started = performance.now();
      // GNU time's %M: the child's peak resident set, in KB.
      const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, cli, ...args], { encoding: 'utf8', maxBuffer: 1024 ** 3 });
      const wall = performance.now() - started;
      const peak = Number(run.stderr.trim().split('\n').at(-1));
      console.log(`reader ${name}: exit ${run.status}, ${wall.toFixed(0)} ms, peak resident ${(peak / 1024).toFixed(0)} MB, ${(run.stdout.length / 2 ** 20).toFixed(1)} MB on stdout, ${run.stderr.split('\n').length - 2} lines on stderr`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
