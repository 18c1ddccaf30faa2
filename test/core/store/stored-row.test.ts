import { describe, expect, it } from 'vitest';
import { unitWords } from '../../../src/core/search/unit-words.js';
import { readBody, storedRowOf, unitRows } from '../../../src/core/store/stored-row.js';
import { unpackSource } from '../../../src/core/store/people-tables.js';
import { ANALYSIS, storedItem } from './store-conformance.js';

describe('the stored row of an article', () => {
  const { article } = storedItem('news/a.txt', 0, 'Bridge opens', true);

  it('reads back the paragraphs, boilerplate and analysis it was made from (fact sentences rebuilt)', () => {
    const row = storedRowOf({ ...article, boilerplate: ['Share this page'] }, ANALYSIS);
    expect(readBody(row.body)).toEqual({ paragraphs: article.paragraphs, boilerplate: ['Share this page'], analysis: ANALYSIS });
    expect(row.quotes).toBe(1);
    expect(unpackSource('news', row.source!)).toEqual({ section: 'news', speakers: ['Nora Pell'], entities: [{ kind: 'person', name: 'Nora Pell', mentions: 1, paragraphs: [] }] });
  });

  it('carries the index units as one string and gives them back as the index is given them', () => {
    const row = storedRowOf(article, ANALYSIS);
    const expected = unitWords(article, ANALYSIS).map(({ kind, words, speaker }) => [kind, words.join(' '), speaker.length ? speaker.join(' ') : null]);
    expect(typeof row.units).toBe('string');
    expect(row.unitCount).toBe(expected.length);
    expect(unitRows(row)).toEqual(expected);
    expect(unitRows(row).map(([kind]) => kind)).toEqual([0, 1, 1, 2, 3]);
    expect(unitRows(row)[3]).toEqual([2, 'we will build it', 'nora pell']);
  });

  it('keeps an article not analysed yet as having no analysis, no quotes count and no people source', () => {
    const row = storedRowOf(article, null);
    expect(readBody(row.body).analysis).toBeNull();
    expect([row.quotes, row.source]).toEqual([null, null]);
    expect(unitRows(row).map(([kind]) => kind)).toEqual([0, 1, 1]);
    expect(unitRows(storedRowOf({ ...article, title: ' ', paragraphs: [] }, null))).toEqual([]);
  });

  it('deflates the body: a long article takes well under half its JSON', () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} says the council met on day ${i % 7} to weigh the bridge plan once more.`);
    const long = { ...article, paragraphs };
    expect(storedRowOf(long, null).body.length).toBeLessThan(JSON.stringify(paragraphs).length / 2);
  });
});
