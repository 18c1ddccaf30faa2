// Runs the built reader for a bench and times it. Figures, never asserted.
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = join(fileURLToPath(new URL('..', import.meta.url)), 'dist', 'cli.js');

/** Runs the reader; its stdout goes to `out` when given (a large `--json` does not fit a string). */
export function runReader(args: string[], out?: string): { ms: number; stdout: string; stderr: string; code: number | null } {
  const started = performance.now();
  const fd = out ? openSync(out, 'w') : 'pipe';
  const result = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', fd, 'pipe'], env: { ...process.env, CI: '' } });
  if (typeof fd === 'number') closeSync(fd);
  return { ms: performance.now() - started, stdout: result.stdout ?? '', stderr: result.stderr ?? '', code: result.status };
}
