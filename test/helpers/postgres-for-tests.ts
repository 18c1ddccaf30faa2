// The throwaway PostgreSQL as a test file uses it: one server for the file, stopped after it. Without
// PostgreSQL the tests are skipped with one line saying why; with READER_REQUIRE_POSTGRES=1 (set by
// .ci/run) they fail instead.
import { afterAll } from 'vitest';
import { startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres.js';

/** Whether a missing PostgreSQL fails the tests rather than skipping them. */
export const POSTGRES_REQUIRED = process.env['READER_REQUIRE_POSTGRES'] === '1';

/**
 * One server for this test file, stopped after it; null (and one line on stderr) when none can be
 * started. With READER_REQUIRE_POSTGRES=1 a server that cannot start is an error instead.
 */
export async function postgresForThisFile(): Promise<ThrowawayPostgres | null> {
  const started = await startThrowawayPostgres();
  if ('reason' in started) {
    if (POSTGRES_REQUIRED) throw new Error(`PostgreSQL is required (READER_REQUIRE_POSTGRES=1) but could not start: ${started.reason}`);
    process.stderr.write(`PostgreSQL tests skipped: ${started.reason}\n`);
    return null;
  }
  afterAll(() => started.stop());
  return started;
}
