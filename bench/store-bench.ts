// `npm run bench:store [-- --size 22k|100k|1m]`: builds a synthetic archive from the BBC corpus
// (copies, each file made unique), indexes it into a store, and prints JSON lines: index rate, store
// size against text size, no-change refresh time, `--json` from the store, and search by query shape
// (see store-search-shapes.ts). Figures, never asserted.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureSearch } from './store-search-shapes.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const BBC = process.env['READER_BBC'] ?? join(ROOT, '..', 'shared', 'corpus', 'bbc');
const SIZES: Readonly<Record<string, number>> = { '22k': 22_250, '100k': 100_125, '1m': 1_001_250 };
const sizeArg = process.argv[process.argv.indexOf('--size') + 1];
const wanted = process.argv.includes('--size') && sizeArg ? [sizeArg] : ['22k', '100k'];

if (!existsSync(BBC)) {
  console.log(JSON.stringify({ skipped: `no BBC corpus at ${BBC} (set READER_BBC)` }));
  process.exit(0);
}
const sources = readdirSync(BBC).flatMap((section) => readdirSync(join(BBC, section)).map((file) => ({ section, file, text: readFileSync(join(BBC, section, file), 'utf8') })));

/** Copies of the corpus until `count` files, each with a line of its own so no two hash alike. */
function makeArchive(count: number): { dir: string; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'reader-store-bench-'));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { section, file, text } = sources[i % sources.length]!;
    const copy = Math.floor(i / sources.length);
    const folder = join(dir, `copy-${copy}`, section);
    if (i % sources.length < 5 || !existsSync(folder)) mkdirSync(folder, { recursive: true });
    const body = `${text.trimEnd()}\n\nArchive copy ${copy}, item ${i}.\n`;
    writeFileSync(join(folder, file), body);
    bytes += Buffer.byteLength(body);
  }
  return { dir, bytes };
}

/** Runs the reader; its stdout goes to `out` when given (a large `--json` does not fit a string). */
function run(args: string[], out?: string): { ms: number; stdout: string } {
  const started = performance.now();
  const fd = out ? openSync(out, 'w') : 'pipe';
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', fd, 'pipe'], env: { ...process.env, CI: '' } });
  if (typeof fd === 'number') closeSync(fd);
  return { ms: performance.now() - started, stdout: result.stdout ?? '' };
}

for (const name of wanted) {
  const count = SIZES[name] ?? Number(name);
  const { dir, bytes } = makeArchive(count);
  const store = join(dir, 'store.sqlite');
  const first = run(['--index', '--store', store, dir]);
  const size = statSync(store).size;
  const refresh = run(['--index', '--store', store, dir]);
  const jsonFile = join(dir, 'out.json');
  const json = run(['--json', '--store', store, dir], jsonFile);
  console.log(JSON.stringify({
    archive: name, articles: count, textMB: +(bytes / 1e6).toFixed(1),
    indexSeconds: +(first.ms / 1000).toFixed(1), articlesPerSecond: Math.round(count / (first.ms / 1000)),
    storeMB: +(size / 1e6).toFixed(1), storeToText: +(size / bytes).toFixed(2),
    refreshSeconds: +(refresh.ms / 1000).toFixed(2), refreshLine: refresh.stdout.trim(),
    jsonFromStoreSeconds: +(json.ms / 1000).toFixed(1), jsonMB: +(statSync(jsonFile).size / 1e6).toFixed(0),
    loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ')[0],
  }));
  for (const line of measureSearch(store)) console.log(JSON.stringify({ archive: name, search: line }));
  const speaker = run(['--search', 'speaker:blair', '--store', store, dir]);
  console.log(JSON.stringify({ archive: name, searchCommandSeconds: { 'speaker:blair': +(speaker.ms / 1000).toFixed(2), lines: speaker.stdout.split('\n').length - 1 } }));
  rmSync(dir, { recursive: true, force: true });
}
