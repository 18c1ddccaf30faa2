// Runs the built CLI in a real pseudo-terminal and reads its screen through a headless xterm.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import xterm from '@xterm/headless';
import { afterEach } from 'vitest';
import pty from 'node-pty';
import { CLI, ROOT } from '../helpers/run-cli.js';
import { testXdgDirs } from '../helpers/xdg.js';

/** How long a wait may take before the test fails (a hang catcher, not a timing target). */
export const WAIT_MS = 10_000;

/** A running reader in a terminal of the given size. */
export interface PtyReader {
  /** The visible screen, one string per row, trailing spaces removed. */
  screen(): string[];
  /** Everything the program wrote, escapes included. */
  output(): string;
  /** Which screen buffer shows: the alternate one while the reader runs. */
  buffer(): 'normal' | 'alternate';
  /** Sends keys as a terminal would. */
  press(keys: string): void;
  resize(columns: number, rows: number): void;
  /** Resolves when the screen shows the text (or matches the pattern); rejects after WAIT_MS. */
  waitFor(what: string | RegExp, timeout?: number): Promise<string[]>;
  /** Resolves once the emulator has drawn everything the program wrote so far. */
  drawn(): Promise<void>;
  /** Resolves when the screen next changes (new output drawn, or a resize), or after `ms` at most. */
  changed(ms: number): Promise<void>;
  /** Resolves with the exit code. */
  exited: Promise<{ exitCode: number; signal?: number }>;
  /** The process id of what runs in the terminal (the reader, or the shell around it). */
  pid: number;
  /** Sends a signal to the program. */
  kill(signal?: string): void;
}

/**
 * Starts `node dist/cli.js ...args` in a pty, with CI unset (Ink draws only a final frame under CI),
 * and with cache and state in a test folder.
 */
export function startReader(args: readonly string[], options: { columns?: number; rows?: number; env?: Record<string, string>; shell?: string } = {}): PtyReader {
  const columns = options.columns ?? 120;
  const rows = options.rows ?? 36;
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'CI' && k !== 'NO_COLOR' && k !== 'FORCE_COLOR') env[k] = v;
  // Each reader gets reading state of its own (a test that quits and starts again passes its own
  // XDG_STATE_HOME), so one test's read marks and places never decide where the next one opens.
  Object.assign(env, { TERM: 'xterm-256color' }, testXdgDirs(), { XDG_STATE_HOME: freshStateHome() }, options.env);
  const term = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true });
  const file = options.shell ? '/bin/sh' : process.execPath;
  const argv = options.shell ? ['-c', options.shell] : [CLI, ...args];
  const child = pty.spawn(file, argv, { name: 'xterm-256color', cols: columns, rows, cwd: ROOT, env });
  let raw = '';
  let pending = Promise.resolve();
  // Waiters for the next change of the screen.
  let wake: (() => void)[] = [];
  const changedNow = () => {
    const waiting = wake;
    wake = [];
    for (const resolve of waiting) resolve();
  };
  child.onData((data) => {
    raw += data;
    pending = pending.then(() => new Promise<void>((resolve) => term.write(data, resolve))).then(changedNow);
  });
  /** Until the emulator has drawn all output so far, including any that arrives while waiting. */
  const drawn = async () => {
    let seen: Promise<void>;
    do {
      seen = pending;
      await seen;
    } while (seen !== pending);
  };
  // node-pty reports the exit only once the pty has closed, after its last output was read (see
  // onexit in its unixTerminal.js): what is left is for the emulator to draw that output.
  const exited = new Promise<{ exitCode: number; signal?: number }>((resolve) => child.onExit(async (exit) => {
    await drawn();
    resolve(exit);
  }));
  const screen = () => {
    const buffer = term.buffer.active;
    return Array.from({ length: rows }, (_, y) => buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
  };
  const changed = (ms: number) => new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    wake.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
  return {
    screen,
    output: () => raw,
    buffer: () => term.buffer.active.type,
    press: (keys) => child.write(keys),
    resize: (c, r) => {
      child.resize(c, r);
      term.resize(c, r);
      changedNow();
    },
    async waitFor(what, timeout = WAIT_MS) {
      const deadline = Date.now() + timeout;
      for (;;) {
        await drawn();
        const lines = screen();
        const text = lines.join('\n');
        if (typeof what === 'string' ? text.includes(what) : what.test(text)) return lines;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`screen never showed ${String(what)}; it shows:\n${text}`);
        await changed(left);
      }
    },
    drawn,
    changed,
    exited,
    pid: child.pid,
    kill: (signal = 'SIGTERM') => child.kill(signal),
  };
}

/** A new, empty state folder inside the test run's temporary folder. */
export function freshStateHome(): string {
  const base = testXdgDirs()['XDG_STATE_HOME']!;
  mkdirSync(base, { recursive: true });
  return mkdtempSync(join(base, 'reader-'));
}

/** A startReader for one test file: whatever it started is killed after each test. */
export function readerStarter(): typeof startReader {
  const running: PtyReader[] = [];
  afterEach(() => {
    for (const r of running.splice(0)) r.kill('SIGKILL');
  });
  return (...params) => {
    const reader = startReader(...params);
    running.push(reader);
    return reader;
  };
}
