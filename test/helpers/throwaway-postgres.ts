// A throwaway PostgreSQL server for the tests and benches that need a real one: initdb into a
// temporary folder as an unprivileged user (PostgreSQL refuses to run as root), start on a free port
// on 127.0.0.1, stop and delete it at the end (or when the process exits).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

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
  /** CPU time the server has used so far, in seconds: the postmaster, its live backends, and those it reaped. */
  cpuSeconds(): number;
}

/** Starts a server, or says why it could not; `settings` are given to it as `-c name=value` (a bench sizes its memory). */
export async function startThrowawayPostgres(settings: Readonly<Record<string, string>> = {}): Promise<ThrowawayPostgres | { reason: string }> {
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
  const options = [`-h 127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=40`, ...Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`)].join(' ');
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
    cpuSeconds: () => serverCpuSeconds(data),
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

/**
 * CPU seconds of the postmaster (its pid is the first line of postmaster.pid) and its live children,
 * from /proc, plus the time of the children it has reaped (which Linux adds to the postmaster's own).
 */
export function serverCpuSeconds(data: string): number {
  const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const ticks = 100; // USER_HZ on Linux
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // Fields after the command name (which may hold spaces): state ppid ... utime(14) stime(15) cutime(16) cstime(17).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(entry) === postmaster) total += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / ticks;
    else if (Number(fields[1]) === postmaster) total += (Number(fields[11]) + Number(fields[12])) / ticks;
  }
  return total;
}
