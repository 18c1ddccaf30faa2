import { describe, expect, it } from 'vitest';
import { indexOf } from './search-helpers.js';

describe('articlesToAnalyze', () => {
  const index = indexOf(
    ['Budget day', 'Gordon Brown spoke.', 'The budget was fair.'],
    ['Football', 'Arsène Wenger was pleased.'],
    ['Weather', 'Rain again.'],
  );
  it('names only the articles whose text holds every word, since quotes and facts come from that text', () => {
    expect(index.articlesToAnalyze('budget')).toEqual([0]);
    expect(index.articlesToAnalyze('budget brown')).toEqual([0]);
    expect(index.articlesToAnalyze('budget rain')).toEqual([]);
    expect(index.articlesToAnalyze('speaker:wenger')).toEqual([1]);
  });
  it('names every article for a search of all quotes or facts, and none when they cannot match', () => {
    expect(index.articlesToAnalyze('in:quotes')).toEqual([0, 1, 2]);
    expect(index.articlesToAnalyze('budget in:titles,paragraphs')).toEqual([]);
    expect(index.articlesToAnalyze('')).toEqual([]);
  });
});
