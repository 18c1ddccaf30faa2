// `npm run bench:shared [-- --size 22k|100k]`: the shared archive on a throwaway PostgreSQL (started
// here, as the tests start theirs) on this machine. Prints JSON lines: the ingest rate of
// `--index --store postgres://…` (parse and analysis included), a no-change refresh, `--json` from
// the server, opening the archive and fetching a first screen, and paging requests (a window of
// summaries and one article) by 1, 4 and 8 concurrent readers, with the clients' and the server's CPU,
// and search as 1, 4 and 8 readers type (see shared-search.ts). Figures, never asserted.
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openPostgresStore } from '../src/core/store/postgres-store.js';
import { startThrowawayPostgres } from '../test/helpers/throwaway-postgres.js';
import { runReader } from './run-reader.js';
import { measureTyping, storedRules } from './shared-search.js';
import { BBC, makeArchive, SIZES } from './synthetic-archive.js';

const sizeArg = process.argv[process.argv.indexOf('--size') + 1];
const name = process.argv.includes('--size') && sizeArg ? sizeArg : '22k';
const count = SIZES[name] ?? Number(name);
/** Paging requests each reader makes. */
const REQUESTS = 200;
/** Rows the reader's list shows at once. */
const SCREEN = 50;

if (!existsSync(BBC)) {
  console.log(JSON.stringify({ skipped: `no BBC corpus at ${BBC} (set READER_BBC)` }));
  process.exit(0);
}
// Memory for the tables and indexes readers search (about 1.3 GB at 100k articles), as a server for
// a newsroom would be given: PostgreSQL's default of 128 MB reads them from the system's cache each time.
const server = await startThrowawayPostgres({ shared_buffers: '1536MB' });
if ('reason' in server) {
  console.log(JSON.stringify({ skipped: `no PostgreSQL: ${server.reason}` }));
  process.exit(0);
}
/** The 1-minute load average: the machine is shared, so figures come with it. */
const load = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
const { dir, bytes } = makeArchive(count, 'reader-shared-bench-');
try {
  const url = server.url(await server.createDatabase());
  const cpu0 = server.cpuSeconds();
  const index = runReader(['--index', '--store', url, dir]);
  if (index.code !== 0) throw new Error(`--index failed: ${index.stderr.trim()}`);
  const ingestServerCpu = server.cpuSeconds() - cpu0;
  const refresh = runReader(['--index', '--store', url, dir]);
  const jsonFile = join(dir, 'out.json');
  const json = runReader(['--json', '--store', url], jsonFile);
  console.log(JSON.stringify({
    archive: name, articles: count, textMB: +(bytes / 1e6).toFixed(1),
    ingestSeconds: +(index.ms / 1000).toFixed(1), ingestArticlesPerSecond: Math.round(count / (index.ms / 1000)), ingestServerCpuSeconds: +ingestServerCpu.toFixed(1),
    refreshSeconds: +(refresh.ms / 1000).toFixed(2), refreshLine: refresh.stdout.trim(),
    jsonFromServerSeconds: +(json.ms / 1000).toFixed(1), jsonMB: +(statSync(jsonFile).size / 1e6).toFixed(0), loadAverage: load(),
  }));

  // What a first screen needs: connect, check the tables, a screenful of summaries and the first article.
  const opens: number[] = [];
  for (let i = 0; i < 10; i++) {
    const started = performance.now();
    const store = await openPostgresStore(url, { mode: 'read' });
    const rows = await store.list(0, SCREEN);
    await store.get(rows[0]!.path);
    opens.push(performance.now() - started);
    await store.close();
  }
  console.log(JSON.stringify({ firstScreenMs: summary(opens), loadAverage: load() }));

  for (const readers of [1, 4, 8]) {
    const stores = await Promise.all(Array.from({ length: readers }, () => openPostgresStore(url, { mode: 'read' })));
    const latencies: number[] = [];
    const clientCpu = process.cpuUsage();
    const serverCpu = server.cpuSeconds();
    const started = performance.now();
    await Promise.all(stores.map(async (store) => {
      for (let r = 0; r < REQUESTS; r++) {
        const t = performance.now();
        const rows = await store.list(Math.floor(Math.random() * (count - SCREEN)), SCREEN);
        await store.get(rows[Math.floor(Math.random() * rows.length)]!.path);
        latencies.push(performance.now() - t);
      }
    }));
    const wallSeconds = (performance.now() - started) / 1000;
    const client = process.cpuUsage(clientCpu);
    console.log(JSON.stringify({
      readers, requests: latencies.length, pageAndArticleMs: summary(latencies),
      clientCpuSeconds: +((client.user + client.system) / 1e6).toFixed(2), serverCpuSeconds: +(server.cpuSeconds() - serverCpu).toFixed(2), wallSeconds: +wallSeconds.toFixed(2), loadAverage: load(),
    }));
    await Promise.all(stores.map((s) => s.close()));
  }

  const rules = await storedRules(url);
  // Without and with answers kept on the server for other readers (reader.answers).
  for (const answers of [false, true]) {
    for (const readers of [1, 4, 8]) {
      for (const line of await measureTyping(url, rules, readers, () => server.cpuSeconds(), answers)) console.log(JSON.stringify({ ...line, loadAverage: load() }));
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  server.stop();
}

function summary(ms: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => +sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  return { p50: at(0.5), p95: at(0.95), max: +sorted[sorted.length - 1]!.toFixed(1) };
}
