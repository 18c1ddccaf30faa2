// The terminal treated roughly: resize storms, a huge paste, a held-down key, tiny and huge sizes.
// After each, the reader still answers a key and its frame is valid: no row wider than the terminal,
// nothing on the last row, header and footer in place, every pane border on the last column.
import { describe, expect, it } from 'vitest';
import { tempTree } from '../helpers/temp-dir.js';
import { frameProblem, waitForValidFrame } from './pty-checks.js';
import { readerStarter } from './pty-terminal.js';

const PARAGRAPHS = 1_500;
/** Made-up stories: a long one first, one in wide and zero-width characters, two plain ones. */
const corpus = () => tempTree({
  'a-long.txt': ['Long story', ...Array.from({ length: PARAGRAPHS }, (_, i) => `Paragraph ${i + 1} about the harbour.`)].join('\n\n'),
  'b-wide.txt': [
    // Astral emoji are left out: the headless terminal measures them with Unicode 6 tables (one column).
    '東京 harbour ❤️ news',
    '東京の港は月曜日に開いた。 Wide 한국어 text, ｆｕｌｌ width, hearts ❤️❤️ and keycaps 1️⃣ then combining e\u0301 a\u0308 and soft\u00adhyphens in ex\u00adtra\u00adordinary words.',
    `A word without a space: ${'x'.repeat(5_000)} then more.`,
    'Line\u2028separator, tab\there, byte order\uFEFFmark, ideographic\u3000space.',
    '“Wide quotes 東京,” said Ana Perez. Costs were ¥5bn.',
  ].join('\n\n'),
  'c-plain.txt': 'Zebra story\n\nA zebra crossed the harbour road.',
  'd-plain.txt': 'Bridge story\n\nThe bridge opened on Monday.',
});

const start = readerStarter();
const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the terminal treated roughly', { timeout: 60_000 }, () => {
  it('a storm of 100 resizes: the reader keeps drawing through it, lays out the last size, and keys still work', async () => {
    const r = start([corpus()], { columns: 120, rows: 36 });
    await waitForValidFrame(r, 120, 36, 'Paragraph 1 about');
    let gone = false;
    void r.exited.then(() => (gone = true));
    const sizes = [[30, 8], [200, 60], [80, 24], [41, 12], [119, 40], [400, 120], [20, 5], [60, 20], [121, 13], [79, 50]] as const;
    const before = r.output().length;
    for (let i = 0; i < 100; i++) {
      const [c, rows] = sizes[i % sizes.length]!;
      r.resize(c, rows);
      await tick(5); // a storm, not one coalesced signal
    }
    // It answered the storm with frames of its own, and is still running.
    expect(r.output().length).toBeGreaterThan(before);
    expect(gone).toBe(false);
    r.resize(100, 30);
    await waitForValidFrame(r, 100, 30, /▶ 1 Articles .*│ 2 Reader/); // the medium layout: the list beside the reader
    r.press('2');
    await waitForValidFrame(r, 100, 30, '▶ 2 Reader');
    r.press('}'); // to the next paragraph
    await waitForValidFrame(r, 100, 30, '¶ 2/1500');
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
  });

  it('a 100,000-character paste into the search box: the box shows its end, and the next query still answers', async () => {
    const r = start([corpus()], { columns: 120, rows: 36 });
    await waitForValidFrame(r, 120, 36, 'Paragraph 1 about');
    r.press('/');
    await waitForValidFrame(r, 120, 36, '▶ Search');
    const paste = `${'harbour '.repeat(12_499)}endofpaste`;
    expect(paste.length).toBeGreaterThanOrEqual(100_000);
    r.press(paste);
    const shown = await waitForValidFrame(r, 120, 36, /endofpaste *║/);
    expect(shown.join('\n')).toMatch(/\/ …[a-z]*( harbour)+ endofpaste/);
    await waitForValidFrame(r, 120, 36, /matches|no matches/);
    r.press('\x15'); // Ctrl-U clears
    r.press('zebra');
    await waitForValidFrame(r, 120, 36, '2 matches in 1 article');
    r.press('\x1b');
    await waitForValidFrame(r, 120, 36, '▶ 1 Articles');
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
  });

  it('a paste of invisible and wide characters keeps the search box inside its frame', async () => {
    const r = start([corpus()], { columns: 80, rows: 24 });
    await waitForValidFrame(r, 80, 24, 'Paragraph 1 about');
    r.press('/');
    await waitForValidFrame(r, 80, 24, '▶ Search');
    r.press('soft\u00ADhyphen zero\u200Bwidth ❤️ 東京 e\u0301 \uFEFFbom 👍🏽 end');
    await waitForValidFrame(r, 80, 24, / end *║/);
    r.press('\x1b');
    await waitForValidFrame(r, 80, 24, '▶ 1 Articles');
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
  });

  it('a key held down (1,000 repeats) moves 1,000 times, and the frame stays valid', async () => {
    const r = start([corpus()], { columns: 100, rows: 30 });
    await waitForValidFrame(r, 100, 30, 'Paragraph 1 about');
    r.press('2');
    await waitForValidFrame(r, 100, 30, '▶ 2 Reader');
    for (let i = 0; i < 1_000; i++) r.press('}'); // next paragraph
    await waitForValidFrame(r, 100, 30, '¶ 1001/1500');
    r.press('{');
    await waitForValidFrame(r, 100, 30, '¶ 1000/1500');
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
  });

  it.each([[20, 5], [39, 11], [40, 11], [39, 12]])('a %ix%i terminal says whole that it is too small, and q still quits', async (columns, rows) => {
    const r = start([corpus()], { columns, rows });
    const lines = await waitForValidFrame(r, columns, rows, 'Terminal too small');
    expect(lines[0]).toMatch(/^Terminal too small/);
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
  });

  it('from too small to usable: the reader comes back when the terminal grows', async () => {
    const r = start([corpus()], { columns: 80, rows: 24 });
    await waitForValidFrame(r, 80, 24, 'Paragraph 1 about');
    r.resize(20, 5);
    await waitForValidFrame(r, 20, 5, 'Terminal too small');
    r.resize(80, 24);
    await waitForValidFrame(r, 80, 24, 'Paragraph 1 about');
    r.press('q');
    await r.exited;
  });

  it('wide and zero-width characters keep every layout valid, from 40x12 to 400x120', async () => {
    const r = start([corpus()], { columns: 400, rows: 120 });
    await waitForValidFrame(r, 400, 120, '4 Facts');
    r.press('j');
    r.press('\r');
    await waitForValidFrame(r, 400, 120, '東京の港は月曜日に開いた');
    for (const [columns, rows] of [[40, 12], [60, 20], [80, 24], [121, 36], [400, 120]] as const) {
      r.resize(columns, rows);
      const lines = await waitForValidFrame(r, columns, rows, '東京');
      expect(frameProblem(lines, columns, rows)).toBeNull();
    }
    r.press('G'); // the reader is focused after Enter: to the last paragraph, past the 5,000-letter word
    await waitForValidFrame(r, 400, 120, '¶ 4/4');
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
  });
});
