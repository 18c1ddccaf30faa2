import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';

// Permissions do not bind root, so as root the CLI runs as `nobody` (when nobody can run it at all).
const asRoot = process.getuid?.() === 0;
const nobodyCanRun = !asRoot || spawnSync(process.execPath, [CLI, '--version'], { uid: 65534, gid: 65534 }).status === 0;
/** Why the check cannot run here (said once, in the test output), or null when it can. */
const cannotRun = nobodyCanRun
  ? null
  : `running as root, where permissions bind no one, and the user nobody cannot run ${CLI} (a folder on its path is closed to other users)`;
if (cannotRun !== null) console.warn(`skipped: unreadable files and folders: ${cannotRun}`);

describe.skipIf(cannotRun !== null)('unreadable files and folders', () => {
  it('names each one with "permission denied" and loads the rest', () => {
    const root = tempTree({ 'ok.txt': 'Readable\n\nText.', 'secret.txt': 'Secret\n\nText.', 'locked/inner.txt': 'Inner\n\nText.' });
    chmodSync(root, 0o755);
    chmodSync(join(root, 'secret.txt'), 0o000);
    chmodSync(join(root, 'locked'), 0o000);
    const run = asRoot
      ? spawnSync(process.execPath, [CLI, '--json', root], { uid: 65534, gid: 65534, encoding: 'utf8', env: { ...process.env } })
      : null;
    const { code, stdout } = run ? { code: run.status, stdout: run.stdout } : runCli(['--json', root]);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.articles.map((a: { title: string }) => a.title)).toEqual(['Readable']);
    expect(doc.errors).toEqual([
      { path: join(root, 'locked'), message: 'permission denied' },
      { path: join(root, 'secret.txt'), message: 'permission denied' },
    ]);
  });
});
