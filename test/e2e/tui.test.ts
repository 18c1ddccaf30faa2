import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';
import { readerStarter, type PtyReader } from './pty-terminal.js';

const start = readerStarter();

const KEYS = { enter: '\r', esc: '\x1b', tab: '\t', down: '\x1b[B', ctrlC: '\x03' };
/** Made-up stories: three articles in two sections. */
const stories = () => tempTree({
  'politics/01.txt': 'Council vote disputed\n\nThe council said turnout was high.\n\n“We counted every vote,” Ana Perez said on Sunday.\n\nObservers disputed the count in the harbour district.',
  'politics/02.txt': 'Mayor opens bridge\n\nThe mayor opened the new bridge on Monday.\n\nTraffic is expected to fall by 20%.',
  'business/01.txt': 'Harbour trade grows\n\nFishing boats landed a record catch of cod.\n\nThe harbour board expects 300 new jobs.',
});
const restored = (r: PtyReader) => {
  const out = r.output();
  expect(out.lastIndexOf('\x1b[?1049l')).toBeGreaterThan(out.lastIndexOf('\x1b[?1049h'));
  expect(out.lastIndexOf('\x1b[?25h')).toBeGreaterThan(out.lastIndexOf('\x1b[?25l'));
  expect(r.buffer()).toBe('normal');
};

describe('the reader in a real terminal', { timeout: 30_000 }, () => {
  it('draws the first frame in the alternate screen: one article opens in the reader, with no list', async () => {
    const r = start([]);
    const lines = await r.waitFor('1 The Biden administration');
    expect(r.buffer()).toBe('alternate');
    expect(lines[0]).toMatch(/^reader · 1 article · U\.S\. says/);
    expect(lines.join('\n')).toContain('▶ 2 Reader');
    expect(lines.join('\n')).not.toContain('1 Articles');
    expect(lines.at(-1)).toBe(''); // the frame stays one row short of the terminal
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
    restored(r);
  });

  it('switches panes, searches, opens a result, shows help, and quits with the terminal restored', async () => {
    const r = start([stories()], { columns: 80, rows: 24 });
    await r.waitFor('reader · 3 articles · Harbour trade grows');
    r.press('2');
    await r.waitFor('▶ 2 Reader');
    r.press(KEYS.tab);
    await r.waitFor(/║3 Quotes 4 Facts/);
    r.press('/');
    await r.waitFor('▶ Search');
    r.press('traffic');
    await r.waitFor('1 match in 1 article');
    r.press(KEYS.enter);
    const opened = await r.waitFor(/reader · 3 articles · Mayor opens bridge/);
    expect(opened.join('\n')).toContain('¶ 2/2');
    r.press('?');
    await r.waitFor('next / previous pane');
    r.press('x');
    await r.waitFor('▶ 2 Reader');
    r.press(KEYS.ctrlC);
    expect((await r.exited).exitCode).toBe(0);
    restored(r);
  });

  it('shows one section chosen in the sections menu; number keys there never move the focus', async () => {
    const r = start([stories()], { columns: 80, rows: 24 });
    await r.waitFor('reader · 3 articles');
    r.press('2');
    await r.waitFor('▶ 2 Reader');
    r.press('s');
    await r.waitFor('3 politics (2)');
    r.press('3');
    const list = (await r.waitFor('politics: 2 of 3 articles')).map((line) => line.slice(0, 26)).join('\n');
    expect(list).toContain('▶ 1 Articles  1/2');
    expect(list).toContain('Council vote disputed');
    expect(list).not.toContain('Harbour trade grows');
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
  });

  it('keeps the search box responsive after a 100,000-character paste', async () => {
    const r = start([stories()], { columns: 80, rows: 24 });
    await r.waitFor('reader · 3 articles');
    r.press('/');
    await r.waitFor('▶ Search');
    r.press('x'.repeat(100_000));
    await r.waitFor(/║ \/ …x+ +║/);
    r.press('END');
    await r.waitFor(/║ \/ …x+END +║/);
    r.press('\x15');
    r.press('harbour');
    await r.waitFor('3 matches in 2 articles');
    r.press(KEYS.ctrlC);
    expect((await r.exited).exitCode).toBe(0);
    restored(r);
  });

  it('re-lays out on resize: one pane with a tab bar when narrow', async () => {
    const r = start([stories()], { columns: 120, rows: 36 });
    await r.waitFor('4 Facts');
    r.resize(60, 24);
    const narrow = await r.waitFor(/1 Articles +│ +2 Reader/);
    expect(narrow.join('\n')).not.toContain('Fishing boats');
    r.resize(120, 36);
    await r.waitFor('4 Facts');
    r.press('q');
    await r.exited;
  });

  it.each(['SIGTERM', 'SIGHUP'])('restores the terminal on %s', async (signal) => {
    const r = start([stories()]);
    await r.waitFor('Council vote disputed');
    expect(r.buffer()).toBe('alternate');
    r.kill(signal);
    await r.exited;
    restored(r);
  });

  it('reads the article from a pipe and the keys from the terminal', async () => {
    const r = start([], { shell: `printf 'Piped story\\n\\nA piped paragraph about boats.' | "${process.execPath}" dist/cli.js -` });
    await r.waitFor('1 A piped paragraph about boats.');
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
  });

  it('with nothing to read, says why in one line and exits 1 without taking the screen', async () => {
    const r = start(['no/such/folder']);
    expect((await r.exited).exitCode).toBe(1);
    expect(r.screen().join('\n')).toContain('reader: no/such/folder: no such file or folder');
    expect(r.output()).not.toContain('\x1b[?1049h');
  });

  it('prints a plain outline when stdout is not a terminal', () => {
    const { code, stdout, stderr } = runCli([stories()]);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/Raw mode/);
    expect(stdout).toContain('# Council vote disputed');
    expect(stdout).not.toContain('\x1b[');
  });
});
