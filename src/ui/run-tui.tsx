import { openSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ReadStream } from 'node:tty';
import chalk from 'chalk';
import { render } from 'ink';
import { ANALYSIS_WORKER_URL } from '../commands/analyze-corpus.js';
import type { Analysis, LoadError } from '../core/article.js';
import { reportErrors } from '../commands/report-errors.js';
import { createAnalysisPool, type AnalysisPool } from '../core/analysis/analysis-pool.js';
import type { Corpus } from '../core/load/load-corpus.js';
import type { SearchIndex, SearchOptions } from '../core/search/search-types.js';
import { App } from './app.js';
import { CRASH_PROBE, CrashProbe } from './crash-probe.js';
import { noResults, type ReaderServices, type ServiceEvent } from './services.js';
import { createTerminal } from './terminal.js';
import type { InputPath } from '../core/load/find-files.js';
import { keyOf, lookupIn, matchState, openReadingState } from '../commands/reading-state-for.js';
import type { ArticleRows } from '../core/reader/article-rows.js';
import { stateFile } from '../commands/store-file.js';
import { copyText } from './clipboard.js';
import type { StoredArchive } from '../commands/stored-archive.js';
import { followRefresh } from './follow-refresh.js';
import { provideKeptTables, providePeopleTables } from '../core/reader/finder.js';
import { readerStoreSearch, type ReaderStoreSearch } from './reader-store-search.js';
import { readerStorePeople } from './reader-store-people.js';
import { dirname, join } from 'node:path';
import { makeTheme } from './theme.js';

/** Engine options with only the fields given (the engine's options are exact optional properties). */
function searchOptions(limit: number, within: Uint8Array | undefined, cap: number | undefined): SearchOptions {
  return { limit, ...(within ? { within } : {}), ...(cap !== undefined ? { cap } : {}) };
}

/** What the terminal UI starts with. */
export interface TuiOptions {
  /** The articles read into memory (empty with a store). */
  readonly corpus: Corpus;
  readonly color: boolean;
  /** The paths given (the archive), for its reading state; none for stdin, whose state is not kept. */
  readonly inputs: readonly InputPath[] | null;
  /** Whether `y` writes OSC 52 to the terminal (the clippings file is written either way). */
  readonly clipboard: boolean;
  /** The archive read from its store (the list is then a window over it), refreshed beside the reader. */
  readonly stored?: StoredArchive;
}

/** Indexing works in slices this long between key presses, so a key never waits behind it for long. */
const INDEX_SLICE_MS = 8;
/** Between the blank frame and the full one after Ctrl-Z and fg: more than a frame at maxFps 120. */
const REDRAW_GAP_MS = 25;

/** How often the header's indexing progress is redrawn (each redraw costs a frame). */
const INDEX_PROGRESS_MS = 250;
/** How often arrived analyses are handed to the screen (a redraw costs a keystroke's frame; the open article comes at once). */
const ANALYSIS_FLUSH_MS = 750;

