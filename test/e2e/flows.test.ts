// The reader's main flows, end to end in a real terminal: jumping from a quote or a fact to its
// paragraph, walking search hits with n and N and coming back with Backspace, paging, suspending with
// Ctrl-Z and coming back with fg, typing a search key by key (speaker:, in:, did you mean), and
// NO_COLOR. The corpus is two made-up stories written to a temporary folder.
import { describe, expect, it } from 'vitest';
import { tempTree } from '../helpers/temp-dir.js';
import { readerStarter, type PtyReader } from './pty-terminal.js';

const start = readerStarter();

const KEYS = { enter: '\r', esc: '\x1b', backspace: '\x7f', ctrlU: '\x15', ctrlZ: '\x1a', pageDown: '\x1b[6~' };

/** Filler paragraphs: no figures, no names, no quotation marks, no `harbour`. */
const filler = (count: number) => Array.from({ length: count }, (_, i) => `Crews checked the nets and mended the ropes, note ${['one', 'two', 'three', 'four', 'five'][i % 5]} of the log.`);

/**
 * A long story (40 paragraphs): a quotation in ¶ 3, the only figure in ¶ 4, `harbour` in ¶ 6, 21 and
 * 36. A short one: `harbour` in its ¶ 2. The long one is listed first.
 */
const stories = () => tempTree({
  'a-quay.txt': [
    'Quay plan approved',
    'The board met at the town hall to vote on the new quay.',
    'Fishing crews have waited a long time for the work to begin.',
    '“We will start building in spring,” said Mara Quint, who chairs the board.',
    'The quay will cost £4m to build.',
    ...filler(1),
    'Boats now queue outside the harbour wall at low tide.',
    ...filler(14),
    'The harbour master welcomed the vote.',
    ...filler(14),
    'A second harbour crane is planned later.',
    ...filler(4),
  ].join('\n\n'),
  'b-market.txt': ['Fish market reopens', 'Stalls opened early in the square.', 'Traders said the harbour trade was strong.', 'Prices held steady.'].join('\n\n'),
});

/** The reader's position, `¶ N/M`, as the screen shows it. */
async function paragraphShown(r: PtyReader, pattern = /¶ (\d+)\/(\d+)/): Promise<number> {
  const lines = await r.waitFor(pattern);
  return Number(pattern.exec(lines.join('\n'))![1]);
}

