import { sanitizeForTerminal } from '../core/sanitize.js';

/** Whether `--store` names a PostgreSQL server rather than a file. */
export function isPostgresUrl(store: string): boolean {
  return /^postgres(ql)?:\/\//i.test(store);
}

/** A server URL checked, with how to name it to the user: `user@host:port/db`, never the password. */
export type ServerUrl = { readonly name: string; readonly password: string | null } | { readonly problem: string };

/** Reads `postgres://user:password@host:port/db`; a URL it cannot use gets one line saying why (without the URL, which may hold a password). */
export function readServerUrl(url: string): ServerUrl {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { problem: 'not a PostgreSQL URL (expected postgres://user@host:port/database)' };
  }
  // A Unix socket folder comes as ?host=/run/postgresql.
  const host = parsed.hostname || parsed.searchParams.get('host') || '';
  if (!host) return { problem: 'the PostgreSQL URL names no host (expected postgres://user@host:port/database)' };
  if (parsed.port && !/^\d+$/.test(parsed.port)) return { problem: 'the PostgreSQL URL has a bad port' };
  const database = decoded(parsed.pathname.replace(/^\//, ''));
  const user = decoded(parsed.username);
  const password = decoded(parsed.password);
  if (database === null || user === null || password === null) return { problem: 'the PostgreSQL URL has a bad %-escape' };
  const name = sanitizeForTerminal(`${user ? `${user}@` : ''}${host}:${parsed.port || '5432'}${database ? `/${database}` : ''}`);
  return { name, password: password || parsed.searchParams.get('password') || null };
}

function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
