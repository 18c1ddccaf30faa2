import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where an archive's store lives: `--store`, else READER_STORE, else one file per archive under
 * $XDG_CACHE_HOME/reader (default ~/.cache/reader), named by the real paths the reader was given.
 */
export function storeFileFor(paths: readonly string[], flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag);
  if (env['READER_STORE']) return resolve(env['READER_STORE']);
  const cache = env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
  return join(cache, 'reader', `archive-${archiveKey(paths)}.sqlite`);
}

/** An archive's name: a hash of the real paths the reader was given, in order. */
export function archiveKey(paths: readonly string[]): string {
  const real = paths.map((p) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  });
  return createHash('sha1').update(real.join('\0')).digest('hex').slice(0, 16);
}

/** The reading state's file: $XDG_STATE_HOME/reader/state.sqlite (default ~/.local/state), apart from the cache. */
export function stateFile(env: NodeJS.ProcessEnv = process.env): string {
  const state = env['XDG_STATE_HOME'] || join(homedir(), '.local', 'state');
  return join(state, 'reader', 'state.sqlite');
}