describe('reader flows in a real terminal', { timeout: 30_000 }, () => {
  it('Enter on a quote and on a fact jumps the reader to its paragraph; Backspace comes back', async () => {
    const r = start([stories()], { columns: 120, rows: 36 });
    await r.waitFor('reader · 2 articles · Quay plan approved');
    expect(await paragraphShown(r)).toBe(1);
    r.press('3');
    await r.waitFor('— Mara Quint');
    r.press(KEYS.enter);
    await r.waitFor('¶ 3/40');
    r.press('4');
    await r.waitFor('£4m');
    r.press(KEYS.enter);
    await r.waitFor('¶ 4/40');
    r.press(KEYS.backspace);
    await r.waitFor('¶ 3/40');
    r.press(KEYS.backspace);
    await r.waitFor('¶ 1/40');
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
  });

  it('n and N walk the search hits on into the next story, Backspace goes back, and pages turn', async () => {
    const r = start([stories()], { columns: 120, rows: 36 });
    await r.waitFor('reader · 2 articles · Quay plan approved');
    r.press('/');
    await r.waitFor('▶ Search');
    r.press('harbour');
    await r.waitFor('4 matches in 2 articles');
    r.press(KEYS.esc);
    await r.waitFor('▶ 1 Articles');
    r.press('2');
    await r.waitFor('▶ 2 Reader');
    for (const at of ['¶ 6/40', '¶ 21/40', '¶ 36/40']) {
      r.press('n');
      await r.waitFor(at);
    }
    r.press('n');
    await r.waitFor(/reader · 2 articles · Fish market reopens[^]*¶ 2\/3/);
    r.press('N');
    await r.waitFor(/reader · 2 articles · Quay plan approved[^]*¶ 36\/40/);
    r.press('N');
    await r.waitFor('¶ 21/40');
    // Back through the jumps between stories: to the market story, then to the quay story before it.
    r.press(KEYS.backspace);
    await r.waitFor(/Fish market reopens[^]*¶ 2\/3/);
    r.press(KEYS.backspace);
    await r.waitFor(/Quay plan approved[^]*¶ 36\/40/);
    // Pages: Space and PgDn forward, b back, g to the top.
    r.press('g');
    await r.waitFor('¶ 1/40');
    r.press(' ');
    const second = await paragraphShown(r, /¶ ([2-9]|[1-4]\d)\/40/);
    r.press(KEYS.pageDown);
    const third = await paragraphShown(r, new RegExp(`¶ (?!${second}/)(\\d+)/40`));
    expect(third).toBeGreaterThan(second);
    r.press('b');
    await r.waitFor(`¶ ${second}/40`);
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
  });

  it('Ctrl-Z gives the shell the terminal as it was; fg redraws the reader and its keys work', async () => {
    const dir = stories();
    // `set -m`: the shell runs the reader as a job it can stop and bring back, as a login shell does.
    const script = [
      'echo "before=$(stty -g)"',
      'set -m',
      `"${process.execPath}" dist/cli.js "${dir}"`,
      'echo "stopped=$? settings=$(stty -g)"',
      'read answer',
      'fg',
      'echo "exit=$?"',
      'echo "shell done"',
    ].join('; ');
    const r = start([], { columns: 100, rows: 30, shell: script });
    await r.waitFor('reader · 2 articles · Quay plan approved');
    r.press('2');
    await r.waitFor('▶ 2 Reader');
    expect(r.buffer()).toBe('alternate');
    r.press(KEYS.ctrlZ);
    await r.waitFor(/stopped=\d+ settings=\S+/);
    expect(r.buffer()).toBe('normal');
    const out = r.output();
    expect(/stopped=(\d+)/.exec(out)?.[1]).toBe('148'); // 128 + SIGTSTP: stopped, not ended
    expect(/settings=(\S+)/.exec(out)?.[1]).toBe(/before=(\S+)/.exec(out)?.[1]);
    r.press(KEYS.enter); // the shell reads the line, then brings the reader back
    await r.waitFor(/reader · 2 articles · Quay plan approved[^]*▶ 2 Reader/);
    expect(r.buffer()).toBe('alternate');
    r.press('/');
    await r.waitFor('▶ Search');
    r.press(KEYS.esc);
    await r.waitFor('▶ 2 Reader');
    r.press('q');
    await r.waitFor('shell done');
    expect(/exit=(\d+)/.exec(r.output())?.[1]).toBe('0');
    expect(r.buffer()).toBe('normal');
  });

  it('a search typed one key at a time answers every key, with speaker:, in: and did you mean', async () => {
    const r = start([stories()], { columns: 120, rows: 36 });
    await r.waitFor('reader · 2 articles · Quay plan approved');
    await r.waitFor('— Mara Quint'); // the story is analysed: speaker: has quotes to look in
    r.press('/');
    await r.waitFor('▶ Search');
    // Each key is sent once the one before it shows in the box, so each is read on its own.
    const type = async (text: string) => {
      for (let i = 0; i < text.length; i++) {
        r.press(text[i]!);
        await r.waitFor(new RegExp(`║ / ${text.slice(0, i + 1)} +║`));
      }
    };
    await type('speaker:quint');
    await r.waitFor('1 match in 1 article');
    await r.waitFor('We will start building in spring');
    r.press(KEYS.ctrlU);
    await type('spring');
    await r.waitFor('2 matches in 1 article'); // the paragraph and its quotation
    r.press(KEYS.ctrlU);
    await type('in:quotes spring');
    await r.waitFor('1 match in 1 article');
    r.press(KEYS.ctrlU);
    await type('harbuor');
    await r.waitFor('did you mean harbour? (Enter)');
    r.press(KEYS.enter);
    await r.waitFor(/║ \/ harbour +║[^]*4 matches in 2 articles/);
    // Paragraphs rank alike, so the first hit is the archive's first: the quay story's sixth paragraph.
    await r.waitFor(/▌ Quay plan approved +¶6/);
    r.press(KEYS.enter);
    await r.waitFor(/Quay plan approved[^]*¶ 6\/40/);
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
  });

  it('NO_COLOR=1: no colour escapes at all, and the reader is still usable', async () => {
    const r = start([stories()], { columns: 120, rows: 36, env: { NO_COLOR: '1' } });
    await r.waitFor('reader · 2 articles · Quay plan approved');
    await r.waitFor('— Mara Quint');
    r.press('/');
    await r.waitFor('▶ Search');
    r.press('market');
    await r.waitFor('1 match in 1 article');
    r.press(KEYS.enter);
    await r.waitFor(/Fish market reopens[^]*▶ 2 Reader/);
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
    // Foreground and background colours of every kind: 30-37, 39, 40-47, 49, 90-97, 100-107, 256 and RGB.
    const colours = r.output().match(/\x1b\[[0-9;]*m/g)?.filter((sgr) => sgr.slice(2, -1).split(';').some((n) => /^(3[0-9]|4[0-9]|9[0-7]|10[0-7])$/.test(n))) ?? [];
    expect(colours).toEqual([]);
  });
});
