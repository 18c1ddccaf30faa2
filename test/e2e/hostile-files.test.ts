// Broken and hostile files on disk, through the real CLI: each one gets a clear message in `--json`
// `errors`, on stderr and on the reader's status bar, and the rest of the corpus still loads.
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, openSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';
import { testXdgDirs } from '../helpers/xdg.js';
import { readerStarter } from './pty-terminal.js';

const MB = 1024 * 1024;

/** A file of `bytes` zero bytes that takes no disk space and no time to make. */
function sparseFile(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  ftruncateSync(fd, bytes);
  closeSync(fd);
}

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

/** Every kind of broken file next to good ones. */
function brokenCorpus(): string {
  const root = tempTree({
    'good.txt': 'Good story\n\nThe harbour opened on Monday.',
    'utf16-le.txt': utf16le('Título UTF-16\n\nEl puerto abrió el lunes.'),
    'utf16-be.txt': utf16be('Überschrift\n\nDer Hafen öffnete am Montag.'),
    // Windows-1252: curly quotes and the pound sign; Latin-1: accents only.
    'cp1252.txt': Uint8Array.from([...Buffer.from('Fee row\n\nA '), 0xa3, ...Buffer.from('15m fee, '), 0x93, ...Buffer.from('fair'), 0x94, ...Buffer.from(' he said.')]),
    'latin1.txt': Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' news\n\nNa'), 0xef, ...Buffer.from('ve '), 0xfc, ...Buffer.from('ber text.')]),
    'binary.txt': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    'empty.txt': '',
    'loop/inner.txt': 'Inner story\n\nText inside the loop folder.',
  });
  sparseFile(join(root, 'huge.txt'), 100 * MB);
  symlinkSync(join(root, 'loop'), join(root, 'loop', 'again'));
  symlinkSync(join(root, 'nowhere.txt'), join(root, 'dangling.txt'));
  return root;
}

type Json = { articles: { path: string; title: string; paragraphs: string[] }[]; errors: { path: string; message: string }[] };

