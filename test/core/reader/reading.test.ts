import { describe, expect, it } from 'vitest';
import type { Analysis, Article } from '../../../src/core/article.js';
import { readerDoc } from '../../../src/core/reader/doc.js';
import { readerPosition } from '../../../src/core/reader/reading.js';
import { advance } from '../../../src/core/reader/scroll.js';
import { currentDoc } from '../../../src/core/reader/selectors.js';
import { initialState, reducer, type Action, type State } from '../../../src/core/reader/state.js';
import { makeArticle } from '../../helpers/seed.js';

const SMALL = { columns: 80, rows: 24 };
const run = (state: State, ...actions: Action[]) => actions.reduce(reducer, state);
/** One paragraph far taller than the pane, its lines numbered so each can be found. */
const tall = Array.from({ length: 400 }, (_, i) => `w${i}`).join(' ');
const stories = (): Article[] => [
  makeArticle(['A short opening.', tall, 'The closing paragraph.'], 'Tall story'),
  makeArticle(['Second story text.'], 'Second story'),
  makeArticle(['Third story text.'], 'Third story'),
];

/** Every word shown in the reader at this state, read off the document rows in view. */
function wordsInView(s: State): Set<string> {
  const { doc, view } = currentDoc(s)!;
  const seen = new Set<string>();
  for (let row = 0; row < view; row++) {
    const at = advance(doc, s.reader.top, row);
    if (at.block === 0 || at.line >= doc.contentHeight(at.block)) continue;
    const span = doc.lines(at.block - 1)[at.line]!;
    for (const w of doc.paragraph(at.block - 1).slice(span.start, span.end).split(' ')) seen.add(w);
  }
  return seen;
}

describe('reading line by line', () => {
  it('reaches every line of a paragraph taller than the pane with j', () => {
    let s = run(initialState(stories(), SMALL), { type: 'focus', pane: 'reader' });
    const seen = wordsInView(s);
    for (let i = 0; i < 400; i++) {
      s = reducer(s, { type: 'move', delta: 1 });
      for (const w of wordsInView(s)) seen.add(w);
    }
    for (let i = 0; i < 400; i++) expect(seen.has(`w${i}`)).toBe(true);
    expect(seen.has('closing')).toBe(true);
    // The tall paragraph is still the one at the top: the position names it, and j at the end changes nothing.
    expect(s.reader.cursor).toBe(1);
    expect(reducer(s, { type: 'move', delta: 1 })).toBe(s);
  });

  it('pages and half-pages keep one row of context and never skip a line', () => {
    const s = run(initialState(stories(), SMALL), { type: 'focus', pane: 'reader' });
    const { view } = currentDoc(s)!;
    const row = (x: State) => {
      const { doc } = currentDoc(x)!;
      let n = x.reader.top.line;
      for (let b = 0; b < x.reader.top.block; b++) n += doc.height(b);
      return n;
    };
    expect(row(run(s, { type: 'page', dir: 1 }))).toBe(view - 1);
    expect(row(run(s, { type: 'page', dir: 1, half: true }))).toBe(Math.floor(view / 2));
    expect(row(run(s, { type: 'page', dir: 1 }, { type: 'page', dir: -1 }))).toBe(0);
  });

  it('steps to paragraph starts with { and }', () => {
    const s = run(initialState(stories(), SMALL), { type: 'focus', pane: 'reader' }, { type: 'paragraph', dir: 1 }, { type: 'paragraph', dir: 1 });
    expect(s.reader).toMatchObject({ cursor: 2 });
    const back = run(s, { type: 'paragraph', dir: -1 });
    expect(back.reader).toMatchObject({ cursor: 1, top: { block: 2, line: 0 } });
  });

  it('on the last page, } walks the cursor on to the last paragraph and { walks it back, the view still', () => {
    const many = makeArticle(Array.from({ length: 40 }, (_, i) => `Paragraph number ${i + 1} of the long story.`), 'Long story');
    let s = run(initialState([many], SMALL), { type: 'focus', pane: 'reader' });
    for (let i = 0; i < 200; i++) s = reducer(s, { type: 'move', delta: 1 });
    const end = s.reader.top;
    const { doc, view } = currentDoc(s)!;
    const first = s.reader.cursor;
    expect(first).toBeLessThan(39);
    expect(readerPosition(many, doc, s.reader.cursor, end, view)).toBe(`¶ ${first + 1}/40 · 100%`);
    const steps: number[] = [];
    for (let i = 0; i < 45 && s.reader.cursor < 39; i++) {
      s = reducer(s, { type: 'paragraph', dir: 1 });
      steps.push(s.reader.cursor);
    }
    expect(steps).toEqual(Array.from({ length: 39 - first }, (_, i) => first + 1 + i));
    expect(s.reader.top).toEqual(end);
    expect(readerPosition(many, doc, s.reader.cursor, s.reader.top, view)).toBe('¶ 40/40 · 100%');
    s = reducer(s, { type: 'paragraph', dir: -1 });
    expect([s.reader.cursor, s.reader.top]).toEqual([38, end]);
  });

  it('Space on the last page opens the next article; J and K step through the list', () => {
    let s = run(initialState(stories(), SMALL), { type: 'focus', pane: 'reader' }, { type: 'edge', to: 'bottom' });
    s = run(s, { type: 'page', dir: 1, nextAtEnd: true });
    expect(s).toMatchObject({ current: 1, focus: 'reader', reader: { cursor: 0, top: { block: 0, line: 0 } } });
    expect(run(s, { type: 'article', dir: 1 }).current).toBe(2);
    expect(run(s, { type: 'article', dir: -1 }).current).toBe(0);
    expect(run(s, { type: 'article', dir: 1 }, { type: 'article', dir: 1 }).message).toBe('this is the last article');
    // PgDn at the end does not leave the story.
    const end = run(initialState(stories(), SMALL), { type: 'focus', pane: 'reader' }, { type: 'edge', to: 'bottom' }, { type: 'page', dir: 1 });
    expect(end.current).toBe(0);
  });

  it('J follows the section the list shows', () => {
    const articles = [makeArticle(['a'], 'One'), makeArticle(['b'], 'Two'), makeArticle(['c'], 'Three')].map((a, i) => ({ ...a, section: i === 1 ? 'tech' : 'sport' }));
    const s = run(initialState(articles, SMALL), { type: 'filter', filter: { section: 'sport' } }, { type: 'article', dir: 1 });
    expect(s.current).toBe(2);
  });
});

