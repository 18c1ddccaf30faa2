import { describe, expect, it } from 'vitest';
import type { AnalyzedArticle, Quote } from '../../src/core/article.js';
import { CSV_HEADER, csvArticleRows, csvField } from '../../src/commands/export-csv.js';

/** A strict RFC 4180 reader: CRLF between records, quotes only around whole fields, doubled inside. Throws on anything else. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error('unclosed quoted field');
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
            } else {
              i++;
              break;
            }
          } else field += text[i++];
        }
      } else {
        while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
          if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
          field += text[i++];
        }
      }
      record.push(field);
      if (text[i] === ',') i++;
      else if (text.startsWith('\r\n', i)) {
        i += 2;
        break;
      } else throw new Error(`record not ended by CRLF at ${i}`);
    }
    records.push(record);
  }
  return records;
}

const quote = (text: string, speaker: string | null, extra: Partial<Quote> = {}): Quote => ({
  text, speaker, cue: 'said', paragraph: 2, start: 0, end: text.length, paragraphEnd: 2, partial: false, ...extra,
});

const article = (quotes: Quote[], title = 'Pay, "fair" and\nfinal'): AnalyzedArticle => ({
  path: 'news/1.txt', title, byline: null, section: 'news', paragraphs: [], boilerplate: [], words: 0, readingMinutes: 0, quotes, facts: [], entities: [],
});

describe('CSV export', () => {
  it('quotes fields holding commas, quotation marks and line breaks, and doubles the marks inside', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('she said "no"')).toBe('"she said ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('')).toBe('');
  });

  it('writes one CRLF-ended record per quotation that a strict parser reads back exactly', () => {
    const quotes = [
      quote('We said "enough", and meant it', 'Ivo Brandt'),
      quote('a fragment', null, { cue: null, partial: true, paragraph: 0 }),
    ];
    const text = CSV_HEADER + [...csvArticleRows(article(quotes))].join('');
    expect(parseCsv(text)).toEqual([
      ['speaker', 'quote', 'cue', 'partial', 'title', 'path', 'section', 'paragraph'],
      ['Ivo Brandt', 'We said "enough", and meant it', 'said', 'false', 'Pay, "fair" and\nfinal', 'news/1.txt', 'news', '3'],
      ['', 'a fragment', '', 'true', 'Pay, "fair" and\nfinal', 'news/1.txt', 'news', '1'],
    ]);
    expect(text.split('\r\n')).toHaveLength(4);
  });

  it('keeps only the quotes asked for, and shows control characters as symbols', () => {
    const rows = [...csvArticleRows(article([quote('one', 'Ivo Brandt'), quote('two\x1b[31m', 'Ines Varnell')], 'T'), (q) => q.speaker === 'Ines Varnell')];
    expect(rows).toEqual(['Ines Varnell,two\u241b[31m,said,false,T,news/1.txt,news,3\r\n']);
  });
});
