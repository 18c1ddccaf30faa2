// The terminal around the app: the alternate screen, and giving the terminal back exactly as it was
// on every way out (q, Ctrl-C, SIGTERM, SIGHUP, an uncaught error) and on Ctrl-Z.
import type { ReadStream } from 'node:tty';

const ENTER = '\x1b[?1049h\x1b[H\x1b[2J\x1b[?25l';
const LEAVE = '\x1b[?25h\x1b[?1049l';
const SIGNALS = { SIGINT: 2, SIGHUP: 1, SIGTERM: 15 } as const;

/** Control of the screen the app runs on. */
export interface Terminal {
  /** Switches to the alternate screen and starts watching signals and crashes. */
  enter(): void;
  /** Called first on the way out (to unmount the app while the alternate screen still shows). */
  onExit(fn: () => void): void;
  /** Leaves the alternate screen, shows the cursor, ends raw mode. Safe to call more than once. */
  restore(): void;
  /** Gives the terminal to the shell (Ctrl-Z); on `fg` takes it back and calls onResume. */
  suspend(onResume: () => void): void;
  /** Stops watching signals. */
  dispose(): void;
}

/** Wraps stdout and the keyboard stream. */
export function createTerminal(out: NodeJS.WriteStream, keys: ReadStream): Terminal {
  let beforeExit: () => void = () => {};
  let active = false;
  const write = (text: string) => {
    try {
      out.write(text);
    } catch {
      // The terminal may be gone (SIGHUP): nothing left to restore.
    }
  };
  const rawMode = (on: boolean) => {
    try {
      if (keys.isTTY) keys.setRawMode(on);
    } catch {
      // as above
    }
  };
  const restore = () => {
    if (!active) return;
    active = false;
    try {
      beforeExit();
    } catch {
      // Unmounting failed: still give the terminal back.
    }
    rawMode(false);
    write(LEAVE);
  };
  const onSignal = (signal: NodeJS.Signals) => {
    restore();
    process.exit(128 + (SIGNALS[signal as keyof typeof SIGNALS] ?? 1));
  };
  const onCrash = (error: unknown) => {
    restore();
    process.stderr.write(`reader: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  };
  return {
    enter() {
      active = true;
      write(ENTER);
      for (const signal of Object.keys(SIGNALS)) process.on(signal, onSignal);
      process.on('uncaughtException', onCrash);
      process.on('unhandledRejection', onCrash);
    },
    onExit(fn) {
      beforeExit = fn;
    },
    restore,
    suspend(onResume) {
      rawMode(false);
      write(LEAVE);
      process.once('SIGCONT', () => {
        write(ENTER);
        rawMode(true);
        onResume();
      });
      process.kill(process.pid, 'SIGTSTP');
    },
    dispose() {
      for (const signal of Object.keys(SIGNALS)) process.off(signal, onSignal);
      process.off('uncaughtException', onCrash);
      process.off('unhandledRejection', onCrash);
    },
  };
}
