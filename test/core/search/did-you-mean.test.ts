import { describe, expect, it } from 'vitest';
import { oneEditAway } from '../../../src/core/search/did-you-mean.js';
import { indexOf } from './search-helpers.js';

describe('did you mean', () => {
  const index = indexOf(
    ['Government news', 'The government said the governor would govern.', 'Chelsea won; the government fell.'],
    ['Broadband', 'Broadband users doubled.', 'The government plans broadband for all.'],
  );
  it('offers the commonest word one edit away when nothing matches', () => {
    const r = index.search('goverment');
    expect([r.total, r.didYouMean]).toEqual([0, 'government']);
    expect(index.search('brodband').didYouMean).toBe('broadband');
    expect(index.search('Govermnent').didYouMean).toBe('Government');
  });
  it('completes the word still being typed', () => {
    expect(index.search('goverm').didYouMean).toBe('government');
    expect(index.search('goverm ').didYouMean).toBe('govern '); // a finished word: only whole words
  });
  it('corrects only the wrong words and only offers queries that match', () => {
    expect(index.search('chelsea goverment').didYouMean).toBe('chelsea government');
    expect(index.search('broadband chelsee').didYouMean).toBeNull();
  });
  it('leaves short words and matching queries alone', () => {
    expect(index.search('govt').didYouMean).toBeNull();
    expect(index.search('government').didYouMean).toBeNull();
    expect(index.search('zzzzzzzz').didYouMean).toBeNull();
  });
  it('generates deletions, insertions, substitutions and swaps', () => {
    const edits = oneEditAway('abc', ['a', 'b', 'c', 'x']);
    for (const e of ['bc', 'ac', 'ab', 'xabc', 'abxc', 'abcx', 'xbc', 'axc', 'abx', 'bac', 'acb']) expect(edits.has(e), e).toBe(true);
    expect(edits.has('abc')).toBe(false);
  });
});

describe('did you mean, when not wanted', () => {
  it('is skipped with didYouMean: false', () => {
    const index = indexOf(['Government', 'The government.']);
    expect(index.search('goverment', { didYouMean: false }).didYouMean).toBeNull();
    expect(index.search('goverment').didYouMean).toBe('government');
  });
});
