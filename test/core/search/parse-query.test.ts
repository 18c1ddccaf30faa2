import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/core/search/parse-query.js';
import { PROPERTY_MS } from '../../helpers/timeouts.js';

const brief = (q: string) => parseQuery(q).map((t) => [t.kind, t.text, t.negative, t.open]);

describe('parseQuery', () => {
  it('splits words on white space', () => {
    expect(brief('prime  min')).toEqual([['term', 'prime', false, false], ['term', 'min', false, false]]);
  });
  it('reads closed and still-open phrases, straight or curly', () => {
    expect(brief('"human shield" x')).toEqual([['phrase', 'human shield', false, false], ['term', 'x', false, false]]);
    expect(brief('“human sh')).toEqual([['phrase', 'human sh', false, true]]);
  });
  it('reads exclusions, and ignores a lone minus still being typed', () => {
    expect(brief('eu -europe -"single market"')).toEqual([
      ['term', 'eu', false, false], ['term', 'europe', true, false], ['phrase', 'single market', true, false],
    ]);
    expect(brief('eu -')).toEqual([['term', 'eu', false, false]]);
    expect(brief('well-known')).toEqual([['term', 'well-known', false, false]]);
  });
  it('reads speaker: with a word or a phrase, in any case', () => {
    expect(brief('SPEAKER:wenger')).toEqual([['speaker', 'wenger', false, false]]);
    expect(brief('speaker:"tony blair" war')).toEqual([['speaker', 'tony blair', false, false], ['term', 'war', false, false]]);
    expect(brief('speaker:')).toEqual([['speaker', '', false, false]]);
  });
  it('reads in: scopes by name or prefix, and keeps a non-scope in: as a word', () => {
    expect(parseQuery('in:quotes,facts').map((t) => t.scopes)).toEqual([['quote', 'fact']]);
    expect(parseQuery('in:t').map((t) => t.scopes)).toEqual([['title']]);
    expect(brief('in:')).toEqual([]);
    expect(brief('in:xyz')).toEqual([['term', 'in:xyz', false, false]]);
  });
  it('records where each token lies in the query', () => {
    const q = 'abc -"de f" speaker:gh';
    for (const t of parseQuery(q)) expect(q.slice(t.start, t.end)).toBe(t.text);
  });
  it('accepts any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (q) => {
      for (const t of parseQuery(q)) expect(q.slice(t.start, t.end)).toBe(t.text);
    }));
  }, PROPERTY_MS);
});
