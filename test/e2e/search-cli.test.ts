import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatLine } from '../../src/commands/search-output.js';
import type { SearchResult } from '../../src/core/search/index.js';
import { makeArticle } from '../helpers/seed.js';
import { CLI, runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';
import { testXdgDirs } from '../helpers/xdg.js';

const files = {
  'a.txt': 'Budget day\n\nThe government set a budget.\n\nNothing here.\n\nThe Budget was fair, said Gordon Brown.\n',
  'b.txt': 'Other story\n\nNo match at all, but the governor spoke.\n',
  'c.txt': 'González wins\n\nEdmundo Gonza\u0301lez won the vote.\n',
};

describe('reader --search', () => {
  it('prints path:N: snippet per match in rank order, N counted from 1 (0 for a title), and the counts on stderr', () => {
    const root = tempTree(files);
    const { code, stdout, stderr } = runCli(['--search', 'budget', '.'], { cwd: root });
    expect(code).toBe(0);
    expect(stdout).toBe('a.txt:0: Budget day\na.txt:1: The government set a budget.\na.txt:3: The Budget was fair, said Gordon Brown.\n');
    expect(stderr).toBe('3 matches in 1 article\n');
  });
  it('folds case and accents, and matches word starts only', () => {
    const root = tempTree(files);
    expect(runCli(['--search', 'GONZALEZ', '.'], { cwd: root }).stdout.split('\n').filter(Boolean)).toHaveLength(2);
    expect(runCli(['--search', 'gov', '.'], { cwd: root }).stderr).toBe('2 matches in 2 articles\n');
    expect(runCli(['--search', 'overn', '.'], { cwd: root }).code).toBe(1);
  });
  it('exits 1 with no output when nothing matches, and offers a correction', () => {
    const root = tempTree(files);
    const { code, stdout, stderr } = runCli(['--search', 'goverment', '.'], { cwd: root });
    expect([code, stdout]).toEqual([1, '']);
    expect(stderr).toBe('0 matches in 0 articles\nreader: did you mean: government\n');
  });
  it('exits 2 for a query with nothing to look for, and 1 with the reason when nothing loaded', () => {
    const root = tempTree(files);
    expect(runCli(['--search', '', '.'], { cwd: root }).code).toBe(2);
    expect(runCli(['--search', '""', '.'], { cwd: root }).code).toBe(2);
    const missing = runCli(['--search', 'budget', 'no/such/dir'], { cwd: root });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no/such/dir');
  });
  it('-word leaves out every article holding the word', () => {
    const root = tempTree(files);
    // b.txt names the governor, a.txt the government; -budget leaves out a.txt, which holds "budget" in its title too.
    expect(runCli(['--search', 'gov -budget', '.'], { cwd: root }).stdout).toBe('b.txt:1: No match at all, but the governor spoke.\n');
    expect(runCli(['--search', 'gov -day', '.'], { cwd: root }).stdout).toBe('b.txt:1: No match at all, but the governor spoke.\n');
  });
  it('prints no colour codes when stdout is not a terminal', () => {
    const root = tempTree(files);
    expect(runCli(['--search', 'budget', '.'], { cwd: root }).stdout).not.toContain('\x1b');
  });
  it('--json gives every result with hits as offsets into the unit text', () => {
    const root = tempTree(files);
    const { code, stdout } = runCli(['--search', 'budget', '--json', '.'], { cwd: root });
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(Object.keys(doc)).toEqual(['query', 'total', 'articleCount', 'results', 'didYouMean']);
    expect([doc.query, doc.total, doc.articleCount]).toEqual(['budget', 3, 1]);
    expect(doc.results.map((r: { where: string; paragraph: number | null }) => [r.where, r.paragraph])).toEqual([['title', null], ['paragraph', 0], ['paragraph', 2]]);
    const [, second] = doc.results;
    expect(Object.keys(second)).toEqual(['path', 'title', 'where', 'paragraph', 'snippet', 'hits']);
    expect(second).toMatchObject({ path: 'a.txt', title: 'Budget day', hits: [[21, 27]] });
    // The hit as offsets into the paragraph the file holds: a.txt's second block of text.
    const paragraph = files['a.txt'].split('\n\n')[1]!;
    expect(second.hits.map(([start, end]: [number, number]) => paragraph.slice(start, end))).toEqual(['budget']);
    expect(second.snippet).toBe(paragraph);
  });
  it('--json maps hits back to the original text when folding changed its length', () => {
    const root = tempTree({ 'n.txt': 'T\n\nStraße und Gonza\u0301lez.\n' });
    const doc = JSON.parse(runCli(['--search', 'strasse gonzalez', '--json', '.'], { cwd: root }).stdout);
    const text = 'Straße und González.'; // the reader keeps text in NFC
    expect(doc.results[0].hits.map(([s, e]: [number, number]) => text.slice(s, e))).toEqual(['Straße', 'González']);
  });
});

describe('reader --search | head', () => {
  it('stops quietly when the reader of its output goes away', async () => {
    const paragraph = `Alpha ${'words to make the line long enough to fill a pipe buffer quickly '.repeat(3)}`;
    const root = tempTree({ 'big.txt': `Big\n\n${Array.from({ length: 2000 }, () => paragraph).join('\n\n')}\n` });
    const child = spawn(process.execPath, [CLI, '--search', 'alpha', '.'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...testXdgDirs() } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/EPIPE|Error/);
  }, 20_000);
});

describe('search lines on a terminal', () => {
  const article = makeArticle(['The budget was fair.'], 'Budget');
  const result: SearchResult = { article: 0, where: 'paragraph', paragraph: 0, item: null, hits: [[4, 10]], snippet: 'The budget was fair.', snippetHits: [[4, 10]] };
  it('colours the path, number and hits like grep', () => {
    expect(formatLine(result, article, true)).toBe('\x1b[35mtest.txt\x1b[0m\x1b[36m:\x1b[0m\x1b[32m1\x1b[0m\x1b[36m:\x1b[0m The \x1b[1;31mbudget\x1b[0m was fair.');
  });
  it('marks quotes with their speaker, and keeps control characters out of the terminal', () => {
    const quote: SearchResult = { ...result, where: 'quote', item: 0, snippet: 'We \x1b[2Jwin', snippetHits: [], speaker: 'Arsène Wenger', speakerHits: [] };
    expect(formatLine(quote, article, false)).toBe('test.txt:1: quote: \u201CWe \u241B[2Jwin\u201D (Arsène Wenger)');
  });
});
