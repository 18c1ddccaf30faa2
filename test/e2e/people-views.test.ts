// The people and names views in a real terminal: p, type a name, Enter for their quotes, y to copy
// (OSC 52 written by the reader, and the clippings file), Enter to open the article at the quote;
// i, a name, and the list kept to its stories.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';
import { freshStateHome, readerStarter } from './pty-terminal.js';

const start = readerStarter();
const archive = () => tempTree({
  'news/1.txt': ['Quay to reopen', '"We will reopen the quay by June," said Zoë Várnell, the harbour master.', 'The Harbour Trust agreed.'].join('\n\n'),
  'news/2.txt': ['Council backs quay', 'The council met on Monday.', '"It is done," Ms Varnell said after the vote.'].join('\n\n'),
  'sport/3.txt': ['Rovers win', '"We played well," said Ivo Dane after the match.'].join('\n\n'),
});
const osc52 = (text: string) => `\x1b]52;c;${Buffer.from(text).toString('base64')}\x07`;

describe('people and names views', { timeout: 60_000 }, () => {
  it('p, a name typed, Enter, y copies with the citation, Enter opens the article at the quote', async () => {
    const dir = archive();
    const state = freshStateHome();
    const r = start([dir], { columns: 100, rows: 30, env: { XDG_STATE_HOME: state } });
    await r.waitFor('reader · 3 articles');
    await r.waitFor(/reader · 3 articles · Quay to reopen\s*$/m);
    r.press('p');
    await r.waitFor('people quoted');
    r.press('varn');
    await r.waitFor('Zoë Várnell  2 quotes · 2 articles · news');
    r.press('\r');
    await r.waitFor('Zoë Várnell: 2 quotes in 2 articles');
    r.press('j');
    r.press('y');
    const cited = `“It is done,” — Varnell, "Council backs quay", ${join(dir, 'news/2.txt')} ¶2`;
    // The app's own line comes once the clipboard and the clippings file were written.
    await r.waitFor(/copied: “It is done,” .*\(and in/);
    const sent = /\x1b\]52;c;([A-Za-z0-9+/=]+)\x07/.exec(r.output())?.[1];
    expect(sent && Buffer.from(sent, 'base64').toString()).toBe(cited);
    expect(r.output()).toContain(osc52(cited));
    const clippings = join(state, 'reader', 'clippings.md');
    expect(existsSync(clippings)).toBe(true);
    expect(readFileSync(clippings, 'utf8')).toContain(cited);
    r.press('\r');
    await r.waitFor('reader · 3 articles · Council backs quay');
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
  });

  it('--no-clipboard keeps the quote in the clippings file only', async () => {
    const dir = archive();
    const r = start(['--no-clipboard', dir], { columns: 100, rows: 30 });
    await r.waitFor(/reader · 3 articles · Quay to reopen\s*$/m);
    r.press('3');
    await r.waitFor('— Zoë Várnell');
    r.press('y');
    await r.waitFor('clipboard off; kept');
    expect(r.output()).not.toContain('\x1b]52;');
    r.press('q');
    await r.exited;
  });

  it('i, a name, Enter keeps the list to the stories naming it; Esc in the list shows all again', async () => {
    const r = start([archive()], { columns: 100, rows: 30 });
    await r.waitFor(/reader · 3 articles · Quay to reopen\s*$/m);
    r.press('i');
    await r.waitFor('all articles');
    r.press('harbour trust');
    await r.waitFor(/Harbour Trust.*1 article/);
    r.press('\x1b[B');
    r.press('\r');
    await r.waitFor('naming Harbour Trust: 1 of 3 articles');
    r.press('1');
    r.press('\x1b');
    await r.waitFor('all articles again');
    r.press('q');
    await r.exited;
  });
});

describe('people and names views on a store', { timeout: 60_000 }, () => {
  it('read the tables the store keeps, and the ones worked out again after the refresh changed an article', async () => {
    const dir = archive();
    const env = { XDG_CACHE_HOME: tempTree() };
    expect(runCli(['--index', dir], { env }).code).toBe(0);
    let r = start([dir], { columns: 100, rows: 30, env });
    await r.waitFor(/reader · 3 articles · Quay to reopen\s*$/m);
    r.press('p');
    await r.waitFor('2 people quoted');
    r.press('varn');
    const screen = (await r.waitFor('Zoë Várnell  2 quotes · 2 articles · news')).join('\n');
    // Kept by the store, not worked out from the analyses while the refresh runs.
    expect(screen).not.toContain('being worked out');
    r.press('\r');
    await r.waitFor('Zoë Várnell: 2 quotes in 2 articles');
    r.press('j');
    r.press('\r');
    await r.waitFor('reader · 3 articles · Council backs quay');
    r.press('i');
    r.press('harbour trust');
    await r.waitFor(/Harbour Trust.*1 article/);
    r.press('\x1b[B');
    r.press('\r');
    await r.waitFor('naming Harbour Trust: 1 of 3 articles');
    r.press('q');
    await r.exited;

    writeFileSync(join(dir, 'sport/3.txt'), ['Rovers win', '"We played well," said Ivo Dane after the match.', '"Zoë Várnell opened the new stand," he said. "It was her idea," said Ms Várnell.'].join('\n\n'));
    r = start([dir], { columns: 100, rows: 30, env });
    await r.waitFor('refreshed: 0 new, 1 changed, 0 removed');
    r.press('p');
    r.press('varn');
    await r.waitFor('Zoë Várnell  3 quotes · 3 articles · news, sport');
    r.press('\r');
    await r.waitFor('“It was her idea,”');
    r.press('\x03');
    await r.exited;
  });
});
