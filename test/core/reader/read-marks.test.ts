// Read and unread, resume and places, as the reducer keeps them (no clock: the app sends `dwell`).
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/article.js';
import { atEnd } from '../../../src/core/reader/reading.js';
import { currentDoc } from '../../../src/core/reader/selectors.js';
import { initialState, reducer, resumeState, type Action, type Remembered, type State } from '../../../src/core/reader/state.js';
import { makeArticle } from '../../helpers/seed.js';

const SIZE = { columns: 100, rows: 30 };
const run = (state: State, ...actions: Action[]) => actions.reduce(reducer, state);
const long = Array.from({ length: 60 }, (_, i) => `Paragraph ${i} tells of the harbour and its boats at some length.`);
const stories = (): Article[] => [
  makeArticle(long, 'Long story'),
  makeArticle(['Short one.'], 'Short story'),
  { ...makeArticle(['Third, in sport.'], 'Sport story'), section: 'sport' },
  makeArticle(long.slice(0, 30), 'Another long story'),
];
const start = (remembered?: Remembered) => initialState(stories(), SIZE, [], remembered);

describe('read marks', () => {
  it('the article shown at start is not read until touched', () => {
    const s = run(start(), { type: 'focus', pane: 'reader' }, { type: 'dwell', article: 0 });
    expect(s.read.has(0)).toBe(false);
  });

  it('an opened article is read once its last line has been on screen', () => {
    let s = run(start(), { type: 'move', delta: 3 }, { type: 'enter' });
    expect(s.current).toBe(3);
    expect(s.read.has(3)).toBe(false);
    s = run(s, { type: 'edge', to: 'bottom' });
    expect(s.read.has(3)).toBe(true);
  });

  it('a short article that fits is read as soon as it is opened; a long one after the dwell', () => {
    const s = run(start(), { type: 'move', delta: 1 }, { type: 'enter' });
    expect(s.read.has(1)).toBe(true);
    const long = run(s, { type: 'article', dir: 1 }, { type: 'article', dir: 1 });
    expect(long.current).toBe(3);
    expect(long.read.has(3)).toBe(false);
    expect(run(long, { type: 'dwell', article: 3 }).read.has(3)).toBe(true);
    // A dwell that arrives after the article was left counts for nothing.
    expect(run(long, { type: 'article', dir: -1 }, { type: 'dwell', article: 3 }).read.has(3)).toBe(false);
  });

  it('scrolling the article shown at start touches it', () => {
    const s = run(start(), { type: 'focus', pane: 'reader' }, { type: 'move', delta: 1 }, { type: 'dwell', article: 0 });
    expect(s.read.has(0)).toBe(true);
  });

  it('u toggles the list\'s article or the open one, and an article marked unread by hand stays so while open', () => {
    let s = run(start(), { type: 'move', delta: 1 }, { type: 'toggle-read' });
    expect([...s.read]).toEqual([1]);
    s = run(s, { type: 'enter' }, { type: 'focus', pane: 'reader' }, { type: 'toggle-read' });
    expect(s.read.has(1)).toBe(false);
    s = run(s, { type: 'move', delta: 1 }, { type: 'dwell', article: 1 });
    expect(s.read.has(1)).toBe(false);
  });

  it('U shows only unread articles, kept while you read them; . opens the next unread one', () => {
    let s = run(start(), { type: 'move', delta: 1 }, { type: 'toggle-read' }, { type: 'unread-only' });
    expect(s.shown).toEqual([0, 2, 3]);
    s = run(s, { type: 'next-unread' });
    expect(s.current).toBe(2);
    expect(s.read.has(2)).toBe(true);
    expect(s.shown).toEqual([0, 2, 3]);
    s = run(s, { type: 'next-unread' });
    expect(s.current).toBe(3);
    s = run(s, { type: 'unread-only' });
    expect(s.shown).toBeNull();
  });

  it('U and a section combine, and choosing a section keeps U', () => {
    let s = run(start(), { type: 'unread-only' }, { type: 'filter', filter: { section: 'sport' } });
    expect(s.filter).toEqual({ section: 'sport', unread: true });
    expect(s.shown).toEqual([2]);
    s = run(s, { type: 'unread-only' });
    expect(s.filter).toEqual({ section: 'sport' });
  });

  it('A asks, and only y marks every article the list shows read', () => {
    let s = run(start(), { type: 'mark-all' });
    expect(s.mode).toBe('confirm');
    s = run(s, { type: 'answer', yes: false });
    expect(s.read.size).toBe(0);
    s = run(s, { type: 'filter', filter: { section: 'sport' } }, { type: 'mark-all' }, { type: 'answer', yes: true });
    expect([...s.read]).toEqual([2]);
    expect(s.message).toBe('1 article marked read');
  });
});

