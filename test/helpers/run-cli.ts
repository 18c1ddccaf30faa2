import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { testXdgDirs } from './xdg.js';

/** The built CLI (npm test builds it first). */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
/** The project root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the built CLI without a terminal and returns what it printed (cache and state go to a test folder). */
export function runCli(args: readonly string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? '',
    env: { ...process.env, ...testXdgDirs(), ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
