// A throwaway PostgreSQL server for the tests that need a real one: initdb into a temporary folder
// as an unprivileged user (PostgreSQL refuses to run as root), start on a free port on 127.0.0.1,
// and stop and delete it when the test file ends. Without PostgreSQL the tests are skipped with one
// line saying why; with READER_REQUIRE_POSTGRES=1 (set by .ci/run) they fail instead.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll } from 'vitest';

/** The user the server runs as when the tests run as root (created when missing). */
const SERVER_USER = 'reader-pg-test';
/** The superuser inside the throwaway cluster. */
const DB_USER = 'reader';

/** A running throwaway server. */
export interface ThrowawayPostgres {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  /** `postgres://user:password@host:port/database` */
  url(database?: string): string;
  /** A new, empty database (with `unaccent` available), its name. */
  createDatabase(): Promise<string>;
  /** Stops the server and deletes its folder. */
  stop(): void;
}

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

/** Starts a server, or says why it could not. */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres | { reason: string }> {
  const bin = findBinaries();
  if (!bin) return { reason: 'no initdb and pg_ctl found (install postgresql-15, or set READER_PG_BIN to their folder)' };
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const made = ensureServerUser();
    if (made) return { reason: made };
  }
  const run = (command: string, args: readonly string[]): SpawnSyncReturns<string> =>
    asRoot
      ? spawnSync('runuser', ['-u', SERVER_USER, '--', command, ...args], { encoding: 'utf8', timeout: 120_000 })
      : spawnSync(command, args, { encoding: 'utf8', timeout: 120_000 });
  const dir = mkdtempSync(join(tmpdir(), 'reader-pg-'));
  const data = join(dir, 'data');
  const password = randomBytes(12).toString('hex');
  writeFileSync(join(dir, 'password'), `${password}\n`);
  if (asRoot) {
    const uid = Number(spawnSync('id', ['-u', SERVER_USER], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', SERVER_USER], { encoding: 'utf8' }).stdout.trim());
    chownSync(dir, uid, gid);
    chownSync(join(dir, 'password'), uid, gid);
  }
  const fail = (what: string, result: SpawnSyncReturns<string>) => {
    rmSync(dir, { recursive: true, force: true });
    const said = `${result.stderr ?? ''}${result.error?.message ?? ''}`.trim().split('\n').slice(-1)[0];
    return { reason: `${what} failed${said ? `: ${said}` : ''}` };
  };
  // scram-sha-256 everywhere, so a wrong password is refused as it would be on a real server.
  const init = run(join(bin, 'initdb'), ['-D', data, '-U', DB_USER, `--pwfile=${join(dir, 'password')}`, '-A', 'scram-sha-256', '-E', 'UTF8', '--locale=C', '--no-sync']);
  if (init.status !== 0) return fail('initdb', init);
  const port = await freePort();
  // fsync off: a throwaway cluster need not survive a power cut, and it spares a shared disk.
  const options = `-h 127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=40`;
  const start = run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o', options, 'start']);
  if (start.status !== 0) return fail('pg_ctl start', start);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', stop);
  const url = (database = 'postgres') => `postgres://${DB_USER}:${password}@127.0.0.1:${port}/${database}`;
  let databases = 0;
  return {
    host: '127.0.0.1', port, user: DB_USER, password, url, stop,
    async createDatabase() {
      const name = `reader_test_${++databases}`;
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return name;
    },
  };
}

/** READER_PG_BIN, else the newest Debian install (15 or later), else initdb on PATH. */
function findBinaries(): string | null {
  const given = process.env['READER_PG_BIN'];
  if (given) return existsSync(join(given, 'initdb')) ? given : null;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian).map(Number).filter((v) => v >= 15 && existsSync(join(debian, String(v), 'bin', 'initdb'))).sort((a, b) => b - a);
    if (versions.length) return join(debian, String(versions[0]), 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const found = which.status === 0 ? which.stdout.trim() : '';
  return found ? join(found, '..') : null;
}

/** Makes the unprivileged user the server runs as; an error line, or null when it exists. */
function ensureServerUser(): string | null {
  if (spawnSync('id', ['-u', SERVER_USER]).status === 0) return null;
  const made = spawnSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', SERVER_USER], { encoding: 'utf8' });
  return made.status === 0 ? null : `cannot create the user ${SERVER_USER} to run the server as (${(made.stderr || made.error?.message || '').trim()})`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
