// `npm run screenshot`: draws the reader at 120x36 in a real pseudo-terminal and writes what the
// terminal shows as an SVG (bench/screenshot.svg, the README's picture), so it can be made again
// whenever the screen changes. The archive is made up here (the BBC corpus is not ours to publish):
// a few invented stories in sections, and the bundled seed.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import xterm from '@xterm/headless';
import pty from 'node-pty';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench', 'screenshot.svg');
const COLS = 120;
const ROWS = 36;

/** A small invented archive: sections, quotes with speakers, figures and dates. */
function archive(): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-shot-'));
  const story = (section: string, file: string, paragraphs: string[]) => {
    mkdirSync(join(dir, section), { recursive: true });
    writeFileSync(join(dir, section, file), paragraphs.join('\n\n'));
  };
  story('politics', '001.txt', [
    'Harbour bridge vote delayed again',
    'The council has put off its vote on the £48m harbour bridge for a third time, after 2,300 residents signed a letter against the plan.',
    '"We are not against a bridge, we are against this bridge," said Nora Pell, who chairs the Old Quay residents group. "Nobody has asked the people who live under it."',
    'Council leader Amir Haddad said the delay would cost about £40,000 a month. "Every month we wait, the steel gets dearer and the ferry gets older," he told reporters on Tuesday.',
    'Ms Pell said the group would take its case to the regional planning board in March if the council pressed ahead.',
    'The bridge was first proposed in 2019 and was meant to open in spring 2027. It would carry 18,000 cars a day, according to the council\'s own survey.',
    '"The figures have not changed, only the excuses," Mr Haddad added.',
  ]);
  story('business', '002.txt', [
    'Ferry firm doubles winter sailings',
    'Westline Ferries will run 14 sailings a day this winter, up from seven, as the bridge plan stalls.',
    '"People still need to get to work," said chief executive Lars Ahlgren.',
  ]);
  story('sport', '003.txt', [
    'Quay Rovers climb to third',
    'Quay Rovers beat Eastfield 3-1 on Saturday to move into third place, two points behind the leaders.',
    '"We kept our heads when it mattered," manager Tess Obi said.',
  ]);
  story('business', '004.txt', ['Fish prices hold steady', 'Prices at the morning market held at £4.20 a kilo for a second week.']);
  story('sport', '005.txt', ['Harbour swim draws record field', 'A record 640 swimmers took part in the harbour mile on Sunday.']);
  return dir;
}

function color(mode: number, value: number, fallback: string): string {
  if (mode === 0) return fallback;
  if (mode === 0x3000000 || mode === 3 << 24) return `#${value.toString(16).padStart(6, '0')}`;
  return PALETTE[value] ?? fallback;
}

