// `reader --index … --store postgres://…` into a real (throwaway) server: only what changed is sent,
// a SIGKILL midway loses and duplicates nothing, `--json` reads it back, and every failure is one
// line naming the server, never the password.
import { spawn } from 'node:child_process';
import { rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';
import { postgresForThisFile } from '../helpers/postgres-for-tests.js';
import { testXdgDirs } from '../helpers/xdg.js';

const server = await postgresForThisFile();
/** A bound for a hang on two busy cores, not a target. */
const HANG_MS = 180_000;
const SUMMARY = /^(\d+) articles: (\d+) new, (\d+) changed, (\d+) removed, [\d.]+ s\n$/;
const story = (title: string, body: string) => `${title}\n\n${body}\n`;

function counts(stdout: string): number[] {
  const match = SUMMARY.exec(stdout);
  if (!match) throw new Error(`no summary line in ${JSON.stringify(stdout)}`);
  return match.slice(1, 5).map(Number);
}

/** Runs one query on the server and returns its rows. */
async function query<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text)).rows;
  } finally {
    await client.end();
  }
}

/** Each stored article's row version: a row the indexer did not write again keeps its xmin. */
async function rowVersions(url: string): Promise<Map<string, string>> {
  const rows = await query<{ path: string; xmin: string }>(url, 'SELECT path, xmin::text AS xmin FROM reader.articles');
  return new Map(rows.map((r) => [r.path, r.xmin]));
}

