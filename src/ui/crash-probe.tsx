import { useInput } from 'ink';
import { useState, type ReactNode } from 'react';

/**
 * Test hook, read once at start-up: with READER_TEST_CRASH=render the key `!` makes the next render
 * throw, and with READER_TEST_CRASH=timer it throws from a timer, so the end-to-end tests can check
 * that a crash still gives the terminal back (test/e2e/signals.test.ts). Unset, it does nothing.
 */
export const CRASH_PROBE = process.env['READER_TEST_CRASH'] === 'render' || process.env['READER_TEST_CRASH'] === 'timer' ? process.env['READER_TEST_CRASH'] : null;

/** Wraps the app; with the probe set, `!` crashes the way CRASH_PROBE says. */
export function CrashProbe({ mode, children }: { readonly mode: 'render' | 'timer'; readonly children: ReactNode }) {
  const [crashed, setCrashed] = useState(false);
  useInput((input) => {
    if (input !== '!') return;
    if (mode === 'render') setCrashed(true);
    else setTimeout(() => {
      throw new Error('crash in a timer (READER_TEST_CRASH)');
    });
  });
  if (crashed) throw new Error('crash in a render (READER_TEST_CRASH)');
  return <>{children}</>;
}
