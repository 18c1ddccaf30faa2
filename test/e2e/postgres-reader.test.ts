// The reader's screen on a shared archive (`reader --store postgres://… [PATH]`), on a real
// (throwaway) server: the archive is copied to this machine with the list filling as it comes,
// search and the people view work on the copy, a change on the server shows up at the next look,
// and a server gone away is one line in the footer while the keys keep working on the copy.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';
import { postgresForThisFile } from '../helpers/postgres-for-tests.js';
import { readerStarter } from './pty-terminal.js';

const server = await postgresForThisFile();
const start = readerStarter();
/** A bound for a hang on two busy cores, not a target. */
const HANG_MS = 180_000;
const story = (title: string, ...paragraphs: string[]) => `${title}\n\n${paragraphs.join('\n\n')}\n`;

describe.skipIf(!server)('the reader over PostgreSQL', { timeout: HANG_MS }, () => {
  it('copies the shared archive, reads and searches it, follows changes, and keeps working when the server goes', async () => {
    const url = server!.url(await server!.createDatabase());
    const archive = tempTree({
      'news/bridge.txt': story('Bridge vote delayed', '"We are not against a bridge," said Nora Pell, who chairs the ferry group.'),
      'news/ferry.txt': story('Ferry sailings doubled', 'Westline will run 14 sailings a day.'),
      'sport/rovers.txt': story('Rovers climb to third', '"It was a great day for the club," said manager Alan Price.'),
    });
    expect(runCli(['--index', '--store', url, archive]).code).toBe(0);
    const env = { XDG_CACHE_HOME: tempTree(), READER_SERVER_POLL_MS: '500' };
    const r = start(['--store', url], { columns: 120, rows: 30, env });
    await r.waitFor('reader · 3 articles');
    r.press('/');
    r.press('pell');
    await r.waitFor('2 matches in 1 article');
    r.press('\x1b');
    await r.waitFor('Enter open · s sections');
    r.press('p');
    r.press('price');
    await r.waitFor('Alan Price');
    r.press('\x1b');
    // The first Esc clears the filter (both people shown again) before the second closes the view:
    // two escapes in one read would be taken for one key.
    await r.waitFor('Nora Pell');
    r.press('\x1b');
    await r.waitFor('Enter open · s sections');
    // Another machine adds a story to the server: it joins the list at the next look.
    const more = tempTree({ 'news/harbour.txt': story('Record field for harbour swim', 'A record 640 swimmers took part.') });
    expect(runCli(['--index', '--store', url, join(more, 'news')]).code).toBe(0);
    await r.waitFor(/Articles  1\/4/);
    await r.waitFor('Record field'); // (the row may come a frame after the count)
    // The server goes away: the footer says so, and the copy on this machine still answers.
    server!.stop();
    await r.waitFor(/not answering: reading the copy here, next try in 1 s/);
    expect(r.output()).not.toContain(server!.password);
    r.press('/');
    r.press('rovers');
    await r.waitFor('1 match in 1 article');
    r.press('\x1b');
    await r.waitFor('Enter open · s sections');
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
  });

  it('a server that cannot be reached at the start is one line and exit 1', async () => {
    const r = start(['--store', 'postgres://reader:secret@127.0.0.1:1/archive'], { columns: 100, rows: 30, env: { XDG_CACHE_HOME: tempTree() } });
    expect((await r.exited).exitCode).toBe(1);
    expect(r.output()).toMatch(/reader: cannot reach the PostgreSQL server reader@127\.0\.0\.1:1\/archive[^\n]*\n/);
    expect(r.output()).not.toContain('secret');
  });
});