describe('jumps', () => {
  it('show a quote below the pane a few lines under the top, whole', () => {
    const text = stories()[0]!.paragraphs[1]!;
    const start = text.indexOf('w100');
    const end = text.indexOf('w110') + 4;
    const analysis: Analysis = { quotes: [{ text: text.slice(start, end), speaker: 'Ann Lee', cue: 'said', paragraph: 1, start, end, paragraphEnd: 1, partial: false }], facts: [], entities: [] };
    const s = run(initialState(stories(), SMALL), { type: 'analyses', entries: [[0, analysis]] }, { type: 'focus', pane: 'quotes' }, { type: 'enter' });
    const words = wordsInView(s);
    for (let i = 100; i <= 110; i++) expect(words.has(`w${i}`)).toBe(true);
    // Context above it: the target is not on the first row.
    expect(words.has('w95')).toBe(true);
  });
});

describe('the position in the header', () => {
  it('counts the text above the bottom of the view, and says 100% only when the last line shows', () => {
    const article = makeArticle(['a'.repeat(10), 'b'.repeat(30), 'c'.repeat(60)], 'Share');
    const doc = readerDoc(article, 40);
    // The header takes 3 rows with its gap, each paragraph 2: the first paragraph is 10 of 100 characters.
    expect(readerPosition(article, doc, 0, { block: 0, line: 0 }, 4)).toBe('¶ 1/3 · 10%');
    expect(readerPosition(article, doc, 1, { block: 0, line: 0 }, 6)).toBe('¶ 2/3 · 40%');
    // The last paragraph wraps to two rows: with one of them below the view it is not the end.
    expect(readerPosition(article, doc, 2, { block: 0, line: 0 }, 8)).toBe('¶ 3/3 · 77%');
    expect(readerPosition(article, doc, 2, { block: 0, line: 0 }, 9)).toBe('¶ 3/3 · 100%');
    // A long last paragraph partly shown is not the end.
    const long = makeArticle(['x', Array.from({ length: 50 }, () => 'word').join(' ')], 'Long end');
    expect(readerPosition(long, readerDoc(long, 20), 1, { block: 0, line: 0 }, 8)).toMatch(/· [0-9]{1,2}%$/);
  });
});