describe.skipIf(!server)('reader --index into PostgreSQL', { timeout: HANG_MS }, () => {
  it('sends only what was added, changed or removed, and --json reads the same document back', async () => {
    const url = server!.url(await server!.createDatabase());
    const archive = tempTree({
      'news/a.txt': story('Bridge vote delayed', '"We are not against a bridge," said Nora Pell.'),
      'news/b.txt': story('Ferry sailings doubled', 'Westline will run 14 sailings a day.'),
      'sport/c.txt': story('Rovers climb to third', 'Rovers beat Eastfield 3-1 on Saturday.'),
    });
    const first = runCli(['--index', '--store', url, archive]);
    expect([first.code, first.stderr]).toEqual([0, '']);
    expect(counts(first.stdout)).toEqual([3, 3, 0, 0]);
    const written = await rowVersions(url);
    expect(counts(runCli(['--index', '--store', url, archive]).stdout)).toEqual([3, 0, 0, 0]);
    expect(await rowVersions(url)).toEqual(written);

    // One edited, one only touched (same bytes, a new time), one added, one removed.
    writeFileSync(join(archive, 'news/a.txt'), story('Bridge vote delayed again', 'The council put off its vote.'));
    utimesSync(join(archive, 'news/b.txt'), new Date(), new Date(Date.now() + 60_000));
    writeFileSync(join(archive, 'sport/d.txt'), story('Record field for harbour swim', 'A record 640 swimmers took part.'));
    rmSync(join(archive, 'sport/c.txt'));
    expect(counts(runCli(['--index', '--store', url, archive]).stdout)).toEqual([3, 1, 1, 1]);
    const after = await rowVersions(url);
    expect([...after.keys()].sort()).toEqual(['news/a.txt', 'news/b.txt', 'sport/d.txt'].map((p) => join(archive, p)));
    expect(counts(runCli(['--index', '--store', url, archive]).stdout)).toEqual([3, 0, 0, 0]);
    expect(await rowVersions(url)).toEqual(after);

    const fromServer = runCli(['--json', '--store', url, archive]);
    expect([fromServer.code, fromServer.stderr]).toEqual([0, '']);
    expect(fromServer.stdout).toBe(runCli(['--json', '--no-store', archive]).stdout);
  });

  it('a user with only read rights reads with --json (password from PGPASSWORD) and cannot index', async () => {
    const database = await server!.createDatabase();
    const url = server!.url(database);
    const archive = tempTree({ 'a.txt': story('Bridge vote delayed', '"We will build it," said Nora Pell.') });
    expect(runCli(['--index', '--store', url, archive]).code).toBe(0);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    for (const statement of ["CREATE ROLE reporter LOGIN PASSWORD 'read-only-pw'", 'GRANT USAGE ON SCHEMA reader TO reporter', 'GRANT SELECT ON ALL TABLES IN SCHEMA reader TO reporter']) await client.query(statement);
    await client.end();
    const readOnly = `postgres://reporter@127.0.0.1:${server!.port}/${database}`;
    const env = { PGPASSWORD: 'read-only-pw' };
    const json = runCli(['--json', '--store', readOnly, archive], { env });
    expect([json.code, json.stderr]).toEqual([0, '']);
    expect(json.stdout).toBe(runCli(['--json', '--no-store', archive]).stdout);
    writeFileSync(join(archive, 'b.txt'), story('Ferry sailings doubled', 'Westline will run 14 sailings a day.'));
    const index = runCli(['--index', '--store', readOnly, archive], { env });
    expect(index.code).toBe(1);
    expect(index.stderr).toMatch(/^reader: the PostgreSQL server reporter@127\.0\.0\.1:\d+\/\w+ refused: permission denied[^\n]*\n$/);
    expect(index.stderr).not.toContain('read-only-pw');
  });

  it('keeps each indexed folder apart on one server: indexing one never removes another', async () => {
    const url = server!.url(await server!.createDatabase());
    const one = tempTree({ 'a.txt': story('First archive', 'Words of the first.') });
    const two = tempTree({ 'b.txt': story('Second archive', 'Words of the second.'), 'c.txt': story('Third story', 'More words.') });
    expect(counts(runCli(['--index', '--store', url, one]).stdout)).toEqual([1, 1, 0, 0]);
    expect(counts(runCli(['--index', '--store', url, two]).stdout)).toEqual([2, 2, 0, 0]);
    expect(counts(runCli(['--index', '--store', url, one]).stdout)).toEqual([1, 0, 0, 0]);
    const titles = (args: string[]) => (JSON.parse(runCli(['--json', '--store', url, ...args]).stdout) as { articles: { title: string }[] }).articles.map((a) => a.title).sort();
    expect(titles([one])).toEqual(['First archive']);
    expect(titles([two])).toEqual(['Second archive', 'Third story']);
    expect(titles([])).toEqual(['First archive', 'Second archive', 'Third story']);
  });

  it('killed midway with SIGKILL, the next run goes on: nothing lost, nothing twice, then nothing to send', async () => {
    const url = server!.url(await server!.createDatabase());
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`s${Math.floor(i / 100)}/story-${i}.txt`] = story(`Story number ${i}`, `Paragraph one of story ${i}, with "a quote," said Ann Lee.\n\nAnd a figure: ${i}% of the vote.`);
    const archive = tempTree(files);
    const child = spawn(process.execPath, [CLI, '--index', '--store', url, archive], { stdio: 'ignore', env: { ...process.env, ...testXdgDirs() } });
    const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Kill it once a first batch is in (or at the end, if it is faster than the polling).
    let stored = 0;
    for (let tries = 0; tries < 3000 && stored < 64 && child.exitCode === null; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      try {
        stored = Number((await query<{ n: string }>(url, 'SELECT count(*) AS n FROM reader.articles'))[0]!.n);
      } catch {
        // The tables may not be there yet.
      }
    }
    child.kill('SIGKILL');
    // Killed while it was still writing, so this run is a resume.
    expect(await exited).toBe('SIGKILL');
    const again = runCli(['--index', '--store', url, archive]);
    expect([again.code, again.stderr]).toEqual([0, '']);
    const [total, added, changed, removed] = counts(again.stdout);
    expect([total, changed, removed]).toEqual([400, 0, 0]);
    expect(added).toBeLessThanOrEqual(400 - Math.min(stored, 400) + 64);
    const [rows] = await query<{ articles: number; paths: number; paragraphs: number }>(url,
      'SELECT (SELECT count(*)::int FROM reader.articles) AS articles, (SELECT count(DISTINCT path)::int FROM reader.articles) AS paths, (SELECT count(*)::int FROM reader.units WHERE kind = 1) AS paragraphs');
    expect(rows).toEqual({ articles: 400, paths: 400, paragraphs: 800 });
    const versions = await rowVersions(url);
    expect(counts(runCli(['--index', '--store', url, archive]).stdout)).toEqual([400, 0, 0, 0]);
    expect(await rowVersions(url)).toEqual(versions);
  });
});

