// Measures the reader in a real pseudo-terminal: time from process start to the first frame, and
// from a key press to the frame that shows its effect (navigation and search typing), plus memory.
// Usage: npm run build && npx tsx bench/tui-latency.ts [--first-frame] [--store FILE] [CORPUS_DIR]   (prints figures, asserts nothing)
// With --store, the reader opens CORPUS_DIR from that store (built before, e.g. by bench:store) and only it is measured.
// READER_CLI=path/to/cli.js measures another build (before/after comparisons).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import xterm from '@xterm/headless';
import pty from 'node-pty';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = process.env['READER_CLI'] ?? `${ROOT}dist/cli.js`;
const BENCH_HOME = mkdtempSync(join(tmpdir(), 'reader-bench-'));
process.on('exit', () => rmSync(BENCH_HOME, { recursive: true, force: true }));
// `--first-frame` measures only the start (for before/after comparisons of two builds, READER_CLI).
const FIRST_FRAME_ONLY = process.argv.includes('--first-frame');
const STORE = process.argv.includes('--store') ? process.argv[process.argv.indexOf('--store') + 1] : undefined;
const BBC = process.argv.slice(2).find((a) => !a.startsWith('--') && a !== STORE) ?? `${ROOT}../shared/corpus/bbc`;
const COLS = 120;
const ROWS = 36;
/** A person's pace: no key sooner than this after the previous one. */
const KEY_GAP_MS = 40;

interface ReaderRun {
  readonly pid: number;
  /** Resolves at the first screen state that satisfies the test; returns ms since `from`. */
  until(test: (screen: string) => boolean, from: number, limitMs?: number): Promise<number>;
  press(keys: string): void;
  quit(): Promise<void>;
}

function start(args: string[]): { run: ReaderRun; started: number } {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'CI' && k !== 'NO_COLOR') env[k] = v;
  // Store and reading state in a folder of this run (the first start builds the store: warm after).
  Object.assign(env, { XDG_CACHE_HOME: join(BENCH_HOME, 'cache'), XDG_STATE_HOME: join(BENCH_HOME, 'state') });
  const term = new xterm.Terminal({ cols: COLS, rows: ROWS, allowProposedApi: true });
  const started = performance.now();
  const child = pty.spawn(process.execPath, [CLI, ...args], { name: 'xterm-256color', cols: COLS, rows: ROWS, cwd: ROOT, env: { ...env, TERM: 'xterm-256color' } });
  const waiters = new Set<() => void>();
  child.onData((data) => term.write(data, () => waiters.forEach((w) => w())));
  const exited = new Promise<void>((resolve) => child.onExit(() => resolve()));
  const screen = () => {
    const b = term.buffer.active;
    return Array.from({ length: ROWS }, (_, y) => b.getLine(b.viewportY + y)?.translateToString(true) ?? '').join('\n');
  };
  const run: ReaderRun = {
    pid: child.pid,
    until(test, from, limitMs = 30_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (test(screen())) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(performance.now() - from);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`timed out; screen:\n${screen()}`));
        }, limitMs);
        waiters.add(check);
        check();
      });
    },
    press: (keys) => child.write(keys),
    async quit() {
      child.write('q');
      await exited;
    },
  };
  return { run, started };
}

/** The first article's text is on screen: its position and its first paragraph with the gutter number. */
const firstFrameShown = (s: string) => /¶ 1\/\d+/.test(s) && /[║│] [▌│ ] ?1 \S/.test(s);

function stats(name: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return `${name}: n=${samples.length} p50=${at(0.5).toFixed(1)} ms p95=${at(0.95).toFixed(1)} ms max=${sorted.at(-1)!.toFixed(1)} ms`;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function firstFrame(label: string, args: string[], runs: number): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { run, started } = start(args);
    samples.push(await run.until(firstFrameShown, started));
    await run.quit();
  }
  console.log(stats(`first frame, ${label}`, samples));
}

