import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../../src/core/article.js';
import { parseArticle } from '../../../src/core/parse/parse-article.js';
import { withoutSiteName } from '../../../src/core/parse/parse-html.js';
import { seedArticle } from '../../helpers/seed.js';
import { PROPERTY_MS } from '../../helpers/timeouts.js';

const text = (t: string): RawDocument => ({ path: 't.txt', section: null, format: 'text', text: t });

describe('parseArticle on the seed', () => {
  const seed = seedArticle();
  it('finds title, credit, 13 paragraphs and the Advertisement furniture', () => {
    expect(seed.title).toBe('U.S. says it hasn’t offered Maduro amnesty to leave power, but is open to suggestions');
    expect(seed.byline).toBe('dpa/picture-alliance/Sipa USA');
    expect(seed.paragraphs).toHaveLength(13);
    expect(seed.paragraphs[0]).toMatch(/^The Biden administration has not offered Nicolás Maduro/);
    expect(seed.paragraphs[12]).toMatch(/organizations abroad\.$/);
    expect(seed.boilerplate).toEqual(['Advertisement']);
  });
  it('counts words and reading minutes over the paragraphs', () => {
    expect(seed.words).toBe(551);
    expect(seed.readingMinutes).toBe(3);
  });
});

describe('plain-text layout', () => {
  it('takes clear bylines and credits off the body', () => {
    for (const credit of ['By Jane Doe', 'By Jane Doe and John Roe', 'Reuters', 'Getty Images', 'Photo: AP', 'dpa/picture-alliance/Sipa USA']) {
      expect(parseArticle(text(`Title\n\n${credit}\n\nBody one.\n\nBody two.`)).byline, credit).toBe(credit);
    }
  });
  it('keeps short first paragraphs that are text, not credits', () => {
    for (const line of ['Arsenal win 4-2 on penalties', 'The deal is done.', 'Prices rose 5% in 2004', 'Blair says no']) {
      const article = parseArticle(text(`Title\n\n${line}\n\nBody.`));
      expect(article.byline, line).toBeNull();
      expect(article.paragraphs[0]).toBe(line);
    }
  });
  it('a lone line under the title is the body, not a byline', () => {
    expect(parseArticle(text('Title\n\nReuters')).paragraphs).toEqual(['Reuters']);
  });
  it('handles CRLF, CR, a BOM and trailing spaces, and joins hard-wrapped lines', () => {
    const article = parseArticle(text('\uFEFFTitle  \r\n\r\nFirst line\r\nwrapped here.   \r\rSecond.\r\n'));
    expect(article.title).toBe('Title');
    expect(article.paragraphs).toEqual(['First line wrapped here.', 'Second.']);
  });
  it('normalises to NFC', () => {
    const article = parseArticle(text('Gonza\u0301lez\n\nEdmundo Gonza\u0301lez won.'));
    expect(article.title).toBe('González');
    expect(article.paragraphs[0]).toBe('Edmundo González won.');
  });
  it('sets page furniture aside', () => {
    const article = parseArticle(text('T\n\nOne.\n\nStory continues below\n\nTwo.\n\nShare this article\n\nADVERTISEMENT'));
    expect(article.paragraphs).toEqual(['One.', 'Two.']);
    expect(article.boilerplate).toEqual(['Story continues below', 'Share this article', 'ADVERTISEMENT']);
  });
  it('an empty or blank text gives an empty article, not an error', () => {
    expect(parseArticle(text(' \n\n\t\n'))).toMatchObject({ title: '', paragraphs: [], words: 0, readingMinutes: 0 });
  });
});