describe('places and resume', () => {
  it('an article reopened later comes back where it was left', () => {
    let s = run(start(), { type: 'enter' }, { type: 'page', dir: 1 }, { type: 'page', dir: 1 });
    const top = s.reader.top;
    expect(top.block).toBeGreaterThan(1);
    s = run(s, { type: 'article', dir: 1 }, { type: 'article', dir: -1 });
    expect(s.current).toBe(0);
    expect(s.reader.top).toEqual(top);
    expect(s.places.get(0)).toMatchObject({ paragraph: top.block - 1 });
  });

  it('starts on the last article at its place, the list cursor on it, at another width too', () => {
    const place = { paragraph: 5, offset: 0, anchor: long[5]!.slice(0, 80) };
    const remembered: Remembered = { read: new Set([1]), places: new Map([[3, place]]), bookmarks: [], last: 3 };
    for (const columns of [60, 100, 160]) {
      const s = resumeState(initialState(stories(), { columns, rows: 30 }, [], remembered), 3);
      expect(s.current).toBe(3);
      expect(s.list.cursor).toBe(3);
      expect(s.reader.top).toEqual({ block: 6, line: 0 });
      expect(s.read.has(1)).toBe(true);
      expect(s.touched).toBe(false);
      expect(s.back).toEqual([]);
    }
  });

  it('keeps the same words at the top when a place is taken at one width and shown at another', () => {
    let s = run(initialState(stories(), { columns: 160, rows: 30 }), { type: 'enter' }, { type: 'focus', pane: 'reader' });
    for (let i = 0; i < 7; i++) s = run(s, { type: 'move', delta: 1 });
    s = run(s, { type: 'article', dir: 1 });
    const place = s.places.get(0)!;
    const narrow = resumeState(initialState(stories(), { columns: 70, rows: 30 }, [], { read: new Set(), places: new Map([[0, place]]), bookmarks: [], last: 0 }), 0);
    const { doc } = currentDoc(narrow)!;
    const line = doc.lines(place.paragraph)[narrow.reader.top.line]!;
    expect(line.start).toBeLessThanOrEqual(place.offset);
    expect(line.end).toBeGreaterThanOrEqual(place.offset);
  });
});

describe('opening the article already shown', () => {
  it('Enter on it in the list counts as opening it', () => {
    const fits = [makeArticle(['Fits on one screen.'], 'Short'), makeArticle(['Also short.'], 'Other')];
    const s = initialState(fits, SIZE);
    expect(run(s, { type: 'focus', pane: 'reader' }).read.size).toBe(0);
    expect([...run(s, { type: 'enter' }).read]).toEqual([0]);
  });
});

describe('the place at the end of an article', () => {
  it('comes back with the last line still on screen (G leaves the top on a blank row)', () => {
    const notAtEnd: string[] = [];
    for (const columns of [60, 100]) {
      for (let rows = 14; rows <= 30; rows++) {
        let s = run(initialState(stories(), { columns, rows }), { type: 'enter' }, { type: 'focus', pane: 'reader' }, { type: 'edge', to: 'bottom' });
        s = run(s, { type: 'article', dir: 1 });
        const back = resumeState(initialState(stories(), { columns, rows }, [], { read: new Set(), places: s.places, bookmarks: [], last: 0 }), 0);
        const { doc, view } = currentDoc(back)!;
        if (!atEnd(doc, back.reader.top, view)) notAtEnd.push(`${columns}x${rows}`);
      }
    }
    expect(notAtEnd).toEqual([]);
  });
});
