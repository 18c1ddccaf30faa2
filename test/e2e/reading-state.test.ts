// Reading state in a real terminal: quit and start again where you were (at another size too),
// read marks and bookmarks that outlive a kill -9, a moved or edited file, and --forget; and
// `reader --bookmarks` for scripts.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';
import { freshStateHome, readerStarter, type PtyReader } from './pty-terminal.js';

const start = readerStarter();
const words = Array.from({ length: 700 }, (_, i) => `w${i}`);
const archive = () => tempTree({
  'news/1-tall.txt': ['Tall story', 'A short opening paragraph.', words.join(' '), 'The closing paragraph.'].join('\n\n'),
  'news/2-next.txt': ['Next story', 'The second story opens here.', 'The tide mark was high.'].join('\n\n'),
  'sport/3-match.txt': ['Match report', 'The tide turned in the second half.'].join('\n\n'),
});
/** The first numbered word on the reader's rows. */
const firstWord = (screen: string[]) => /\bw\d+\b/.exec(screen.join('\n'))?.[0];

/** Opens the second story (it fits, so it is read at once) and bookmarks its second paragraph with `note`. */
async function bookmarkNextStory(r: PtyReader, note: string): Promise<void> {
  await r.waitFor('Tall story');
  r.press('j');
  r.press('\r');
  await r.waitFor('reader · 3 articles · Next story');
  r.press('}');
  r.press('m');
  await r.waitFor('Note for ¶ 2');
  if (note) r.press(note);
  r.press('\r');
  await r.waitFor(note ? `bookmarked ¶ 2: ${note}` : 'bookmarked ¶ 2');
}

describe('reading state', { timeout: 90_000 }, () => {
  it('reopens the last article at the same words, at another terminal size too', async () => {
    const dir = archive();
    const env = { XDG_STATE_HOME: freshStateHome() };
    let r = start([dir], { columns: 80, rows: 24, env });
    await r.waitFor('reader · 3 articles · Tall story');
    r.press('2');
    await r.waitFor('▶ 2 Reader');
    for (let i = 0; i < 12; i++) r.press('j');
    await r.waitFor(/¶ 2\/3/);
    // Every j answered before the screen is read: a busy machine may still be drawing the last ones.
    for (let seen = -1; seen !== r.output().length; ) {
      seen = r.output().length;
      await r.changed(400);
      await r.drawn();
    }
    const before = r.screen();
    const word = firstWord(before.slice(2));
    expect(word).toBeDefined();
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);

    r = start([dir], { columns: 120, rows: 36, env });
    const after = await r.waitFor(/¶ 2\/3/);
    // The paragraph's line holding the same words is at the top: the word is on screen, words before it mostly not.
    expect(after.join('\n')).toContain(word!);
    expect(after.join('\n')).not.toContain('A short opening paragraph.');
    r.press('q');
    await r.exited;
  });

  it('keeps read marks and bookmarks through a kill -9, and prints them with --bookmarks', async () => {
    const dir = archive();
    const env = { XDG_STATE_HOME: freshStateHome() };
    let r = start([dir], { columns: 100, rows: 30, env });
    await bookmarkNextStory(r, 'check the tide');
    // Marks are written as they are made: a kill -9 a moment later loses nothing.
    await new Promise((resolve) => setTimeout(resolve, 300));
    r.kill('SIGKILL');
    await r.exited;

    const json = runCli(['--bookmarks', '--json', dir], { env });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({
      path: 'news/2-next.txt', title: 'Next story', paragraph: 1, text: 'The tide mark was high.', note: 'check the tide', kind: 'paragraph', lost: false,
    })]);
    const md = runCli(['--bookmarks', dir], { env });
    expect(md.stdout).toContain('## Next story');
    expect(md.stdout).toContain('news/2-next.txt ¶ 2');
    expect(md.stdout).toContain('> The tide mark was high.');
    expect(md.stdout).toContain('Note: check the tide');

    r = start([dir], { columns: 100, rows: 30, env });
    const screen = (await r.waitFor('reader · 3 articles · Next story')).join('\n');
    // Read: no dot before the title; the others are unread (•).
    expect(screen).toMatch(/•\s*Tall story/);
    expect(screen).not.toMatch(/•\s*Next story/);
    expect(screen).toContain('2 unread');
    r.press('B');
    await r.waitFor('1 bookmark');
    expect(r.screen().join('\n')).toContain('Next story · ¶ 2 · check the tide');
    r.press('q');
    r.press('q');
    await r.exited;
  });

  it('follows a moved file, finds a bookmark again in an edited one, and keeps state through --forget', async () => {
    const dir = archive();
    const env = { XDG_STATE_HOME: freshStateHome() };
    expect(runCli(['--index', dir], { env }).code).toBe(0);
    const r = start([dir], { columns: 100, rows: 30, env });
    await bookmarkNextStory(r, '');
    r.press('q');
    await r.exited;

    // Moved within the archive: the reader carries the state to the new path when it next opens.
    mkdirSync(join(dir, 'archive'));
    renameSync(join(dir, 'news/2-next.txt'), join(dir, 'archive/2-next.txt'));
    const again = start([dir], { columns: 100, rows: 30, env });
    await again.waitFor('reader · 3 articles · Next story');
    // The stored list shows at once; the refresh beside it finds the move.
    await again.waitFor('refreshed: 1 new, 0 changed, 1 removed');
    again.press('q');
    await again.exited;
    // Edited: a paragraph added before the one marked.
    writeFileSync(join(dir, 'archive/2-next.txt'), ['Next story', 'The second story opens here.', 'A paragraph added later.', 'The tide mark was high.'].join('\n\n'));
    expect(runCli(['--forget', dir], { env }).code).toBe(0);
    const after = JSON.parse(runCli(['--bookmarks', '--json', dir], { env }).stdout) as { path: string; paragraph: number; lost: boolean }[];
    expect(after).toEqual([expect.objectContaining({ path: 'archive/2-next.txt', paragraph: 2, lost: false })]);
  });

  it('--bookmarks exits 0 with none, and is a usage error with --search', () => {
    const dir = archive();
    const none = runCli(['--bookmarks', '--json', dir], { env: { XDG_STATE_HOME: freshStateHome() } });
    expect(none).toMatchObject({ code: 0, stdout: '[]\n' });
    const both = runCli(['--bookmarks', '--search', 'tide', dir]);
    expect(both.code).toBe(2);
    expect(both.stderr.trim().split('\n')).toHaveLength(1);
  });
});