describe('other formats', () => {
  it('Markdown: heading as title, inline markup reduced to its words', () => {
    const article = parseArticle({ path: 'a.md', section: null, format: 'markdown', text: '# Big *news*\n\nBy Jane Doe\n\nA [link](http://x.test) and **bold** &amp; more.\n\n- one\n- two\n' });
    expect(article.title).toBe('Big news');
    expect(article.byline).toBe('By Jane Doe');
    expect(article.paragraphs).toEqual(['A link and bold & more.', 'one', 'two']);
  });
  it('Markdown code fences: the block and its info string stay, inline ```code``` is not a fence', () => {
    const text = '# T\n\n```Python\nprint("hi")\n```js\nstill code\n```\n\n```inline``` words\n\n~~~\nafter tilde\n```\n~~~\n';
    const article = parseArticle({ path: 'a.md', section: null, format: 'markdown', text });
    expect(article.paragraphs).toEqual(['Python', 'print("hi") ```js still code', 'inline words', 'after tilde ```']);
  });
  it('HTML: main text, title and byline through Readability', () => {
    const html = `<html><head><title>Storm hits coast</title></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Storm hits coast</h1><p class="byline">By Jane Doe</p>
      <p>The storm reached the coast on Sunday, cutting power to 20,000 homes across the region.</p>
      <p>“We have never seen anything like it,” the mayor said on Monday morning.</p></article>
      <footer>Copyright</footer></body></html>`;
    const article = parseArticle({ path: 'a.html', section: null, format: 'html', text: html });
    expect(article.title).toBe('Storm hits coast');
    expect(article.byline).toBe('By Jane Doe');
    expect(article.paragraphs).toEqual([
      'The storm reached the coast on Sunday, cutting power to 20,000 homes across the region.',
      '“We have never seen anything like it,” the mayor said on Monday morning.',
    ]);
  });
});

describe('HTML titles', () => {
  const page = (title: string, h1: string) => `<html><head><title>${title}</title></head><body><article><h1>${h1}</h1>
    <p>The new bridge over the river opened to traffic on Tuesday after three years of work.</p>
    <p>Engineers said it would carry 40,000 cars a day once the ring road is finished.</p></article></body></html>`;
  it('takes the headline from <h1> when the <title> holds it with the site name, and does not repeat it as a paragraph', () => {
    const article = parseArticle({ path: 'a.html', section: null, format: 'html', text: page('Bridge opens to traffic | Example News', 'Bridge opens to traffic') });
    expect(article.title).toBe('Bridge opens to traffic');
    expect(article.paragraphs[0]).toMatch(/^The new bridge/);
    expect(article.paragraphs).toHaveLength(2);
  });
  it('drops a site name after a bar or long dash, never a colon clause', () => {
    expect(withoutSiteName('Bridge opens to traffic — The Daily Example')).toBe('Bridge opens to traffic');
    expect(withoutSiteName('Election 2031: Mayor to stand down')).toBe('Election 2031: Mayor to stand down');
    expect(withoutSiteName('Short | Site')).toBe('Short | Site');
  });
});

describe('nothing is lost', () => {
  const words = (s: string) => s.split(/\s+/).filter(Boolean);
  const line = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('Advertisement', 'By', 'Reuters', '“quote,”', '\r', '\t', '\uFEFF')), { maxLength: 8 }).map((ws) => ws.join(' '));
  const doc = fc.array(fc.oneof(line, fc.constant(''), fc.constant('   ')), { maxLength: 12 }).map((ls) => ls.join('\n'));

  it('every word of the input is in the title, byline, paragraphs or boilerplate', () => {
    fc.assert(
      fc.property(doc, (input) => {
        const article = parseArticle(text(input));
        const output = [article.title, article.byline ?? '', ...article.paragraphs, ...article.boilerplate].join(' ');
        const expected = words(input.replace(/^\uFEFF/, '').normalize('NFC'));
        const got = new Map<string, number>();
        for (const w of words(output)) got.set(w, (got.get(w) ?? 0) + 1);
        for (const w of expected) {
          const n = got.get(w) ?? 0;
          if (n === 0) return false;
          got.set(w, n - 1);
        }
        return true;
      }),
      { numRuns: 500 },
    );
  }, PROPERTY_MS);
});
