// Every way out gives the terminal back: the reader runs from a shell inside a pseudo-terminal, is
// stopped by a signal or a crash, and the shell then prints the exit code and the terminal settings
// (`stty`), which must be exactly what they were before: echo and line editing on.
import { readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../helpers/temp-dir.js';
import { readerStarter, WAIT_MS, type PtyReader } from './pty-terminal.js';

const startReader = readerStarter();

/** Starts the reader from a shell that prints the terminal settings before and after it, and its exit code. */
function startFromShell(env: Record<string, string> = {}) {
  const dir = tempTree({ 'story.txt': 'Harbour story\n\nThe harbour opened on Monday.\n\n“It is open,” Ana Perez said.' });
  const script = `echo "before=$(stty -g)"; "${process.execPath}" dist/cli.js "${dir}"; echo "exit=$?"; echo "after=$(stty -g)"; stty -a | tr '\\n' ' '; echo; echo "shell done"`;
  // The reader names itself `reader` (process.title), so it is found by a variable only its run has.
  const marker = `READER_TEST_RUN=${dir}`;
  const reader = startReader([], { shell: script, env: { ...env, READER_TEST_RUN: dir } });
  return { reader, marker };
}

const NODE = realpathSync(process.execPath);

/** The pid of the node process (not the shell around it) whose environment holds the marker. */
async function pidOf(marker: string): Promise<number> {
  const started = Date.now();
  for (;;) {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (readlinkSync(`/proc/${entry}/exe`) === NODE && readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(marker)) return Number(entry);
      } catch {
        // not ours to read, or ended meanwhile
      }
    }
    if (Date.now() - started > WAIT_MS) throw new Error(`no reader process has ${marker}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** What the shell printed after the reader ended. */
async function afterwards(reader: PtyReader) {
  await reader.waitFor('shell done');
  const out = reader.output();
  const field = (name: string) => new RegExp(`${name}=(\\S+)`).exec(out)?.[1];
  return { out, exit: Number(field('exit')), before: field('before'), after: field('after'), stty: /speed[^]*?shell done/.exec(out)?.[0] ?? '' };
}

function expectRestored(reader: PtyReader, result: Awaited<ReturnType<typeof afterwards>>): void {
  const { out } = result;
  expect(out.lastIndexOf('\u001b[?1049l'), 'alternate screen left').toBeGreaterThan(out.lastIndexOf('\u001b[?1049h'));
  expect(out.lastIndexOf('\u001b[?25h'), 'cursor shown').toBeGreaterThan(out.lastIndexOf('\u001b[?25l'));
  expect(reader.buffer()).toBe('normal');
  expect(result.before).toMatch(/^[0-9a-f:]+$/);
  expect(result.after, 'terminal settings as before').toBe(result.before);
  expect(result.stty).toMatch(/(^|[ ;])echo[ ;]/);
  expect(result.stty).toMatch(/(^|[ ;])icanon[ ;]/);
  expect(result.stty).not.toMatch(/-echo[ ;]|-icanon/);
}

describe('the terminal is restored on every way out', { timeout: 30_000 }, () => {
  it('q: exit 0, settings as before', async () => {
    const { reader } = startFromShell();
    await reader.waitFor('The harbour opened on Monday.');
    expect(reader.buffer()).toBe('alternate');
    reader.press('q');
    const result = await afterwards(reader);
    expect(result.exit).toBe(0);
    expectRestored(reader, result);
  });

  it.each([['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const)('%s: exit %i, settings as before', async (signal, code) => {
    const { reader, marker } = startFromShell();
    await reader.waitFor('The harbour opened on Monday.');
    process.kill(await pidOf(marker), signal);
    const result = await afterwards(reader);
    expect(result.exit).toBe(code);
    expectRestored(reader, result);
  });

  it('an exception inside a render: exit 1, the error on the normal screen, settings as before', async () => {
    const { reader } = startFromShell({ READER_TEST_CRASH: 'render' });
    await reader.waitFor('The harbour opened on Monday.');
    reader.press('!');
    const result = await afterwards(reader);
    expect(result.exit).toBe(1);
    expectRestored(reader, result);
    await reader.waitFor('reader: Error: crash in a render (READER_TEST_CRASH)');
  });

  it('an uncaught exception outside React: exit 1, the error on the normal screen, settings as before', async () => {
    const { reader } = startFromShell({ READER_TEST_CRASH: 'timer' });
    await reader.waitFor('The harbour opened on Monday.');
    reader.press('!');
    const result = await afterwards(reader);
    expect(result.exit).toBe(1);
    expectRestored(reader, result);
    await reader.waitFor('reader: Error: crash in a timer (READER_TEST_CRASH)');
  });
});
