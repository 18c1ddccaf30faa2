import type { PostgresArchive } from '../core/store/postgres-store.js';
import { openPostgresStore, type PostgresStoreOptions } from '../core/store/postgres-store.js';
import { describeServerFailure } from './postgres-failure.js';
import { readServerUrl } from './postgres-url.js';

/** An opened server store with a way to describe its later failures, or the one line saying why it did not open. */
export type OpenedServerStore =
  | { readonly store: PostgresArchive; readonly describe: (error: unknown) => string }
  | { readonly failure: string };

/** Opens the archive on the PostgreSQL server at `url`; every failure is one line for stderr, without the password. */
export async function openServerStore(url: string, options: PostgresStoreOptions): Promise<OpenedServerStore> {
  const server = readServerUrl(url);
  if ('problem' in server) return { failure: `reader: --store: ${server.problem}` };
  const describe = (error: unknown) => `reader: ${describeServerFailure(error, server.name, server.password)}`;
  try {
    return { store: await openPostgresStore(url, options), describe };
  } catch (error) {
    return { failure: describe(error) };
  }
}
