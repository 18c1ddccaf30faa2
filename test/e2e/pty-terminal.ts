// Runs the built CLI in a real pseudo-terminal and reads its screen through a headless xterm.
import xterm from '@xterm/headless';
import { afterEach } from 'vitest';
import pty from 'node-pty';
import { CLI, ROOT } from '../helpers/run-cli.js';

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
  /** Resolves with the exit code. */
  exited: Promise<{ exitCode: number; signal?: number }>;
  /** Sends a signal to the program. */
  kill(signal?: string): void;
}

/** Starts `node dist/cli.js ...args` in a pty, with CI unset (Ink draws only a final frame under CI). */
export function startReader(args: readonly string[], options: { columns?: number; rows?: number; env?: Record<string, string>; shell?: string } = {}): PtyReader {
  const columns = options.columns ?? 120;
  const rows = options.rows ?? 36;
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'CI' && k !== 'NO_COLOR' && k !== 'FORCE_COLOR') env[k] = v;
  Object.assign(env, { TERM: 'xterm-256color' }, options.env);
  const term = new xterm.Terminal({ cols: columns, rows, allowProposedApi: true });
  const file = options.shell ? '/bin/sh' : process.execPath;
  const argv = options.shell ? ['-c', options.shell] : [CLI, ...args];
  const child = pty.spawn(file, argv, { name: 'xterm-256color', cols: columns, rows, cwd: ROOT, env });
  let raw = '';
  let pending = Promise.resolve();
  child.onData((data) => {
    raw += data;
    pending = pending.then(() => new Promise<void>((resolve) => term.write(data, resolve)));
  });
  // The pty can report the exit before the last output is read: settle once output stops arriving
  // and the emulator has drawn all of it, so checks of the restored screen see the final bytes.
  const exited = new Promise<{ exitCode: number; signal?: number }>((resolve) => child.onExit(async (exit) => {
    let seen: number;
    do {
      seen = raw.length;
      await new Promise((wait) => setTimeout(wait, 50));
      await pending;
    } while (raw.length !== seen);
    resolve(exit);
  }));
  const screen = () => {
    const buffer = term.buffer.active;
    return Array.from({ length: rows }, (_, y) => buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
  };
  return {
    screen,
    output: () => raw,
    buffer: () => term.buffer.active.type,
    press: (keys) => child.write(keys),
    resize: (c, r) => {
      child.resize(c, r);
      term.resize(c, r);
    },
    async waitFor(what, timeout = WAIT_MS) {
      const started = Date.now();
      for (;;) {
        await pending;
        const lines = screen();
        const text = lines.join('\n');
        if (typeof what === 'string' ? text.includes(what) : what.test(text)) return lines;
        if (Date.now() - started > timeout) throw new Error(`screen never showed ${String(what)}; it shows:\n${text}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    exited,
    kill: (signal = 'SIGTERM') => child.kill(signal),
  };
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
