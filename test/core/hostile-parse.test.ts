import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../src/core/article.js';
import { parseArticle } from '../../src/core/parse/parse-article.js';

// Inputs built to hurt a parser: each must finish (the bound only catches a hang) and keep its words.
const MB = 1_000_000;
const hostile: Record<string, string> = {
  'a million quote marks': '"'.repeat(MB),
  'one 1 MB paragraph': 'word '.repeat(MB / 5),
  '50,000 numbers in a row': Array.from({ length: 50_000 }, (_, i) => String(i * 7)).join(' '),
  'a million spaces before a letter': `${' '.repeat(MB)}x`,
  'a million dots': `${'.'.repeat(MB)}x`,
  'dollar signs': '$'.repeat(MB),
  'nested quote marks': '“‘«„'.repeat(MB / 4),
  'blank lines with spaces': '\n \n'.repeat(MB / 3),
};
const formats: RawDocument['format'][] = ['text', 'markdown', 'html'];
/** The words of a text, in order: letters and digits, whatever marks stand around them. */
const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

describe('the parser on hostile input', () => {
  for (const format of formats) {
    for (const [name, body] of Object.entries(hostile)) {
      it(`${format}: ${name}`, () => {
        const text = `Title\n\n${body}`;
        const article = parseArticle({ path: 'x', section: null, format, text });
        // Compared as one string: a list of 200,000 words would make a slow diff on failure.
        expect(words([article.title, ...article.paragraphs].join('\n')).join(' ')).toBe(words(text).join(' '));
      }, 10_000);
    }
  }
  it('Markdown built to hurt a Markdown parser (deep quotes, lists, emphasis, brackets)', () => {
    for (const body of ['>'.repeat(100_000) + ' deep', '- '.repeat(50_000) + 'item', '_a'.repeat(100_000), '['.repeat(100_000) + 'x', '`'.repeat(100_000)]) {
      expect(() => parseArticle({ path: 'x.md', section: null, format: 'markdown', text: `Title\n\n${body}` })).not.toThrow();
    }
  }, 10_000);
  it('HTML nested 100,000 deep keeps its text', () => {
    const article = parseArticle({ path: 'x.html', section: null, format: 'html', text: `<title>Deep</title>${'<div>'.repeat(100_000)}<p>still here</p>` });
    expect(article.title).toBe('Deep');
    expect(article.paragraphs).toEqual(['still here']);
  }, 10_000);
  it('HTML with 100,000 paragraphs keeps every one', () => {
    const article = parseArticle({ path: 'x.html', section: null, format: 'html', text: `<title>Many</title>${'<p>line</p>'.repeat(100_000)}` });
    expect(article.paragraphs).toHaveLength(100_000);
  }, 10_000);
  it.each([['&amp; ', '&'], ['< ', '<'], ['> ', '>'], ['&nbsp;x ', 'x']])('HTML with a megabyte of %j keeps its text (it skips Readability, which took 38 s on entities)', (unit, shown) => {
    const started = performance.now();
    const article = parseArticle({ path: 'x.html', section: null, format: 'html', text: `<title>Marks</title>${unit.repeat(MB / unit.length)}` });
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(article.title).toBe('Marks');
    expect(article.paragraphs.join(' ').split(' ').filter((w) => w === shown).length).toBe(Math.floor(MB / unit.length));
  }, 20_000);
  it('HTML without scripts, styles or comments in the text', () => {
    const article = parseArticle({ path: 'x.html', section: null, format: 'html', text: `<title>T</title>${'<div>'.repeat(500)}<script>alert(1)</script><style>p{}</style><!-- hidden --><p>Shown &amp; kept</p><!-- unclosed` });
    expect(article.paragraphs).toEqual(['Shown & kept']);
  }, 10_000);
});