describe.skipIf(!server)('a PostgreSQL server that cannot be used', { timeout: HANG_MS }, () => {
  const archive = () => tempTree({ 'a.txt': story('One story', 'Some words here.') });
  const SECRET = 'Sw0rdfish-not-printed';
  /** What a failed run must look like: exit 1, one line on stderr, no stack and no password anywhere. */
  function expectOneLine(result: ReturnType<typeof runCli>, pattern: RegExp): void {
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^reader: [^\n]*\n$/);
    expect(result.stderr).toMatch(pattern);
    expect(result.stderr + result.stdout).not.toContain(SECRET);
    expect(result.stderr).not.toMatch(/\bat .*\.js:\d+/);
  }

  it('server down: one line naming the server, exit 1', async () => {
    const { createServer } = await import('node:net');
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const url = `postgres://reader:${SECRET}@127.0.0.1:${port}/archive`;
    expectOneLine(runCli(['--index', '--store', url, archive()]), new RegExp(`^reader: cannot reach the PostgreSQL server reader@127\\.0\\.0\\.1:${port}/archive: connection refused`));
    expectOneLine(runCli(['--json', '--store', url]), /cannot reach the PostgreSQL server/);
  });

  it('a wrong password, an unknown user or database, a bad URL: one line each, the password never printed', async () => {
    const wrong = `postgres://reader:${SECRET}@127.0.0.1:${server!.port}/postgres`;
    expectOneLine(runCli(['--index', '--store', wrong, archive()]), new RegExp(`^reader: the PostgreSQL server reader@127\\.0\\.0\\.1:${server!.port}/postgres refused the password`));
    const nobody = `postgres://nobody-here:${SECRET}@127.0.0.1:${server!.port}/postgres`;
    expectOneLine(runCli(['--index', '--store', nobody, archive()]), /refused the password|refused the connection/);
    const noDatabase = server!.url('no_such_database');
    expectOneLine(runCli(['--index', '--store', noDatabase, archive()]), /has no such database/);
    expect(runCli(['--index', '--store', noDatabase, archive()]).stderr).not.toContain(server!.password);
    expectOneLine(runCli(['--index', '--store', `postgres://reader:${SECRET}@127.0.0.1:port/db`, archive()]), /^reader: --store: not a PostgreSQL URL/);
    expectOneLine(runCli(['--index', '--store', `postgres:///db?password=${SECRET}`, archive()]), /^reader: --store: the PostgreSQL URL names no host/);
  });

  it('a connection cut while indexing: one line, exit 1, and the next run goes on', async () => {
    const url = server!.url(await server!.createDatabase());
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`story-${i}.txt`] = story(`Story number ${i}`, `Words of story ${i}, "a quote," said Ann Lee.`);
    const archive = tempTree(files);
    const child = spawn(process.execPath, [CLI, '--index', '--store', url, archive], { env: { ...process.env, ...testXdgDirs() } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let cut = 0;
    for (let tries = 0; tries < 3000 && cut === 0 && child.exitCode === null; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      const [row] = await query<{ n: number }>(url, `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = 'reader'
        AND EXISTS (SELECT 1 FROM pg_tables WHERE schemaname = 'reader' AND tablename = 'articles') AND (SELECT count(*) FROM reader.articles) > 0`).catch(() => [{ n: 0 }]);
      cut = row!.n;
    }
    expect(cut).toBe(1);
    expect(await exited).toBe(1);
    expect(stderr).toMatch(new RegExp(`^reader: lost the connection to the PostgreSQL server reader@127\\.0\\.0\\.1:${server!.port}/\\w+[^\\n]*\\n$`));
    expect(stderr).not.toContain(server!.password);
    expect(counts(runCli(['--index', '--store', url, archive]).stdout)[0]).toBe(400);
  });

  it('--json and --export from a server with no archive yet say so in one line; --bookmarks is not there yet', async () => {
    const url = server!.url(await server!.createDatabase());
    for (const mode of [['--json'], ['--export', 'md']]) {
      const result = runCli([...mode, '--store', url]);
      expectOneLine(result, /no archive on this server yet/);
      expect(result.stderr).not.toContain(server!.password);
    }
    const marks = runCli(['--bookmarks', '--store', url]);
    expect([marks.code, marks.stderr]).toEqual([2, 'reader: --store postgres://… goes with --index, --json, --search, --people or --export, or opens the reader on a terminal\n']);
  });
});
