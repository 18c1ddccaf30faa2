// A megabyte of figures with no sentence break, and the same as 20,000 short sentences: output and
// memory stay linear in the input through --json, --search and the reader. The memory bound only
// catches a blow-up (it once took gigabytes); the measured figures are in the closing notes.
import { describe, expect, it } from 'vitest';
import { figuresParagraph, figuresTable, peakMemoryProbe } from '../helpers/dense-figures.js';
import { runCli } from '../helpers/run-cli.js';
import { tempTree } from '../helpers/temp-dir.js';
import { startReader } from './pty-terminal.js';

const GIB = 1024 ** 3;
const INPUTS = {
  'one 1 MB paragraph of figures': () => figuresParagraph(1024 * 1024),
  'a table of 20,000 short sentences': () => figuresTable(20_000),
};

describe.each(Object.entries(INPUTS))('%s', (_, make) => {
  const text = make();

  it('--json writes every fact with a bounded excerpt and the sentence offsets', { timeout: 120_000 }, () => {
    const dir = tempTree({ 'prices.txt': text });
    const probe = peakMemoryProbe(dir);
    const { code, stdout } = runCli(['--json', `${dir}/prices.txt`], { env: probe.env });
    expect(code).toBe(0);
    const [article] = JSON.parse(stdout).articles;
    expect(article.facts.length).toBeGreaterThan(10_000);
    for (const fact of article.facts) {
      expect(fact.sentence.length).toBeLessThanOrEqual(300);
      expect(fact.sentence).toContain(fact.text);
      const whole = article.paragraphs[fact.paragraph].slice(fact.sentenceStart, fact.sentenceEnd);
      expect(whole).toContain(fact.text);
      expect(whole.includes(fact.sentence) || fact.sentence.includes('\u2026')).toBe(true);
    }
    // Output linear in the input: far below facts x paragraph length.
    expect(stdout.length).toBeLessThan(200 * text.length);
    expect(probe.peakBytes()).toBeLessThan(GIB);
  });

  it('--search finds a figure and stays small', { timeout: 120_000 }, () => {
    const dir = tempTree({ 'prices.txt': text });
    const probe = peakMemoryProbe(dir);
    const { code, stdout } = runCli(['--search', '"$5,005"', `${dir}/prices.txt`], { env: probe.env });
    expect(code).toBe(0);
    expect(stdout).toContain('$5,005');
    expect(probe.peakBytes()).toBeLessThan(GIB);
  });

  it('opens in the reader, shows the facts, and quits', { timeout: 120_000 }, async () => {
    const dir = tempTree({ 'prices.txt': text });
    const probe = peakMemoryProbe(dir);
    const reader = startReader([`${dir}/prices.txt`], { env: { ...probe.env, XDG_CACHE_HOME: dir, XDG_STATE_HOME: dir } });
    await reader.waitFor(/Price (list|table)/);
    reader.press('4');
    await reader.waitFor(/\$0,000|\$1,001/, 60_000);
    reader.press('j');
    reader.press('q');
    expect((await reader.exited).exitCode).toBe(0);
    expect(probe.peakBytes()).toBeLessThan(GIB);
  });
});
