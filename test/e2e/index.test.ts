// `reader --index`: the store is built once, refreshed by what changed, and rebuilt when damaged.
import { mkdirSync, utimesSync, writeFileSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';

const story = (title: string, body: string) => `${title}\n\n${body}\n`;
const SUMMARY = /^(\d+) articles: (\d+) new, (\d+) changed, (\d+) removed, [\d.]+ s\n$/;

function counts(stdout: string): number[] {
  const match = SUMMARY.exec(stdout);
  if (!match) throw new Error(`no summary line in ${JSON.stringify(stdout)}`);
  return match.slice(1, 5).map(Number);
}

describe('reader --index', { timeout: 60_000 }, () => {
  it('indexes an archive, then only what was added, changed or removed', () => {
    const archive = tempTree({
      'news/a.txt': story('Bridge vote delayed', '"We are not against a bridge," said Nora Pell.'),
      'news/b.txt': story('Ferry sailings doubled', 'Westline will run 14 sailings a day.'),
      'sport/c.txt': story('Rovers climb to third', 'Rovers beat Eastfield 3-1 on Saturday.'),
    });
    const cache = tempTree();
    const env = { XDG_CACHE_HOME: cache };
    const first = runCli(['--index', archive], { env });
    expect(first.code).toBe(0);
    expect(counts(first.stdout)).toEqual([3, 3, 0, 0]);
    expect(readdirSync(join(cache, 'reader')).some((f) => /^archive-[0-9a-f]{16}\.sqlite$/.test(f))).toBe(true);

    expect(counts(runCli(['--index', archive], { env }).stdout)).toEqual([3, 0, 0, 0]);

    // One edited, one only touched (same bytes, a new time), one added, one removed.
    writeFileSync(join(archive, 'news/a.txt'), story('Bridge vote delayed again', 'The council put off its vote.'));
    utimesSync(join(archive, 'news/b.txt'), new Date(), new Date(Date.now() + 60_000));
    writeFileSync(join(archive, 'sport/d.txt'), story('Record field for harbour swim', 'A record 640 swimmers took part.'));
    rmSync(join(archive, 'sport/c.txt'));
    expect(counts(runCli(['--index', archive], { env }).stdout)).toEqual([3, 1, 1, 1]);
    expect(counts(runCli(['--index', archive], { env }).stdout)).toEqual([3, 0, 0, 0]);
  });

  it('keeps the archive in the walk order when files are added before and between stored ones and one removed', () => {
    const archive = tempTree({
      'news/a.txt': story('Bridge vote delayed', 'The council met.'),
      'news/c.txt': story('Ferry sailings doubled', 'Westline will run 14 sailings a day.'),
      'sport/e.txt': story('Rovers climb to third', 'Rovers beat Eastfield 3-1.'),
    });
    const env = { XDG_CACHE_HOME: tempTree() };
    const order = () => (JSON.parse(runCli(['--json', archive], { env }).stdout) as { articles: { path: string }[] }).articles.map((a) => a.path.slice(archive.length + 1));
    expect(runCli(['--index', archive], { env }).code).toBe(0);
    // A section before the others moves every stored article on by two.
    mkdirSync(join(archive, 'arts'));
    writeFileSync(join(archive, 'arts/1.txt'), story('Gallery reopens', 'The doors open at ten.'));
    writeFileSync(join(archive, 'arts/2.txt'), story('Choir tour', 'Twelve towns in June.'));
    writeFileSync(join(archive, 'news/b.txt'), story('Harbour swim', 'A record field.'));
    writeFileSync(join(archive, 'sport/d.txt'), story('Cup draw', 'Rovers away.'));
    rmSync(join(archive, 'news/a.txt'));
    expect(counts(runCli(['--index', archive], { env }).stdout)).toEqual([6, 4, 0, 1]);
    expect(order()).toEqual(['arts/1.txt', 'arts/2.txt', 'news/b.txt', 'news/c.txt', 'sport/d.txt', 'sport/e.txt']);
  });

  it('sets a damaged store aside with one line and builds it again from the files', () => {
    const archive = tempTree({ 'a.txt': story('One story', 'Some words here.') });
    const store = join(tempTree(), 'store.sqlite');
    expect(counts(runCli(['--index', '--store', store, archive]).stdout)).toEqual([1, 1, 0, 0]);
    writeFileSync(store, 'scribbled over '.repeat(1000));
    const again = runCli(['--index', '--store', store, archive]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^reader: store .* could not be used .*set aside as .*\.damaged-\d+, building it again from the files\n$/);
    expect(counts(again.stdout)).toEqual([1, 1, 0, 0]);
    expect(existsSync(store)).toBe(true);
  });

  it('analyses again what older rules analysed, from the stored text', async () => {
    const Database = (await import('better-sqlite3')).default;
    const archive = tempTree({ 'a.txt': story('One story', '"We will win," said Ann Lee.'), 'b.txt': story('Two story', 'Nothing said.') });
    const store = join(tempTree(), 'store.sqlite');
    runCli(['--index', '--store', store, archive]);
    const db = new Database(store);
    db.prepare("UPDATE articles SET analysis_version = 'older-rules' WHERE path LIKE '%a.txt'").run();
    db.close();
    const again = runCli(['--index', '--store', store, archive]);
    expect(again.stdout).toMatch(/^2 articles: 0 new, 0 changed, 0 removed, 1 analysed again, [\d.]+ s\n$/);
    const json = JSON.parse(runCli(['--json', '--store', store, archive]).stdout) as { articles: { quotes: { speaker: string }[] }[] };
    expect(json.articles[0]!.quotes.map((q) => q.speaker)).toEqual(['Ann Lee']);
    expect(counts(runCli(['--index', '--store', store, archive]).stdout)).toEqual([2, 0, 0, 0]);
  });

  it('--forget deletes the store; the next --index builds it again', () => {
    const archive = tempTree({ 'a.txt': story('One story', 'Some words here.') });
    const env = { XDG_CACHE_HOME: tempTree() };
    runCli(['--index', archive], { env });
    const forgot = runCli(['--forget', archive], { env });
    expect([forgot.code, forgot.stdout]).toEqual([0, expect.stringMatching(/^forgot .*archive-[0-9a-f]{16}\.sqlite\n$/)]);
    expect(runCli(['--forget', archive], { env }).stdout).toMatch(/^no store to forget/);
    expect(counts(runCli(['--index', archive], { env }).stdout)).toEqual([1, 1, 0, 0]);
  });

  it('is a mode of its own: with --json or --search it is a usage error', () => {
    const archive = tempTree({ 'a.txt': story('One story', 'Some words here.') });
    const { code, stderr } = runCli(['--index', '--json', archive], { env: { XDG_CACHE_HOME: tempTree() } });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^reader: --index goes alone/);
  });
});

