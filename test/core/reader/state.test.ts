import { describe, expect, it } from 'vitest';
import type { Analysis, Article } from '../../../src/core/article.js';
import { analysisOf } from '../../../src/core/reader/selectors.js';
import { problemList, problemRows } from '../../../src/core/reader/problems.js';
import { initialState, reducer, type Action, type State } from '../../../src/core/reader/state.js';
import type { SearchResults } from '../../../src/core/search/search-types.js';
import { makeArticle } from '../../helpers/seed.js';

const WIDE = { columns: 120, rows: 36 };
const long = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} says something worth reading about the matter at hand, at some length, so that it wraps.`);
const corpus = (): Article[] => [makeArticle(long(30), 'First story'), makeArticle(long(5), 'Second story'), makeArticle(long(12), 'Third story')];
const run = (state: State, ...actions: Action[]) => actions.reduce(reducer, state);

const analysis: Analysis = {
  quotes: [
    { text: 'We will go on', speaker: 'Ana Pérez', cue: 'said', paragraph: 7, start: 10, end: 23, paragraphEnd: 7, partial: false },
    { text: 'a fair deal', speaker: null, cue: null, paragraph: 2, start: 5, end: 16, paragraphEnd: 2, partial: true },
  ],
  facts: [
    { kind: 'percent', text: '52%', value: 52, sentence: 's', sentenceStart: 0, sentenceEnd: 0, paragraph: 4, start: 0, end: 3 },
    { kind: 'percent', text: '52%', value: 52, sentence: 's', sentenceStart: 0, sentenceEnd: 0, paragraph: 9, start: 0, end: 3 },
    { kind: 'money', text: '$15 million', value: 15e6, currency: 'USD', sentence: 's', sentenceStart: 0, sentenceEnd: 0, paragraph: 1, start: 0, end: 11 },
  ],
  entities: [{ kind: 'person', name: 'Ana Pérez', mentions: 3, paragraphs: [0, 7, 20] }],
};

const results = (query: string, hits: { article: number; paragraph: number }[]): SearchResults => ({
  query, total: hits.length, articleCount: new Set(hits.map((h) => h.article)).size, didYouMean: null,
  results: hits.map((h) => ({ article: h.article, where: 'paragraph', paragraph: h.paragraph, item: null, hits: [[0, 9]], snippet: 'Paragraph', snippetHits: [[0, 9]] })),
});

describe('reader state', () => {
  it('starts on the first article with the list focused', () => {
    const s = initialState(corpus(), WIDE);
    expect(s).toMatchObject({ mode: 'normal', focus: 'list', current: 0, list: { cursor: 0 }, reader: { cursor: 0 } });
  });

  it('says which files did not load', () => {
    const s = initialState(corpus(), WIDE, [{ path: 'x.pdf', message: 'not an article format' }]);
    expect(s.message).toBe('1 file not loaded (e lists them): x.pdf: not an article format');
    expect(run(s, { type: 'move', delta: 1 }).message).toBeNull();
  });

  it('Tab, Shift-Tab and digits move the focus; quotes and facts choose the right-hand tab', () => {
    const s = initialState(corpus(), WIDE);
    expect(run(s, { type: 'focus-next' }).focus).toBe('reader');
    expect(run(s, { type: 'focus-prev' }).focus).toBe('facts');
    expect(run(s, { type: 'focus', pane: 'facts' }, { type: 'focus', pane: 'list' }).rightTab).toBe('facts');
  });

  it('opens the article under the list cursor with Enter and focuses the reader', () => {
    const s = run(initialState(corpus(), WIDE), { type: 'move', delta: 2 }, { type: 'enter' });
    expect(s).toMatchObject({ current: 2, focus: 'reader', reader: { cursor: 0, top: { block: 0, line: 0 } } });
  });

  it('clamps list movement to the corpus and keeps the cursor in view', () => {
    const many = Array.from({ length: 1000 }, (_, i) => makeArticle(['x'], `Story ${i}`));
    const s = run(initialState(many, WIDE), { type: 'edge', to: 'bottom' });
    expect(s.list.cursor).toBe(999);
    expect(s.list.top).toBeGreaterThan(900);
    expect(s.list.top).toBeLessThanOrEqual(999);
    expect(run(s, { type: 'move', delta: 5 }).list.cursor).toBe(999);
    expect(run(s, { type: 'edge', to: 'top' }).list).toEqual({ cursor: 0, top: 0 });
  });

  it('scrolls the reader by line; the cursor follows the first paragraph on screen and steps on at the end', () => {
    let s = run(initialState(corpus(), WIDE), { type: 'focus', pane: 'reader' });
    for (let i = 0; i < 20; i++) s = reducer(s, { type: 'move', delta: 1 });
    expect(s.reader.top.block * 10 + s.reader.top.line).toBeGreaterThan(0);
    // The paragraph whose row is at the top (block b is paragraph b - 1), or the next one on a blank row.
    expect([s.reader.top.block - 1, s.reader.top.block]).toContain(s.reader.cursor);
    expect(run(s, { type: 'edge', to: 'top' }).reader).toMatchObject({ cursor: 0, top: { block: 0, line: 0 } });
    const bottom = run(s, { type: 'edge', to: 'bottom' });
    expect(bottom.reader.cursor).toBe(29);
    expect(run(bottom, { type: 'move', delta: 1 }).reader).toEqual(bottom.reader);
  });

  it('pages the reader and lands on the last paragraph at the end', () => {
    let s = run(initialState(corpus(), WIDE), { type: 'focus', pane: 'reader' }, { type: 'page', dir: 1 });
    expect(s.reader.cursor).toBeGreaterThan(0);
    for (let i = 0; i < 50; i++) s = reducer(s, { type: 'page', dir: 1 });
    expect(s.reader.cursor).toBe(29);
    for (let i = 0; i < 50; i++) s = reducer(s, { type: 'page', dir: -1 });
    expect(s.reader).toMatchObject({ cursor: 0, top: { block: 0, line: 0 } });
  });

  it('fills quote counts as analyses arrive and counts failures', () => {
    const s = run(initialState(corpus(), WIDE), { type: 'analyses', entries: [[0, analysis], [2, { error: 'boom' }]] });
    expect(analysisOf(s, 0)?.quotes).toHaveLength(2);
    expect(analysisOf(s, 1)).toBeUndefined();
    expect(analysisOf(s, 2)?.quotes).toEqual([]);
    expect(s).toMatchObject({ analysed: 2, failed: 1 });
    expect(s.analysisErrors).toEqual([{ path: s.articles.at(2)!.path, message: 'analysis failed: boom' }]);
  });

  it('e lists every problem: the files not loaded, then the articles not analysed; the list scrolls inside its bounds', () => {
    const errors = Array.from({ length: 50 }, (_, i) => ({ path: `bad-${i}.txt`, message: 'binary file' }));
    const start = run(initialState(corpus(), { columns: 80, rows: 24 }, errors), { type: 'analyses', entries: [[1, { error: 'boom' }]] });
    const open = run(start, { type: 'problems-open' });
    expect(open.mode).toBe('problems');
    expect(problemList(open)).toHaveLength(51);
    expect(problemList(open).at(-1)!.message).toBe('analysis failed: boom');
    const rows = problemRows(open);
    expect(run(open, { type: 'problems-scroll', delta: -1, unit: 'row' }).problemsTop).toBe(0);
    expect(run(open, { type: 'problems-scroll', delta: 1, unit: 'page' }).problemsTop).toBe(rows);
    const end = run(open, { type: 'problems-scroll', delta: Infinity, unit: 'row' });
    expect(end.problemsTop).toBe(51 - rows);
    // A taller terminal shows more rows, so the end of the list moves up.
    expect(run(end, { type: 'resize', size: { columns: 80, rows: 60 } }).problemsTop).toBe(0);
    expect(run(end, { type: 'problems-close' }).mode).toBe('normal');
  });

  it('e with nothing wrong says so and stays in the panes', () => {
    const s = run(initialState(corpus(), WIDE), { type: 'problems-open' });
    expect(s.mode).toBe('normal');
    expect(s.message).toMatch(/^no problems/);
  });

  it('Enter on a quote moves the reader to its paragraph and marks it; Backspace goes back', () => {
    const s = run(initialState(corpus(), WIDE), { type: 'analyses', entries: [[0, analysis]] }, { type: 'focus', pane: 'quotes' }, { type: 'enter' });
    expect(s.reader).toMatchObject({ cursor: 7, markedQuote: 0 });
    expect(s.focus).toBe('quotes');
    const partial = run(s, { type: 'move', delta: 1 }, { type: 'enter' });
    expect(partial.reader).toMatchObject({ cursor: 2, markedQuote: 1 });
    const back = run(partial, { type: 'back' }, { type: 'back' });
    expect(back.reader.cursor).toBe(0);
    expect(run(back, { type: 'back' }).message).toBe('nothing to go back to');
  });

  it('Enter on a fact cycles through the paragraphs that mention it', () => {
    let s = run(initialState(corpus(), WIDE), { type: 'analyses', entries: [[0, analysis]] }, { type: 'focus', pane: 'facts' });
    s = reducer(s, { type: 'enter' });
    expect(s.reader).toMatchObject({ cursor: 4, markedText: '52%' });
    expect(s.message).toMatch(/1 of 2/);
    s = reducer(s, { type: 'enter' });
    expect(s.reader.cursor).toBe(9);
    s = reducer(s, { type: 'enter' });
    expect(s.reader.cursor).toBe(4);
  });

  it('in the single-pane layout a jump shows the reader', () => {
    const s = run(initialState(corpus(), { columns: 60, rows: 24 }), { type: 'analyses', entries: [[0, analysis]] }, { type: 'focus', pane: 'quotes' }, { type: 'enter' });
    expect(s.focus).toBe('reader');
  });

  it('search: typing, late answers ignored, Enter opens at the paragraph, Esc in the reader turns the highlights off and keeps the search', () => {
    let s = run(initialState(corpus(), WIDE), { type: 'search-open' }, { type: 'search-edit', edit: { kind: 'insert', text: 'para' } });
    expect(s.mode).toBe('search');
    expect(reducer(s, { type: 'search-results', results: results('par', []) }).search.results).toBeNull();
    s = run(s, { type: 'search-results', results: results('para', [{ article: 2, paragraph: 8 }, { article: 0, paragraph: 3 }]) }, { type: 'search-select', delta: 5 });
    expect(s.search.selected).toBe(1);
    s = run(s, { type: 'search-select', delta: -1 }, { type: 'search-submit' });
    expect(s).toMatchObject({ mode: 'normal', current: 2, focus: 'reader', reader: { cursor: 8 }, search: { active: true, query: 'para' } });
    s = reducer(s, { type: 'escape' });
    expect(s.search).toMatchObject({ active: true, highlight: false, query: 'para' });
  });

  it('the hit a result opens at becomes the current hit once the hits are known, so n goes on from it', () => {
    let s = run(initialState(corpus(), WIDE), { type: 'search-open' }, { type: 'search-edit', edit: { kind: 'insert', text: 'para' } },
      { type: 'search-results', results: results('para', [{ article: 2, paragraph: 8 }]) }, { type: 'search-submit' });
    const hit = (article: number, paragraph: number, start: number) => ({ article, paragraph, start, end: start + 9 });
    s = reducer(s, { type: 'search-hits', hits: { query: 'para', positions: [hit(0, 3, 0), hit(2, 8, 0), hit(2, 9, 0)], spans: new Map() } });
    expect([s.search.current, s.message]).toEqual([1, 'hit 2 of 3']);
    s = reducer(s, { type: 'next-hit', dir: 1 });
    expect([s.current, s.reader.cursor, s.message]).toEqual([2, 9, 'hit 3 of 3']);
  });

  it('a search kept to the list\'s section finds its hits again when the list shows another section', () => {
    const sections = corpus().map((a, i) => ({ ...a, section: i === 1 ? 'sport' : 'news' }));
    const hit = (article: number, paragraph: number, start: number) => ({ article, paragraph, start, end: start + 4 });
    const found = { type: 'search-hits', hits: { query: 'para', positions: [hit(0, 3, 0), hit(1, 2, 0)], spans: new Map() } } as const;
    let s = run(initialState(sections, WIDE), { type: 'search-open' }, { type: 'search-edit', edit: { kind: 'insert', text: 'para' } },
      { type: 'search-results', results: results('para', [{ article: 0, paragraph: 3 }]) }, { type: 'search-submit' }, found);
    expect(s.search.hits).not.toBeNull();
    s = reducer(s, { type: 'filter', filter: { section: 'sport' } });
    expect(s.search).toMatchObject({ active: true, query: 'para', hits: null, current: null });
    // Searching every article (Tab in the box), the hits do not depend on the list.
    s = run(s, found, { type: 'search-open' }, { type: 'search-scope' }, { type: 'search-close' }, found, { type: 'filter', filter: null });
    expect(s.search.hits).not.toBeNull();
  });

  it('Esc in the search box keeps the query; reopening selects it so typing replaces it', () => {
    let s = run(initialState(corpus(), WIDE), { type: 'search-open' }, { type: 'search-edit', edit: { kind: 'insert', text: 'old' } }, { type: 'search-close' });
    expect(s).toMatchObject({ mode: 'normal', current: 0, search: { query: 'old', active: true } });
    s = run(s, { type: 'search-open' });
    expect(s.search.replaceOnType).toBe(true);
    expect(run(s, { type: 'search-edit', edit: { kind: 'insert', text: 'n' } }).search.query).toBe('n');
    expect(run(s, { type: 'search-edit', edit: { kind: 'backspace' } }).search.query).toBe('ol');
  });

  it('Enter with no match says so and stays in the search box', () => {
    const s = run(initialState(corpus(), WIDE), { type: 'search-open' }, { type: 'search-edit', edit: { kind: 'insert', text: 'zzz' } }, { type: 'search-results', results: results('zzz', []) }, { type: 'search-submit' });
    expect(s).toMatchObject({ mode: 'search', message: 'no matches' });
  });

  it('Enter with no match but a near spelling takes the suggestion as the query', () => {
    const s = run(initialState(corpus(), WIDE), { type: 'search-open' }, { type: 'search-edit', edit: { kind: 'insert', text: 'goverment' } },
      { type: 'search-results', results: { ...results('goverment', []), didYouMean: 'government' } }, { type: 'search-submit' });
    expect(s).toMatchObject({ mode: 'search', search: { query: 'government', cursor: 10 } });
  });

  it('n and N walk the hits one by one across articles, say which hit of how many, and wrap at the ends', () => {
    const r = results('x', [{ article: 0, paragraph: 3 }, { article: 0, paragraph: 10 }, { article: 2, paragraph: 1 }]);
    let s = run(initialState(corpus(), WIDE), { type: 'search-open' }, { type: 'search-edit', edit: { kind: 'insert', text: 'x' } }, { type: 'search-results', results: r }, { type: 'search-close' });
    // n before the hits are known is remembered and walked when they arrive.
    s = reducer(s, { type: 'next-hit', dir: 1 });
    expect(s.message).toMatch(/finding the hits/);
    const hit = (article: number, paragraph: number, start: number) => ({ article, paragraph, start, end: start + 1 });
    s = reducer(s, { type: 'search-hits', hits: { query: 'x', positions: [hit(0, 3, 0), hit(0, 3, 20), hit(0, 10, 0), hit(2, 1, 0)], spans: new Map() } });
    expect([s.current, s.reader.cursor, s.search.current, s.message]).toEqual([0, 3, 0, 'hit 1 of 4']);
    // The second hit in the same paragraph is a step of its own.
    s = reducer(s, { type: 'next-hit', dir: 1 });
    expect([s.current, s.reader.cursor, s.search.current, s.message]).toEqual([0, 3, 1, 'hit 2 of 4']);
    s = run(s, { type: 'next-hit', dir: 1 }, { type: 'next-hit', dir: 1 });
    expect([s.current, s.reader.cursor, s.message]).toEqual([2, 1, 'hit 4 of 4']);
    s = reducer(s, { type: 'next-hit', dir: 1 });
    expect([s.current, s.reader.cursor, s.message]).toEqual([0, 3, 'hit 1 of 4 (search wrapped to the first hit)']);
    s = reducer(s, { type: 'next-hit', dir: -1 });
    expect([s.current, s.reader.cursor]).toEqual([2, 1]);
    // Esc turns the highlights off and keeps the search: n walks on, lighting them again.
    s = reducer(s, { type: 'escape' });
    expect(s.search).toMatchObject({ active: true, highlight: false, query: 'x' });
    s = reducer(s, { type: 'next-hit', dir: 1 });
    expect([s.current, s.search.highlight]).toEqual([0, true]);
  });

  it('s opens the sections menu; a choice shows one section, keeps counts and windowing, and any article still opens', () => {
    const sectioned = corpus().map((a, i) => ({ ...a, section: i === 1 ? 'sport' : 'politics' }));
    let s = initialState(sectioned, WIDE);
    expect(s.sections).toEqual([{ section: 'politics', count: 2 }, { section: 'sport', count: 1 }]);
    s = run(s, { type: 'focus', pane: 'reader' }, { type: 'sections-open' });
    expect(s).toMatchObject({ mode: 'sections', focus: 'list' });
    expect(reducer(s, { type: 'sections-close' })).toMatchObject({ mode: 'normal', filter: null });
    s = reducer(s, { type: 'filter', filter: { section: 'politics' } });
    expect(s).toMatchObject({ mode: 'normal', focus: 'list', filter: { section: 'politics' }, shown: [0, 2], list: { cursor: 0 } });
    s = run(s, { type: 'edge', to: 'bottom' }, { type: 'enter' });
    expect(s.current).toBe(2);
    // A search result in another section opens; the list stays on its section and says so.
    s = run(s, { type: 'open', article: 1, paragraph: 2 });
    expect(s).toMatchObject({ current: 1, filter: { section: 'politics' }, list: { cursor: 1 }, reader: { cursor: 2 } });
    expect(s.message).toMatch(/not in politics/);
    s = reducer(s, { type: 'filter', filter: null });
    expect(s).toMatchObject({ shown: null, list: { cursor: 1 } });
  });

  it('a menu number chooses a section: 1 for all, 2 for the first', () => {
    const sectioned = corpus().map((a, i) => ({ ...a, section: i === 1 ? 'sport' : 'politics' }));
    const s = run(initialState(sectioned, WIDE), { type: 'sections-open' }, { type: 'sections-choose', number: 3 });
    expect(s).toMatchObject({ mode: 'normal', filter: { section: 'sport' }, shown: [1] });
    expect(run(s, { type: 'sections-open' }, { type: 'sections-choose', number: 1 })).toMatchObject({ filter: null, shown: null });
  });

  it('with one article there is no list to focus, and J from an article the list leaves out says so', () => {
    const one = initialState([makeArticle(['Only text.'], 'Only story')], WIDE);
    expect(one.focus).toBe('reader');
    expect(run(one, { type: 'focus-prev' }).focus).toBe('facts');
    expect(run(one, { type: 'focus-next' }, { type: 'focus-next' }, { type: 'focus-next' }).focus).toBe('reader');
    expect(run(one, { type: 'focus', pane: 'list' })).toMatchObject({ focus: 'reader', message: 'one article: there is no list' });
    const sectioned = corpus().map((a, i) => ({ ...a, section: i === 1 ? 'sport' : 'politics' }));
    const s = run(initialState(sectioned, WIDE), { type: 'filter', filter: { section: 'sport' } }, { type: 'open', article: 2 }, { type: 'article', dir: 1 });
    expect(s.current).toBe(1);
    expect(s.message).toMatch(/not in sport: first article of the list/);
  });

  it('does nothing unseen behind "terminal too small": only quit acts', () => {
    const small = initialState(corpus(), { columns: 30, rows: 8 });
    expect(run(small, { type: 'article', dir: 1 }, { type: 'help-open' }, { type: 'focus', pane: 'quotes' })).toBe(small);
    expect(reducer(small, { type: 'quit' }).quit).toBe(true);
  });

  it('Backspace back to another article moves the list cursor to it too', () => {
    const s = run(initialState(corpus(), WIDE), { type: 'move', delta: 2 }, { type: 'enter' }, { type: 'back' });
    expect(s).toMatchObject({ current: 0, list: { cursor: 0 } });
  });

  it('says so when the articles have no sections, instead of opening an empty menu', () => {
    const s = reducer(initialState(corpus(), WIDE), { type: 'sections-open' });
    expect(s).toMatchObject({ mode: 'normal', message: 'no sections: these articles are not in section folders' });
  });

  it('keeps the cursors valid when the terminal shrinks', () => {
    let s = run(initialState(corpus(), WIDE), { type: 'focus', pane: 'reader' }, { type: 'edge', to: 'bottom' });
    s = reducer(s, { type: 'resize', size: { columns: 50, rows: 14 } });
    expect(s.reader.cursor).toBe(29);
    expect(s.size).toEqual({ columns: 50, rows: 14 });
  });

  it('is pure: the same action on the same state gives equal states and changes nothing in place', () => {
    const s = initialState(corpus(), WIDE);
    const frozen = JSON.stringify({ ...s, articles: null });
    const a = run(s, { type: 'move', delta: 1 }, { type: 'enter' });
    const b = run(s, { type: 'move', delta: 1 }, { type: 'enter' });
    expect(a).toEqual(b);
    expect(JSON.stringify({ ...s, articles: null })).toBe(frozen);
  });
});
