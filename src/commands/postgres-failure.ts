import { ArchiveSchemaError } from '../core/store/postgres-store.js';
import { sanitizeForTerminal } from '../core/sanitize.js';

/**
 * What went wrong with a PostgreSQL server, as one line naming the server (`user@host:port/db`) and
 * never the password: pg's errors carry a code for the usual cases; anything else keeps its first
 * line, with the password blotted out should it appear.
 */
export function describeServerFailure(error: unknown, server: string, password: string | null): string {
  const { code, message } = error as { code?: string; message?: string };
  const text = String(message ?? error);
  const line = (() => {
    if (error instanceof ArchiveSchemaError) return `${server}: ${text}`;
    switch (code) {
      case 'ECONNREFUSED':
        return `cannot reach the PostgreSQL server ${server}: connection refused (is it running?)`;
      case 'ENOTFOUND':
      case 'EAI_AGAIN':
        return `cannot reach the PostgreSQL server ${server}: no such host`;
      case 'ETIMEDOUT':
      case 'EHOSTUNREACH':
      case 'ENETUNREACH':
        return `cannot reach the PostgreSQL server ${server}: no answer`;
      case 'ECONNRESET':
      case 'EPIPE':
        return `lost the connection to the PostgreSQL server ${server}`;
      case '28P01':
        return `the PostgreSQL server ${server} refused the password`;
      case '28000':
        return `the PostgreSQL server ${server} refused the connection: ${text}`;
      case '3D000':
        return `the PostgreSQL server ${server} has no such database`;
      case '57P01':
      case '57P02':
      case '57P03':
        return `lost the connection to the PostgreSQL server ${server}: the server ended it (shutting down, restarting, or an administrator ended the session)`;
      case '42501':
        return `the PostgreSQL server ${server} refused: ${text}`;
    }
    if (/timeout/i.test(text)) return `cannot reach the PostgreSQL server ${server}: no answer in time`;
    if (/terminated|connection.*(lost|closed)/i.test(text)) return `lost the connection to the PostgreSQL server ${server}`;
    if (/SASL|password must be a string/i.test(text)) return `the PostgreSQL server ${server} asks for a password: give it in the URL, PGPASSWORD or ~/.pgpass`;
    return `PostgreSQL server ${server}: ${text.split('\n')[0]}`;
  })();
  const hidden = password ? line.split(password).join('***') : line;
  return sanitizeForTerminal(hidden);
}
