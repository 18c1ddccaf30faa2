import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';

describe('reader --json', () => {
  it('exports the bundled seed from any working directory, and nothing else on stdout', () => {
    const { code, stdout, stderr } = runCli(['--json'], { cwd: tmpdir() });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const doc = JSON.parse(stdout);
    expect(Object.keys(doc)).toEqual(['articles', 'errors']);
    const [seed] = doc.articles;
    expect(Object.keys(seed)).toEqual(['path', 'title', 'byline', 'section', 'paragraphs', 'boilerplate', 'words', 'readingMinutes', 'quotes', 'facts', 'entities']);
    expect(seed).toMatchObject({ path: 'seeds/000_5cde5d4b43064cba.txt', byline: 'dpa/picture-alliance/Sipa USA', section: null, boilerplate: ['Advertisement'], words: 551, readingMinutes: 3 });
    expect(seed.paragraphs).toHaveLength(13);
    expect(doc.errors).toEqual([]);
  });
  it('names a missing path on stderr in one line, and still loads the rest', () => {
    const root = tempTree({ 'a.txt': 'A title\n\nSome text.' });
    const { code, stdout, stderr } = runCli(['--json', 'no/such/file.txt', root]);
    expect(code).toBe(0);
    expect(stderr).toBe('reader: no/such/file.txt: no such file or folder\n');
    const doc = JSON.parse(stdout);
    expect(doc.articles.map((a: { title: string }) => a.title)).toEqual(['A title']);
    expect(doc.errors).toEqual([{ path: 'no/such/file.txt', message: 'no such file or folder' }]);
  });
  it('exits 1 when nothing loaded', () => {
    const root = tempTree({ 'empty.txt': '' });
    const { code, stderr } = runCli(['--json', root]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^reader: .*empty\.txt: empty file/m);
  });
  it('reads one article from stdin with the path -', () => {
    const { code, stdout } = runCli(['--json', '-'], { input: 'Piped title\n\nPiped body.' });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).articles[0]).toMatchObject({ path: '-', title: 'Piped title', paragraphs: ['Piped body.'] });
  });
});

describe('command line', () => {
  it('--version prints the version', () => {
    const { code, stdout } = runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('--help shows usage, keys and examples', () => {
    const { code, stdout } = runCli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage/);
    expect(stdout).toMatch(/Keys/);
    expect(stdout).toMatch(/Examples/);
  });
  it('an unknown flag is a usage error with a one-line message', () => {
    const { code, stderr } = runCli(['--frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toBe('reader: unknown option --frobnicate (see reader --help)\n');
  });
  it('a bad --max-size is a usage error', () => {
    expect(runCli(['--max-size', 'lots']).code).toBe(2);
  });
  it('without a terminal, prints a plain outline and exits 0 (never a raw-mode error)', () => {
    const { code, stdout, stderr } = runCli([]);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/Raw mode/);
    expect(stdout).toMatch(/^# U\.S\. says it hasn’t offered Maduro amnesty/);
  });
});