describe('broken files through reader --json', () => {
  it('lists every problem in errors, decodes UTF-16, Windows-1252 and Latin-1, and loads the rest', () => {
    const root = brokenCorpus();
    const { code, stdout, stderr } = runCli(['--json', root]);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout) as Json;
    expect(doc.articles.map((a) => a.title).sort()).toEqual(['Café news', 'Fee row', 'Good story', 'Inner story', 'Título UTF-16', 'Überschrift'].sort());
    const byTitle = new Map(doc.articles.map((a) => [a.title, a.paragraphs]));
    expect(byTitle.get('Fee row')).toEqual(['A £15m fee, “fair” he said.']);
    expect(byTitle.get('Café news')).toEqual(['Naïve über text.']);
    expect(byTitle.get('Título UTF-16')).toEqual(['El puerto abrió el lunes.']);
    expect(byTitle.get('Überschrift')).toEqual(['Der Hafen öffnete am Montag.']);
    const errors = Object.fromEntries(doc.errors.map((e) => [e.path.slice(root.length + 1), e.message]));
    expect(errors).toEqual({
      'binary.txt': 'binary file (contains NUL bytes), skipped',
      'dangling.txt': 'no such file or folder',
      'empty.txt': 'empty file, skipped',
      'huge.txt': 'too large (100.0 MB; the limit is 10.0 MB, raise it with --max-size)',
      'loop/again': 'symlink loop, skipped',
    });
    // The same problems, one line each, on stderr.
    expect(stderr.trim().split('\n')).toHaveLength(5);
    expect(stderr).toContain(`reader: ${join(root, 'huge.txt')}: too large (100.0 MB`);
  });

  it('--max-size raises the limit (the 100 MB file is then read, and skipped as binary) and lowers it', () => {
    const root = tempTree({ 'story.txt': `Padded story\n\nA short body.\n${' '.repeat(2 * MB)}` });
    sparseFile(join(root, 'huge.txt'), 100 * MB);
    const raised = JSON.parse(runCli(['--json', '--max-size', '200MB', root]).stdout) as Json;
    expect(raised.errors).toEqual([{ path: join(root, 'huge.txt'), message: 'binary file (contains NUL bytes), skipped' }]);
    expect(raised.articles.map((a) => a.title)).toEqual(['Padded story']);
    const lowered = JSON.parse(runCli(['--json', '--max-size', '1MB', root]).stdout) as Json;
    expect(lowered.articles).toEqual([]);
    expect(lowered.errors.map((e) => e.message)).toEqual([
      'too large (100.0 MB; the limit is 1.0 MB, raise it with --max-size)',
      'too large (2.0 MB; the limit is 1.0 MB, raise it with --max-size)',
    ]);
  });

  it('a pipe given as a path (reader <(command)) is read to its end, and refused past the limit', () => {
    const run = (script: string) => spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...testXdgDirs() } });
    const piped = run(`"${process.execPath}" dist/cli.js --json <(printf 'Piped title\\n\\nFrom a pipe.')`);
    expect(piped.status).toBe(0);
    expect((JSON.parse(piped.stdout) as Json).articles.map((a) => a.paragraphs)).toEqual([['From a pipe.']]);
    const big = run(`"${process.execPath}" dist/cli.js --json --max-size 100k <(head -c 200000 /dev/zero | tr '\\0' a)`);
    expect(big.status).toBe(1);
    expect((JSON.parse(big.stdout) as Json).errors).toEqual([{ path: expect.stringMatching(/^\/dev\/fd\/\d+$/), message: 'too large (over 100 KB; the limit is 100 KB, raise it with --max-size)' }]);
  });

  it('a --max-size that is not a size is refused with a hint', () => {
    const { code, stderr } = runCli(['--json', '--max-size', 'lots', tempTree({ 'a.txt': 'A\n\nB.' })]);
    expect(code).toBe(2);
    expect(stderr).toBe('reader: --max-size: not a size: lots (try 50MB or 500k)\n');
  });

  it('--help documents the limit and the flag', () => {
    expect(runCli(['--help']).stdout).toMatch(/--max-size SIZE +Largest file to read \(default 10MB/);
  });
});

const startReader = readerStarter();

describe('broken files in the reader', { timeout: 30_000 }, () => {
  it('the status bar says how many files were not loaded and why the first one was not; the rest is readable', async () => {
    const root = brokenCorpus();
    const r = startReader([root], { columns: 160, rows: 30 });
    const lines = await r.waitFor(`5 files not loaded (e lists them): ${join(root, 'dangling.txt')}: no such file or folder`);
    expect(lines.at(-2)).toContain('5 files not loaded'); // on the status bar
    r.press('e');
    const listed = (await r.waitFor('5 problems with the input')).join('\n');
    expect(listed).toContain(`${join(root, 'dangling.txt')}: no such file or folder`);
    expect(listed).toContain('1-5 of 5');
    r.press('x');
    await r.waitFor('Articles  ');
    await r.waitFor('6 articles');
    r.press('G');
    r.press('\r');
    await r.waitFor('El puerto abrió el lunes.');
    r.press('q');
    expect((await r.exited).exitCode).toBe(0);
  });

  it('when nothing loads, every problem is named and the reader exits 1 without taking the screen', async () => {
    const root = tempTree({ 'binary.txt': Uint8Array.from([1, 0, 2]), 'empty.txt': '' });
    sparseFile(join(root, 'huge.txt'), 100 * MB);
    const r = startReader([root]);
    expect((await r.exited).exitCode).toBe(1);
    const screen = (await r.waitFor('huge.txt: too large')).join('\n');
    expect(screen).toContain('binary.txt: binary file');
    expect(screen).toContain('empty.txt: empty file');
    expect(screen).toContain('huge.txt: too large (100.0 MB');
    expect(r.output()).not.toContain('\u001b[?1049h');
  });
});
