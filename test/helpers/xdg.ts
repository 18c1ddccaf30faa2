// A reader started by a test keeps its cache and state in a folder of this test run, never under
// the real home folder: the XDG variables point into one temporary folder, removed when the run ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let root: string | null = null;

/** XDG_CACHE_HOME, XDG_STATE_HOME, XDG_CONFIG_HOME and XDG_DATA_HOME inside a temporary folder. */
export function testXdgDirs(): Record<string, string> {
  if (root === null) {
    const made = mkdtempSync(join(tmpdir(), 'reader-test-xdg-'));
    root = made;
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  return {
    XDG_CACHE_HOME: join(root, 'cache'),
    XDG_STATE_HOME: join(root, 'state'),
    XDG_CONFIG_HOME: join(root, 'config'),
    XDG_DATA_HOME: join(root, 'data'),
  };
}