async function keystrokes(args: string[], afterAnalysis: boolean): Promise<void> {
  const { run, started } = start(args);
  await run.until(firstFrameShown, started);
  console.log(afterAnalysis ? '-- once the analysis has finished:' : '-- right after start, while articles are being analysed:');
  if (afterAnalysis) {
    const ms = await run.until((s) => !/analysing|indexing/.test(s.split('\n')[0] ?? ''), started, 300_000);
    console.log(`analysis of the corpus done ${(ms / 1000).toFixed(1)} s after start; RSS ${rssMb(run.pid).toFixed(0)} MB`);
  }
  const total = /reader · ([\d,]+) article/.exec(await (async () => {
    let text = '';
    await run.until((s) => ((text = s), true), performance.now());
    return text;
  })())?.[1] ?? '?';
  // Navigation: j and k in the list, each awaited until the list position shows it.
  const nav: number[] = [];
  // The list walk needs 11 articles or more (the seeds have one).
  for (let i = 0; Number(total.replace(/,/g, '')) > 10 && i < 60; i++) {
    const down = i % 20 < 10;
    const expected = `${down ? (i % 20) + 2 : 20 - (i % 20)}/${total}`;
    const t0 = performance.now();
    run.press(down ? 'j' : 'k');
    nav.push(await run.until((s) => s.includes(`1 Articles  ${expected}`), t0));
    await pause(KEY_GAP_MS);
  }
  if (nav.length) console.log(stats('key to frame, list j/k', nav));
  // Reader: Enter opens; then j (a line), Space (a page), J (the next article) and pane switches
  // (3, then 2 back), each until the screen changes.
  run.press('\r');
  await run.until((s) => s.includes('▶ 2 Reader'), performance.now());
  const kinds: Record<string, number[]> = { 'reader j': [], 'reader Space': [], 'next article J': [], 'pane switch': [] };
  const plan: [string, string][] = [['j', 'reader j'], ['j', 'reader j'], [' ', 'reader Space'], ['3', 'pane switch'], ['2', 'pane switch'], ['J', 'next article J']];
  for (let i = 0; i < 48; i++) {
    const [key, kind] = plan[i % plan.length]!;
    let before = '';
    await run.until((s) => ((before = s), true), performance.now());
    // j at the end of a story changes nothing (as in less): there is no frame to time.
    if (key === 'j' && /· 100%/.test(before)) continue;
    const t0 = performance.now();
    run.press(key);
    kinds[kind]!.push(await run.until((s) => s !== before, t0));
    await pause(KEY_GAP_MS);
  }
  for (const [kind, samples] of Object.entries(kinds)) console.log(stats(`key to frame, ${kind}`, samples));
  run.press('1');
  await pause(KEY_GAP_MS);
  // Search typing: each key until the box shows the query and the counts answer it (not stale).
  const typing: number[] = [];
  const counted = (q: string) => (s: string) => s.includes(`/ ${q}`) && /\n║ (\d[\d,]*)\+? match(es)? in [\d,]+\+? article|\n║ 0 matches/.test(s);
  for (const word of ['prime minister', 'election', 'football club', 'oil prices']) {
    run.press('/');
    await run.until((s) => s.includes('▶ Search'), performance.now());
    run.press('\x15');
    await pause(KEY_GAP_MS);
    let q = '';
    for (const ch of word) {
      q += ch;
      const t0 = performance.now();
      run.press(ch);
      typing.push(await run.until(counted(q), t0));
      await pause(KEY_GAP_MS);
    }
    run.press('\x1b');
    await run.until((s) => !s.includes('▶ Search'), performance.now());
    await pause(KEY_GAP_MS);
  }
  console.log(stats('key to frame with counts, search typing', typing));
  await pasteTyping(run);
  console.log(`memory: RSS ${rssMb(run.pid).toFixed(0)} MB after the keys above`);
  await run.quit();
}

/** A 100,000-character paste in the search box, then keys typed after it: each until the box shows it. */
async function pasteTyping(run: ReaderRun): Promise<void> {
  run.press('/');
  await run.until((s) => s.includes('▶ Search'), performance.now());
  run.press('\x15');
  await pause(KEY_GAP_MS);
  const t0 = performance.now();
  run.press('x'.repeat(100_000));
  const pasted = await run.until((s) => /║ \/ …x{20,} *║/.test(s) && /║ 0 matches/.test(s), t0);
  console.log(`100,000-character paste: ${pasted.toFixed(0)} ms until the box and the counts show it`);
  const keys: number[] = [];
  let typed = '';
  for (let i = 0; i < 30; i++) {
    const ch = String.fromCharCode(97 + (i % 26));
    typed += ch;
    const t1 = performance.now();
    run.press(ch);
    const tail = typed.slice(-20);
    keys.push(await run.until((s) => s.split('\n').find((l) => l.startsWith('║ / '))?.replace(/[ ║]+$/, '').endsWith(tail) === true, t1));
    await pause(KEY_GAP_MS);
  }
  console.log(stats('key to frame after a 100,000-character paste, search typing', keys));
  run.press('\x15');
  run.press('\x1b');
  await run.until((s) => !s.includes('▶ Search'), performance.now());
}

const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`load average before: ${load}`);
if (STORE) {
  await firstFrame(`${BBC} from ${STORE}`, ['--store', STORE, BBC], 7);
  if (!FIRST_FRAME_ONLY) await keystrokes(['--store', STORE, BBC], false);
  process.exit(0);
}
await firstFrame('seeds', [], 20);
if (FIRST_FRAME_ONLY) process.exit(0);
if (existsSync(BBC)) {
  // The reader works from the archive's store: built first, so every run opens the same warm store.
  // `--no-store` measures the reader analysing the archive as it opens.
  const env = { ...process.env, XDG_CACHE_HOME: join(BENCH_HOME, 'cache'), XDG_STATE_HOME: join(BENCH_HOME, 'state') };
  spawnSync(process.execPath, [CLI, '--index', BBC], { env, stdio: 'ignore' });
  await firstFrame('BBC corpus, from its store', [BBC], 10);
  await keystrokes([BBC], false);
  await firstFrame('BBC corpus, --no-store', ['--no-store', BBC], 10);
  await keystrokes(['--no-store', BBC], false);
  await keystrokes(['--no-store', BBC], true);
} else {
  console.log(`no corpus at ${BBC}: keystroke figures on the seeds only`);
  await keystrokes([], true);
}