describe('reader --index killed midway', { timeout: 120_000 }, () => {
  it('leaves a store that opens without complaint, and the next run goes on from the last whole batch', async () => {
    const { spawn } = await import('node:child_process');
    const Database = (await import('better-sqlite3')).default;
    const { CLI } = await import('../helpers/run-cli.js');
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`s${Math.floor(i / 100)}/story-${i}.txt`] = story(`Story number ${i}`, `Paragraph one of story ${i}, with "a quote," said Ann Lee.\n\nAnd a figure: ${i}% of the vote.`);
    const archive = tempTree(files);
    const store = join(tempTree(), 'store.sqlite');
    const child = spawn(process.execPath, [CLI, '--index', '--store', store, archive], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // Kill it once a first batch is in (or at the end, if it is faster than the polling).
    let stored = 0;
    for (let tries = 0; tries < 2000 && stored < 64; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      if (!existsSync(store)) continue;
      try {
        const db = new Database(store, { readonly: true, fileMustExist: true });
        stored = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
        db.close();
      } catch {
        // The schema may not be there yet.
      }
    }
    child.kill('SIGKILL');
    await exited;
    const again = runCli(['--index', '--store', store, archive]);
    expect(again.code).toBe(0);
    expect(again.stderr).toBe('');
    const [total, added, changed, removed] = counts(again.stdout);
    expect([total, changed, removed]).toEqual([400, 0, 0]);
    expect(added).toBeLessThanOrEqual(400 - Math.min(stored, 400) + 64);
    expect(counts(runCli(['--index', '--store', store, archive]).stdout)).toEqual([400, 0, 0, 0]);
  });
});

describe('--json with a store', { timeout: 60_000 }, () => {
  it('reads the store when one exists (refreshed first), gives the same document as without, and never makes one', () => {
    const archive = tempTree({
      'news/a.txt': story('Bridge vote delayed', '"We are not against a bridge," said Nora Pell on Tuesday.'),
      'news/b.txt': story('Ferry sailings doubled', 'Westline will run 14 sailings a day, up 100%.'),
    });
    const cache = tempTree();
    const env = { XDG_CACHE_HOME: cache };
    const plain = runCli(['--json', archive], { env });
    expect(existsSync(join(cache, 'reader'))).toBe(false);
    runCli(['--index', archive], { env });
    const stored = runCli(['--json', archive], { env });
    expect(stored.code).toBe(0);
    expect(stored.stdout).toBe(plain.stdout);
    // An edit after indexing shows at once: --json refreshes the store first.
    writeFileSync(join(archive, 'news/b.txt'), story('Ferry sailings tripled', 'Westline will run 21 sailings a day.'));
    const fresh = JSON.parse(runCli(['--json', archive], { env }).stdout) as { articles: { title: string }[] };
    expect(fresh.articles.map((a) => a.title)).toEqual(['Bridge vote delayed', 'Ferry sailings tripled']);
    expect(runCli(['--json', '--no-store', archive], { env }).stdout).toBe(runCli(['--json', archive], { env }).stdout);
    // --search reads the stored analyses too: the same answers, quotes and speakers included.
    // The store's engine answers: its index names the candidates, the same matcher decides.
    for (const query of ['bridge', 'speaker:pell', 'sailings -bridge', 'in:facts 21', '"not against a', 'b', 'tuesdya', 'nothing-here']) {
      for (const json of [[], ['--json']]) {
        const fromStore = runCli(['--search', query, ...json, archive], { env });
        const fromFiles = runCli(['--search', query, ...json, '--no-store', archive], { env });
        expect([fromStore.code, fromStore.stdout, fromStore.stderr], query).toEqual([fromFiles.code, fromFiles.stdout, fromFiles.stderr]);
      }
    }
    expect(runCli(['--search', 'speaker:pell', archive], { env }).stdout).toContain('We are not against a bridge');
  });
});