/** Runs the full-screen reader until q, Ctrl-C or a signal; the terminal is restored on every way out. */
export async function runTui({ corpus, color, inputs, clipboard, stored }: TuiOptions): Promise<number> {
  const keys = openKeyboard();
  if (!keys) {
    process.stderr.write('reader: no terminal to read keys from (stdin is not a terminal and /dev/tty cannot be opened)\n');
    return 2;
  }
  const { errors } = corpus;
  const { articles } = corpus;
  // What the screen opens on: the articles in memory, or the window over the store.
  const rows: ArticleRows = stored ? stored.window.rows() : articles;
  // `--no-color` means no colours, not no bold or reverse: chalk reads the flag as "no styles at all",
  // which left search hits unmarked. The theme already leaves colours out.
  if (!color && process.stdout.isTTY && chalk.level === 0) chalk.level = 1;
  const terminal = createTerminal(process.stdout, keys);
  // The search engine loads after the first frame; until then a query has no answer yet.
  let searchIndex: SearchIndex | null = null;
  let storeSearch: ReaderStoreSearch | null = null;
  const listeners = new Set<(event: ServiceEvent) => void>();
  // Events before the app listens (it subscribes once its first frame is out) wait for it.
  // So do events while the shell has the terminal (Ctrl-Z): a frame drawn then would land on the shell's screen.
  let waiting: ServiceEvent[] | null = [];
  let held: ServiceEvent[] | null = null;
  const emit = (event: ServiceEvent) => {
    if (waiting) waiting.push(event);
    else if (held) held.push(event);
    else for (const listener of listeners) listener(event);
  };
  let pool: AnalysisPool | null = null;
  let wanted = 0;
  let closed = false;
  /** Files not loaded and analyses failed, as the app had them on quit. */
  let problems: readonly LoadError[] = [];
  let pending: [number, Analysis | { error: string }][] = [];
  let flushTimer: NodeJS.Timeout | null = null;

  // With a store, the people and names views read the tables it keeps (opened when first asked for).
  const keptPeople = stored ? readerStorePeople(() => stored.openStore(), () => stored.window.rows()) : null;
  provideKeptTables(keptPeople);
  const theme = makeTheme(color);
  const frames = quietable(process.stdout);
  // Reading state: read first, so the reader opens where it was left.
  // Over a large store, the first frame needs only the article to reopen; the rest comes once positions are read.
  const deferred = stored !== undefined && !stored.window.placed;
  const reading = inputs ? openReadingState(inputs, rows, process.env, deferred) : null;
  const stateLink = reading && inputs ? { state: reading.state, keyOf: keyOf(() => (stored ? stored.window.rows() : rows), inputs) } : undefined;
  const notice = reading?.notices[0] ?? null;
  const services: ReaderServices = {
    search: (query, limit, within, cap) => (storeSearch ?? searchIndex)?.search(query, searchOptions(limit, within, cap)) ?? noResults(query),
    startSearch: (query, limit, within, cap) => (storeSearch ?? searchIndex)?.start(query, searchOptions(limit, within, cap)) ?? { query, done: true, step: () => noResults(query) },
    prioritize: (article) => {
      wanted = article;
      pool?.prioritize(article);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      const early = waiting ?? [];
      waiting = null;
      for (const event of early) listener(event);
      return () => listeners.delete(listener);
    },
    suspend: () => {
      held = [];
      frames.quiet = true;
      terminal.suspend(() => {
        const later = held ?? [];
        held = null;
        frames.quiet = false;
        redraw();
        for (const event of later) emit(event);
      });
    },
    copy: (text) => copyText(text, { osc52: clipboard, clippings: join(dirname(stateFile()), 'clippings.md'), write: (bytes) => process.stdout.write(bytes) }),
  };
  const element = (blank: boolean) => {
    const app = (
      <App
        articles={rows} loadErrors={errors} services={services} theme={theme} blank={blank} onQuit={(found) => (problems = found)}
        {...(reading ? { remembered: reading.remembered } : {})} {...(stateLink ? { stateLink } : {})} notice={notice}
      />
    );
    return CRASH_PROBE ? <CrashProbe mode={CRASH_PROBE}>{app}</CrashProbe> : app;
  };

  terminal.enter();
  const app = render(element(false), {
    stdin: keys, stdout: frames.stream, exitOnCtrlC: false, patchConsole: false, maxFps: 120, incrementalRendering: false,
  });
  terminal.onExit(() => app.unmount());
  // After the shell had the terminal, draw everything again: Ink writes only what changed. The frame
  // comes back past Ink's frame throttle: within one frame the blank and the frame merged into the
  // frame, unchanged, so nothing was written and the screen stayed empty (seen once under load).
  const redraw = () => {
    app.rerender(element(true));
    setTimeout(() => app.rerender(element(false)), REDRAW_GAP_MS);
  };

  // Background work starts after the first frame is out, in steps, so keys keep working.
  setImmediate(async () => {
    // The people and names views' code brings the name lists: loaded once the first frame is out.
    void Promise.all([import('../core/people/people.js'), import('../core/people/entity-index.js')]).then(([people, names]) =>
    {
      providePeopleTables({ gatherPeople: people.gatherPeople, indexEntities: names.indexEntities });
      emit({ type: 'people-ready' });
    });
    if (closed) return;
    if (stored) {
      const { window } = stored;
      const opened = window.rows().length;
      // Sections come in slices between keys; the refresh waits for them, so positions hold meanwhile.
      let told = performance.now();
      await new Promise<void>((resolve) => {
        const scan = () => {
          if (closed || window.scan(INDEX_SLICE_MS)) return resolve();
          if (performance.now() - told > INDEX_PROGRESS_MS) {
            told = performance.now();
            emit({ type: 'refresh', progress: `reading the list ${Math.floor(window.scanShare * 100)}%` });
          }
          setImmediate(scan);
        };
        scan();
      });
      if (closed) return;
      emit({ type: 'refresh', progress: null });
      emit({ type: 'articles-changed', articles: window.rows() });
      if (reading && inputs && deferred) {
        const { remembered, notice: unsaved } = matchState(reading.state, lookupIn(window.rows(), inputs));
        emit({ type: 'remembered', remembered });
        if (unsaved) emit({ type: 'message', text: unsaved });
      }
      // The store answers searches: the reader keeps no index of the archive's text in memory.
      storeSearch = readerStoreSearch(() => stored.openStore(), window);
      storeSearch.prepare();
      emit({ type: 'indexed', count: window.rows().length });
      followRefresh(stored, emit, (added) => {
        if (closed) return;
        keptPeople?.changed();
        storeSearch?.changed();
        if (added) emit({ type: 'indexed', count: window.rows().length });
      }, (gone, changed) => {
        // A refresh that changed nothing leaves the search its order (re-read, 0.6 s at a million articles).
        if (!changed) return;
        keptPeople?.changed();
        storeSearch?.changed();
        // Files moved or edited since the list was read: reading state follows them now, not at the next start.
        if (closed || !reading || !inputs) return;
        const rows = window.rows();
        const added = Array.from({ length: rows.length - opened }, (_, k) => opened + k);
        const { remembered } = matchState(reading.state, lookupIn(rows, inputs, added, gone));
        emit({ type: 'remembered', remembered });
      }, () => {
        if (closed) return;
        keptPeople?.remade();
        // The word list was kept with the tables: searches read it from here on (see wordsStarting).
        storeSearch?.changed();
        emit({ type: 'people-ready' });
      });
      return;
    }
    const { createSearchIndex } = await import('../core/search/index.js');
    if (closed) return;
    const index = createSearchIndex();
    searchIndex = index;
    let done = 0;
    let shown = performance.now();
    const step = () => {
      if (closed) return;
      const until = performance.now() + INDEX_SLICE_MS;
      do {
        const batch = articles.slice(done, done + 8);
        index.addArticles(batch, done);
        done += batch.length;
      } while (done < articles.length && performance.now() < until);
      if (done === articles.length || performance.now() - shown > INDEX_PROGRESS_MS) {
        shown = performance.now();
        emit({ type: 'indexed', count: done });
      }
      if (done < articles.length) setImmediate(step);
    };
    step();
    if (!articles.length) return;
    const flush = () => {
      flushTimer = null;
      if (closed || !pending.length) return;
      const entries = pending;
      pending = [];
      emit({ type: 'analyses', entries });
    };
    // One core stays free for the screen.
    const workers = Math.max(1, Math.min(articles.length, availableParallelism() - 1));
    pool = createAnalysisPool(ANALYSIS_WORKER_URL, (i, result) => {
      if (!('error' in result)) index.addAnalysis(i, result);
      pending.push([i, result]);
      flushTimer ??= setTimeout(flush, pending.length === 1 && i === wanted ? 0 : ANALYSIS_FLUSH_MS);
    }, workers);
    pool.add(articles, 0);
    pool.prioritize(wanted);
    // Every article analysed: stop the workers and give their memory back.
    const running = pool;
    void running.idle().then(() => {
      if (pool === running) pool = null;
      return running.close();
    });
  });

  let code = 0;
  try {
    await app.waitUntilExit();
    // Back on the normal screen: what could not be shown stays in the terminal's scrollback.
    terminal.restore();
    reportErrors(problems, (line) => process.stderr.write(`${line}\n`));
  } catch (error) {
    terminal.restore();
    process.stderr.write(`reader: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    code = 1;
  } finally {
    closed = true;
    if (flushTimer) clearTimeout(flushTimer);
    terminal.restore();
    terminal.dispose();
    await (pool as AnalysisPool | null)?.close();
    (storeSearch as ReaderStoreSearch | null)?.close();
    keptPeople?.close();
    await stored?.stop();
    reading?.state.close();
    if (keys !== process.stdin) keys.destroy();
  }
  return code;
}

/** The keyboard: stdin when it is a terminal, else /dev/tty (as fzf does, for `cat story.txt | reader -`). */
function openKeyboard(): ReadStream | null {
  if (process.stdin.isTTY) return process.stdin as ReadStream;
  try {
    return new ReadStream(openSync('/dev/tty', 'r'));
  } catch {
    return null;
  }
}

/**
 * The terminal as Ink sees it, with a switch that drops its frames: between leaving the screen for
 * the shell (Ctrl-Z) and coming back, a frame already due would land on the shell's screen.
 */
function quietable(out: NodeJS.WriteStream): { stream: NodeJS.WriteStream; quiet: boolean } {
  const frames = { quiet: false, stream: out };
  frames.stream = new Proxy(out, {
    get(target, prop) {
      if (prop === 'write') {
        return (...args: Parameters<NodeJS.WriteStream['write']>) => {
          if (!frames.quiet) return target.write(...args);
          const done = args.find((a) => typeof a === 'function') as (() => void) | undefined;
          if (done) setImmediate(done);
          return true;
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return frames;
}
