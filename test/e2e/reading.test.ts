// Reading in a real terminal: every line of a paragraph taller than the pane reached with j, a jump
// that shows its target, J and Space at the end of a story, `hit K of N`, search kept to the chosen
// section, the list cursor without colour, and a piped outline that answers `| head` at once.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CLI, ROOT } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';
import { testXdgDirs } from '../helpers/xdg.js';
import { readerStarter } from './pty-terminal.js';

const start = readerStarter();
const KEYS = { enter: '\r', esc: '\x1b' };

/** One paragraph of 300 numbered words (far taller than an 80x24 pane), a quote far down it. */
const words = Array.from({ length: 300 }, (_, i) => `w${i}`);
const tallText = `${words.slice(0, 250).join(' ')} “Deep down we are ready,” said Lena Ortiz. ${words.slice(250).join(' ')}`;

const corpus = () => tempTree({
  'news/1-tall.txt': ['Tall story', 'A short opening paragraph.', tallText, 'The closing paragraph.'].join('\n\n'),
  'news/2-next.txt': ['Next story', 'The second story opens here.', 'The tide mark was high.'].join('\n\n'),
  'sport/3-match.txt': ['Match report', 'The tide turned in the second half.', 'Fans cheered the tide of goals.'].join('\n\n'),
});

describe('reading in a real terminal', { timeout: 60_000 }, () => {
  it('j reaches every line of a paragraph taller than the pane, and the position says 100% only at the end', async () => {
    const r = start([corpus()], { columns: 80, rows: 24 });
    await r.waitFor('reader · 3 articles · Tall story');
    r.press('2');
    await r.waitFor('▶ 2 Reader');
    const seen = new Set<string>();
    let screen = '';
    for (let i = 0; i < 120 && !/· 100%/.test(screen); i++) {
      screen = (await r.waitFor(/¶ \d+\/3/)).join('\n');
      for (const w of screen.match(/\bw\d+\b/g) ?? []) seen.add(w);
      r.press('j');
      await r.drawn();
    }
    screen = (await r.waitFor('The closing paragraph.')).join('\n');
    for (const w of screen.match(/\bw\d+\b/g) ?? []) seen.add(w);
    expect(words.filter((w) => !seen.has(w))).toEqual([]);
    expect(screen).toMatch(/¶ \d\/3 · 100%/);
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
  });

  it('Enter on a quote far down a paragraph shows the quote', async () => {
    const r = start([corpus()], { columns: 80, rows: 24 });
    await r.waitFor('Tall story');
    r.press('3');
    await r.waitFor('— Lena Ortiz');
    r.press(KEYS.enter);
    // The quote in the reader (the quotes pane shows it too), with the words before it for context.
    const screen = (await r.waitFor(/w2\d\d “Deep down/)).join('\n');
    expect(screen).toContain('w240');
    r.press('q');
    await r.exited;
  });

  it('Space on the last page opens the next story, and J and K step through the list', async () => {
    const r = start([corpus()], { columns: 80, rows: 24 });
    await r.waitFor('Tall story');
    r.press('2');
    r.press('G');
    await r.waitFor('· 100%');
    r.press(' ');
    await r.waitFor('reader · 3 articles · Next story');
    r.press('J');
    await r.waitFor('reader · 3 articles · Match report');
    r.press('K');
    r.press('K');
    await r.waitFor('reader · 3 articles · Tall story');
    r.press('q');
    await r.exited;
  });

  it('n walks the hits one by one and the footer says hit K of N; a search stays in the chosen section', async () => {
    const r = start([corpus()], { columns: 120, rows: 36 });
    await r.waitFor('Tall story');
    r.press('/');
    await r.waitFor('Search');
    r.press('tide');
    await r.waitFor('3 matches in 2 articles');
    r.press(KEYS.esc);
    await r.waitFor(/^ Articles /m);
    r.press('n');
    await r.waitFor('hit 1 of 3');
    r.press('n');
    await r.waitFor('hit 2 of 3');
    await r.waitFor('Match report');
    // Only sport: the news story's hit is left out, and the counts line says where it looked.
    r.press('s');
    await r.waitFor(/sport \(1[,)]/);
    r.press('3');
    await r.waitFor('sport: 1 of 3 articles');
    r.press('/');
    r.press('tide');
    await r.waitFor('2 matches in 1 article in sport');
    r.press('\t');
    await r.waitFor('3 matches in 2 articles in all sections');
    r.press(KEYS.esc);
    // Esc and q read together would be Alt-q: wait for the box to close first.
    await r.waitFor(/^ Articles /m);
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
  });

  it('the list cursor shows without colour', async () => {
    const r = start([corpus()], { columns: 80, rows: 24, env: { NO_COLOR: '1' } });
    await r.waitFor('Tall story');
    r.press('j');
    // Unread articles carry a dot, also without colour.
    const screen = (await r.waitFor(/▌• Next story/)).join('\n');
    expect(r.output()).not.toMatch(/\x1b\[3[0-9]m/);
    expect(screen).toContain('● Tall story');
    r.press('q');
    await r.exited;
  });
});

describe('a piped outline', () => {
  it('prints the first story at once and stops quietly when head has enough', async () => {
    const root = corpus();
    const started = Date.now();
    const child = spawn('/bin/sh', ['-c', `"${process.execPath}" "${CLI}" "${root}" | head -n 2`], { cwd: ROOT, env: { ...process.env, ...testXdgDirs() } });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(out.split('\n').slice(0, 2)).toEqual(['# Tall story', expect.stringContaining('news/1-tall.txt')]);
    // A hang catcher, not a timing target.
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
