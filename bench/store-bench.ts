// `npm run bench:store [-- --size 22k|100k|1m]`: builds a synthetic archive from the BBC corpus
// (copies, each file made unique), indexes it into a store, and prints JSON lines: index rate, store
// size against text size, no-change refresh time, `--json` from the store, and search by query shape
// (see store-search-shapes.ts), and the people and names views (see people-views.ts). Figures, never asserted.
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runReader as run } from './run-reader.js';
import { BBC, makeArchive, SIZES } from './synthetic-archive.js';
import { measureSearch } from './store-search-shapes.js';
import { measurePeople } from './people-views.js';

const sizeArg = process.argv[process.argv.indexOf('--size') + 1];
const wanted = process.argv.includes('--size') && sizeArg ? [sizeArg] : ['22k', '100k'];

if (!existsSync(BBC)) {
  console.log(JSON.stringify({ skipped: `no BBC corpus at ${BBC} (set READER_BBC)` }));
  process.exit(0);
}

for (const name of wanted) {
  const count = SIZES[name] ?? Number(name);
  const { dir, bytes } = makeArchive(count, 'reader-store-bench-');
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
  for (const line of measurePeople(store)) console.log(JSON.stringify({ archive: name, people: line }));
  const speaker = run(['--search', 'speaker:blair', '--store', store, dir]);
  console.log(JSON.stringify({ archive: name, searchCommandSeconds: { 'speaker:blair': +(speaker.ms / 1000).toFixed(2), lines: speaker.stdout.split('\n').length - 1 } }));
  rmSync(dir, { recursive: true, force: true });
}
