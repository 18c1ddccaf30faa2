// The reader on an archive's store: the first run indexes with the list filling as it goes, the
// next opens the stored list at once and refreshes beside it (edits, additions and removals show
// up), --no-store makes no store, and a scribbled store is set aside and rebuilt.
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempTree } from '../helpers/temp-dir.js';
import { readerStarter } from './pty-terminal.js';

const start = readerStarter();
const story = (title: string, body: string) => `${title}\n\n${body}\n`;
const archive = () => tempTree({
  'news/a.txt': story('Bridge vote delayed', '"We are not against a bridge," said Nora Pell.'),
  'news/b.txt': story('Ferry sailings doubled', 'Westline will run 14 sailings a day.'),
  'sport/c.txt': story('Rovers climb to third', 'Rovers beat Eastfield 3-1 on Saturday.'),
});
const storesIn = (cache: string) => (existsSync(join(cache, 'reader')) ? readdirSync(join(cache, 'reader')).filter((f) => /^archive-.*\.sqlite$/.test(f)) : []);

describe('the reader on a store', { timeout: 60_000 }, () => {
  it('builds the store on the first run, then opens from it and shows what changed since', async () => {
    const dir = archive();
    const env = { XDG_CACHE_HOME: tempTree() };
    let r = start([dir], { columns: 100, rows: 30, env });
    await r.waitFor('reader · 3 articles · Bridge vote delayed');
    await r.waitFor('news · 1 quote');
    r.press('q');
    await r.exited;
    expect(storesIn(env.XDG_CACHE_HOME)).toHaveLength(1);

    writeFileSync(join(dir, 'news/a.txt'), story('Bridge vote delayed again', 'The council put off its vote until May.'));
    writeFileSync(join(dir, 'sport/d.txt'), story('Record field for harbour swim', 'A record 640 swimmers took part.'));
    rmSync(join(dir, 'news/b.txt'));
    r = start([dir], { columns: 100, rows: 30, env });
    // The stored list first, as it was...
    await r.waitFor('Ferry sailings doubled');
    // ...then the refresh: the edit replaces the article where it stands, the new one joins the end, the gone one says so.
    await r.waitFor('refreshed: 1 new, 1 changed, 1 removed');
    const screen = (await r.waitFor('Record field for harbour swim')).join('\n');
    expect(screen).toContain('Bridge vote delayed again');
    expect(screen).toContain('Ferry sailings doubled (gone from');
    r.press('\r');
    await r.waitFor('The council put off its vote until May.');
    r.press('q');
    await r.exited;
  });

  it('--no-store reads the files and makes no store', async () => {
    const env = { XDG_CACHE_HOME: tempTree() };
    const r = start(['--no-store', archive()], { columns: 100, rows: 30, env });
    await r.waitFor('reader · 3 articles · Bridge vote delayed');
    r.press('q');
    await r.exited;
    expect(storesIn(env.XDG_CACHE_HOME)).toEqual([]);
  });

  it('sets a scribbled store aside with one line and builds it again', async () => {
    const dir = archive();
    const env = { XDG_CACHE_HOME: tempTree() };
    let r = start([dir], { columns: 100, rows: 30, env });
    await r.waitFor('reader · 3 articles');
    r.press('q');
    await r.exited;
    const [file] = storesIn(env.XDG_CACHE_HOME);
    writeFileSync(join(env.XDG_CACHE_HOME, 'reader', file!), 'scribbled over'.repeat(500));
    r = start([dir], { columns: 100, rows: 30, env });
    await r.waitFor('reader · 3 articles · Bridge vote delayed');
    r.press('q');
    await r.exited;
    expect(r.output()).toMatch(/reader: store .*could not be used .*set aside as .*\.damaged-\d+, building it again from the files/);
  });
});
