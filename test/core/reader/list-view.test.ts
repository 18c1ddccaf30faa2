import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.js';
import { groupDigits } from '../../../src/core/group-digits.js';
import { detailsLine, entryHeight, titleLines } from '../../../src/core/reader/list-entries.js';
import { entriesFrom, filterArticles, listArticle, listPosition, listTop, sectionCounts, type ListGeometry } from '../../../src/core/reader/list-view.js';
import { displayWidth } from '../../../src/core/reader/wrap-text.js';
import { makeArticle } from '../../helpers/seed.js';
import { PROPERTY_MS } from '../../helpers/timeouts.js';

const inSection = (section: string | null, title = `A story from ${section}`): Article => ({ ...makeArticle(['Some words.'], title), section });

describe('sections', () => {
  it('counts each section, alphabetically, articles without one last', () => {
    const articles = [inSection('tech'), inSection('business'), inSection(null), inSection('tech')];
    expect(sectionCounts(articles)).toEqual([{ section: 'business', count: 1 }, { section: 'tech', count: 2 }, { section: null, count: 1 }]);
    expect(sectionCounts([inSection(null), inSection(null)])).toEqual([]);
  });
  it('orders numbered sections naturally, as the folder walk orders their articles', () => {
    const sections = sectionCounts(['copy-10/tech', 'copy-2/tech', 'Copy-1/sport', 'copy-2/business'].map((s) => inSection(s)));
    expect(sections.map((c) => c.section)).toEqual(['Copy-1/sport', 'copy-2/business', 'copy-2/tech', 'copy-10/tech']);
  });
  it('filters to one section in corpus order, and finds positions both ways', () => {
    const articles = [inSection('tech'), inSection('business'), inSection('tech'), inSection(null)];
    const shown = filterArticles(articles, { section: 'tech' });
    expect(shown).toEqual([0, 2]);
    expect(filterArticles(articles, { section: null })).toEqual([3]);
    expect(filterArticles(articles, null)).toBeNull();
    const g: ListGeometry = { articles, shown, width: 30, height: 10 };
    expect(listArticle(g, 1)).toBe(2);
    expect(listPosition(g, 2)).toBe(1);
    expect(listPosition(g, 1)).toBe(-1);
  });
});

describe('list entries', () => {
  it('wraps a title on two lines at most, ending a longer one with an ellipsis', () => {
    const article = makeArticle(['x'], 'Blair says the election will be held on the fifth of May after all');
    const lines = titleLines(article, 24);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(22);
    expect(lines[1]).toMatch(/…$/);
    expect(titleLines(makeArticle(['x'], 'Short title'), 24)).toEqual(['Short title']);
    expect(entryHeight(article, 24)).toBe(3);
  });
  it('says section, quotes and words/minutes, leaving words out before cutting', () => {
    const details = { section: 'business', quotes: 3, words: 415, minutes: 2 };
    expect(detailsLine(details, 40)).toBe('business · 3 quotes · 415w/2m');
    expect(detailsLine(details, 24)).toBe('business · 3 quotes');
    expect(detailsLine({ ...details, section: null, quotes: undefined }, 40)).toBe('… quotes · 415w/2m');
    expect(detailsLine({ ...details, quotes: 1 }, 40)).toContain('1 quote ·');
  });
});

describe('list scrolling with entries of different heights', () => {
  const titles = ['Short', 'A much longer title that needs two lines here', 'Mid size title'];
  const corpus = Array.from({ length: 200 }, (_, i) => makeArticle(['x'], `${titles[i % 3]} ${i}`));
  const rowsOf = (g: ListGeometry, from: number, to: number) => {
    let rows = 0;
    for (let p = from; p <= to; p++) rows += entryHeight(g.articles.at(listArticle(g, p))!, g.width);
    return rows;
  };
  it('always shows the cursor entry whole, moving the top as little as possible', () => {
    fc.assert(fc.property(fc.nat(199), fc.nat(199), fc.integer({ min: 3, max: 30 }), (cursor, top0, height) => {
      const g: ListGeometry = { articles: corpus, shown: null, width: 24, height };
      const top = listTop(g, cursor, top0);
      expect(top).toBeLessThanOrEqual(cursor);
      expect(cursor).toBeLessThan(top + entriesFrom(g, top));
      if (top0 <= cursor && cursor < top0 + entriesFrom(g, top0) && top0 + entriesFrom(g, top0) < 200) expect(top).toBe(top0);
      // Moved up only as far as needed: one entry more would not fit with the rest of the screen.
      if (top > 0 && top < top0 && top < cursor) expect(rowsOf(g, top - 1, Math.min(199, top + entriesFrom(g, top) - 1))).toBeGreaterThan(height);
    }));
  }, PROPERTY_MS);
  it('jumps to the end of 100,000 entries measuring one screen', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => makeArticle(['x'], `Story ${i}`));
    const g: ListGeometry = { articles: many, shown: null, width: 24, height: 18 };
    const top = listTop(g, 99_999, 0);
    expect(top).toBe(100_000 - 9);
  });
});

describe('groupDigits', () => {
  it('writes integers as toLocaleString("en-US") does', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
      expect(groupDigits(n)).toBe(n.toLocaleString('en-US'));
    }));
  }, PROPERTY_MS);
});
