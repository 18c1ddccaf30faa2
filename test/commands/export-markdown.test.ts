import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle } from '../../src/core/article.js';
import { markdownArticle, markdownText } from '../../src/commands/export-markdown.js';

const article: AnalyzedArticle = {
  path: 'news/1.txt', title: 'Pay *rises* at <b>Gadley</b>', byline: 'By Jo Pell', section: 'news',
  paragraphs: ['The firm said 12% more.', 'x'], boilerplate: [], words: 6, readingMinutes: 1,
  quotes: [
    { text: 'It is fair', speaker: 'Ivo Brandt', cue: 'said', paragraph: 1, start: 0, end: 10, paragraphEnd: 1, partial: false },
    { text: 'a fragment', speaker: null, cue: null, paragraph: 0, start: 0, end: 10, paragraphEnd: 0, partial: true },
  ],
  facts: [{ kind: 'percent', text: '12%', value: 12, sentence: 'The firm said 12% more staff pay.', sentenceStart: 0, sentenceEnd: 33, paragraph: 0, start: 14, end: 17 }],
  entities: [],
};

describe('Markdown export', () => {
  it('writes the title as a heading, then byline and path, quotes as blockquotes with speakers, facts as a list', () => {
    expect([...markdownArticle(article)].join('')).toBe(
      '## Pay \\*rises\\* at \\<b\\>Gadley\\</b\\>\n\nBy Jo Pell · `news/1.txt` · news\n' +
        '\n> \u201CIt is fair\u201D\n>\n> \u2014 Ivo Brandt, \u00B62\n' +
        '\n> \u201Ca fragment\u201D\n>\n> \u2014 unknown speaker (in part), \u00B61\n' +
        '\n- **12%** \u2014 more staff pay (percent, \u00B61)\n\n',
    );
  });

  it('keeps only the quotes asked for', () => {
    const text = [...markdownArticle(article, (q) => q.speaker === 'Ivo Brandt')].join('');
    expect(text).toContain('Ivo Brandt');
    expect(text).not.toContain('fragment');
  });

  it('escapes what Markdown would read as syntax, and puts line breaks and control characters out of harm', () => {
    expect(markdownText('a_b [link](x) `code` #tag ~~s~~ \\')).toBe('a\\_b \\[link\\](x) \\`code\\` \\#tag \\~\\~s\\~\\~ \\\\');
    expect(markdownText('one\n\ntwo\x07')).toBe('one two\u2407');
  });
});