// The 16 ANSI colours (a dark theme) and the 256-colour cube, as xterm draws them.
const PALETTE: string[] = ['#1e1e1e', '#f14c4c', '#23d18b', '#e5e510', '#3b8eea', '#d670d6', '#29b8db', '#cccccc', '#767676', '#f14c4c', '#23d18b', '#f5f543', '#3b8eea', '#d670d6', '#29b8db', '#ffffff'];
for (let i = 0; i < 216; i++) {
  const v = (n: number) => (n === 0 ? 0 : 55 + n * 40);
  PALETTE.push(`#${[Math.floor(i / 36), Math.floor(i / 6) % 6, i % 6].map((n) => v(n).toString(16).padStart(2, '0')).join('')}`);
}
for (let i = 0; i < 24; i++) PALETTE.push(`#${(8 + i * 10).toString(16).padStart(2, '0').repeat(3)}`);

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The terminal's screen as SVG: one text run per stretch of cells with the same style. */
function toSvg(term: xterm.Terminal): string {
  const cw = 8.4;
  const ch = 18;
  const fgDefault = '#d4d4d4';
  const bgDefault = '#1e1e1e';
  const parts: string[] = [];
  const buffer = term.buffer.active;
  for (let y = 0; y < ROWS; y++) {
    const line = buffer.getLine(buffer.viewportY + y);
    if (!line) continue;
    let x = 0;
    while (x < COLS) {
      const cell = line.getCell(x)!;
      const style = (c: xterm.IBufferCell) => [c.getFgColorMode(), c.getFgColor(), c.getBgColorMode(), c.getBgColor(), c.isBold(), c.isItalic(), c.isInverse(), c.isDim(), c.isUnderline()].join(',');
      const key = style(cell);
      let text = '';
      let end = x;
      while (end < COLS) {
        const c = line.getCell(end)!;
        if (style(c) !== key) break;
        text += c.getChars() || ' ';
        end += Math.max(1, c.getWidth());
      }
      let fg = color(cell.getFgColorMode(), cell.getFgColor(), fgDefault);
      let bg = color(cell.getBgColorMode(), cell.getBgColor(), bgDefault);
      if (cell.isInverse()) [fg, bg] = [bg, fg];
      if (bg !== bgDefault) parts.push(`<rect x="${(x * cw).toFixed(1)}" y="${y * ch}" width="${((end - x) * cw).toFixed(1)}" height="${ch}" fill="${bg}"/>`);
      if (text.trim()) {
        const attrs = [`x="${(x * cw).toFixed(1)}"`, `y="${y * ch + 13}"`, `fill="${fg}"`];
        if (cell.isBold()) attrs.push('font-weight="bold"');
        if (cell.isItalic()) attrs.push('font-style="italic"');
        if (cell.isDim()) attrs.push('opacity="0.6"');
        if (cell.isUnderline()) attrs.push('text-decoration="underline"');
        parts.push(`<text ${attrs.join(' ')} textLength="${((end - x) * cw).toFixed(1)}" lengthAdjust="spacingAndGlyphs">${escapeXml(text)}</text>`);
      }
      x = end;
    }
  }
  const width = COLS * cw;
  const height = ROWS * ch;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="14" xml:space="preserve">\n<rect width="100%" height="100%" fill="${bgDefault}"/>\n${parts.join('\n')}\n</svg>\n`;
}

async function main(): Promise<void> {
  const dir = archive();
  const seed = join(ROOT, 'seeds');
  const term = new xterm.Terminal({ cols: COLS, rows: ROWS, allowProposedApi: true });
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'CI' && k !== 'NO_COLOR') env[k] = v;
  Object.assign(env, { TERM: 'xterm-256color', XDG_CACHE_HOME: join(dir, '.cache'), XDG_STATE_HOME: join(dir, '.state') });
  const child = pty.spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), dir, seed], { name: 'xterm-256color', cols: COLS, rows: ROWS, cwd: ROOT, env });
  let pending = Promise.resolve();
  child.onData((data) => (pending = pending.then(() => new Promise((resolve) => term.write(data, resolve)))));
  const screen = () => Array.from({ length: ROWS }, (_, y) => term.buffer.active.getLine(term.buffer.active.viewportY + y)?.translateToString(true) ?? '').join('\n');
  const until = async (test: (s: string) => boolean) => {
    for (let t = 0; t < 300; t++) {
      await pending;
      if (test(screen())) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`screenshot: the screen never got there:\n${screen()}`);
  };
  await until((s) => s.includes('Harbour bridge vote') && !/analysing/.test(s.split('\n')[0] ?? ''));
  // Open the bridge story (third in the list), search, and walk to a hit, as a person reading would.
  child.write('j');
  await until((s) => /1 Articles\s+2\/6/.test(s));
  child.write('j');
  await until((s) => /1 Articles\s+3\/6/.test(s));
  child.write('\r');
  await until((s) => s.includes('▶ 2 Reader'));
  child.write('/');
  await until((s) => s.includes('▶ Search'));
  child.write('bridge');
  await until((s) => /matches in/.test(s));
  child.write('\x1b');
  await until((s) => !s.includes('▶ Search'));
  child.write('n');
  await until((s) => /hit \d of/.test(s));
  child.write('n');
  await until((s) => /hit \d of/.test(s));
  await new Promise((resolve) => setTimeout(resolve, 300));
  await pending;
  writeFileSync(OUT, toSvg(term));
  child.write('q');
  await new Promise((resolve) => child.onExit(() => resolve(undefined)));
  rmSync(dir, { recursive: true, force: true });
  console.log(`screenshot: wrote ${OUT} (${(readFileSync(OUT).length / 1024).toFixed(0)} KB)`);
}

await main();
