// Where the reader keeps its copy of a shared archive, and how its reading state is keyed: by the
// server (as `user@host:port/db`, never the password) and the paths the archive was limited to.
import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { InputPath } from '../core/load/find-files.js';
import type { ServerSource } from './background-index.js';
import { analysisVersion } from './analyze-corpus.js';
import { openServerStore } from './open-server-store.js';
import { readServerUrl } from './postgres-url.js';

/** A shared archive the reader can open: its source, the local copy's file, and the paths its reading state is keyed by. */
export interface ServerCopy {
  readonly source: ServerSource;
  readonly file: string;
  readonly stateInputs: readonly InputPath[];
}

/**
 * Checks that the server at `url` answers and holds an archive, then names the local copy: one file
 * per server and paths under $XDG_CACHE_HOME/reader. A server that is down, a bad URL or a refused
 * password is one line (without the password).
 */
export async function serverCopy(url: string, paths: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<ServerCopy | { readonly failure: string }> {
  const roots = paths.length ? paths.map((p) => resolve(p)) : null;
  const opened = await openServerStore(url, { analysisVersion: analysisVersion(), roots, mode: 'read' });
  if ('failure' in opened) return { failure: opened.failure };
  await opened.store.close().catch(() => {});
  const server = readServerUrl(url);
  const name = 'problem' in server ? url : server.name;
  const key = createHash('sha1').update([name, ...(roots ?? [])].join('\0')).digest('hex').slice(0, 16);
  const cache = env['XDG_CACHE_HOME'] || join(homedir(), '.cache');
  // Reading state is keyed by the server's name and the roots (paths the server labels absolutely).
  const stateInputs = (roots ?? ['/']).map((root) => ({ path: `/${name}${root === '/' ? '' : root}`, label: root }));
  return { source: { url, roots }, file: join(cache, 'reader', `server-${key}.sqlite`), stateInputs };
}
