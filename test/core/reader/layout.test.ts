import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkedGet, chunkedSet, emptyChunked } from '../../../src/core/reader/chunked-array.js';
import { factItems, quoteOrder } from '../../../src/core/reader/fact-groups.js';
import { buildHitMap, nextHit } from '../../../src/core/reader/hit-map.js';
import { computeLayout, paneInner } from '../../../src/core/reader/layout.js';
import { editLine, insertedText } from '../../../src/core/reader/line-edit.js';
import { advance, clampTop, ensureVisible, maxTop } from '../../../src/core/reader/scroll.js';
import { paragraphMarks, segments } from '../../../src/core/reader/text-marks.js';
import { windowAround } from '../../../src/core/reader/window-text.js';
import { displayWidth } from '../../../src/core/reader/wrap-text.js';
import { PROPERTY_MS } from '../../helpers/timeouts.js';

describe('layout', () => {
  it('uses four panes from 120 columns, three columns from 80, one pane below 80 or 20 rows', () => {
    expect(computeLayout({ columns: 120, rows: 36 }, 'list', 'quotes').kind).toBe('wide');
    expect(computeLayout({ columns: 80, rows: 24 }, 'list', 'quotes').kind).toBe('medium');
    expect(computeLayout({ columns: 79, rows: 24 }, 'list', 'quotes').kind).toBe('single');
    expect(computeLayout({ columns: 150, rows: 19 }, 'list', 'quotes').kind).toBe('single');
    expect(computeLayout({ columns: 39, rows: 30 }, 'list', 'quotes').kind).toBe('too-small');
  });
  it('fills the width exactly and leaves the last row free', () => {
    for (const columns of [80, 97, 119, 120, 200]) {
      const layout = computeLayout({ columns, rows: 30 }, 'facts', 'facts');
      if (layout.kind === 'too-small') throw new Error('unexpected');
      expect(layout.columns.reduce((w, c) => w + c.width, 0)).toBe(columns);
      expect(layout.bodyHeight + 2).toBe(29);
      for (const c of layout.columns) expect(c.panes.reduce((h, p) => h + p.height, 0)).toBe(layout.bodyHeight);
    }
  });
  it('gives the reader at least 60 of 80 columns while reading, and keeps its text within 80 columns when wide', () => {
    const reading = computeLayout({ columns: 80, rows: 24 }, 'reader', 'quotes');
    if (reading.kind !== 'medium') throw new Error('unexpected');
    expect(reading.columns.map((c) => [c.panes[0]!.pane, c.width])).toEqual([['list', 20], ['reader', 60]]);
    expect(paneInner(computeLayout({ columns: 80, rows: 24 }, 'quotes', 'quotes'), 'quotes').width).toBe(29);
    for (const columns of [120, 160, 200, 300]) expect(paneInner(computeLayout({ columns, rows: 40 }, 'reader', 'quotes'), 'reader').width).toBeLessThanOrEqual(80);
    // One article: no list column.
    const single = computeLayout({ columns: 120, rows: 36 }, 'reader', 'quotes', true);
    if (single.kind !== 'wide') throw new Error('unexpected');
    expect(single.columns.flatMap((c) => c.panes.map((p) => p.pane))).toEqual(['reader', 'quotes', 'facts']);
  });
  it('gives hidden panes the size they would have when shown', () => {
    const layout = computeLayout({ columns: 100, rows: 30 }, 'list', 'quotes');
    expect(paneInner(layout, 'facts')).toEqual(paneInner(layout, 'quotes'));
  });
});

describe('reader scrolling', () => {
  const doc = (heights: number[]) => ({ blocks: heights.length, height: (b: number) => heights[b]! + (b < heights.length - 1 ? 1 : 0), contentHeight: (b: number) => heights[b]! });
  it('never scrolls past the point where the last row is at the bottom', () => {
    const d = doc([3, 5, 2, 8]);
    expect(maxTop(d, 10)).toEqual({ block: 2, line: 1 });
    expect(clampTop(d, { block: 3, line: 5 }, 10)).toEqual({ block: 2, line: 1 });
    expect(maxTop(doc([2, 2]), 10)).toEqual({ block: 0, line: 0 });
  });
  it('ensureVisible shows the whole block, or its start when it is taller than the view', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 40 }), fc.integer({ min: 3, max: 40 }), fc.nat(), fc.nat(), (heights, view, b0, t0) => {
        const d = doc(heights);
        const b = b0 % heights.length;
        const start = advance(d, { block: 0, line: 0 }, t0 % 200);
        const top = ensureVisible(d, start, b, view);
        let offset = 0 - top.line;
        for (let i = top.block; i < b; i++) offset += d.height(i);
        expect(offset).toBeGreaterThanOrEqual(0);
        if (heights[b]! <= view) expect(offset + heights[b]!).toBeLessThanOrEqual(view);
        else expect(offset).toBe(0);
      }),
    );
  }, PROPERTY_MS);
});

describe('search box editing', () => {
  const at = (value: string, cursor = value.length) => ({ value, cursor });
  it('inserts at the cursor, turning line breaks into spaces', () => {
    expect(editLine(at('ab', 1), { kind: 'insert', text: 'x\ny' })).toEqual({ value: 'ax yb', cursor: 4 });
  });
  it('Ctrl-W deletes the word before the cursor, Ctrl-U everything', () => {
    expect(editLine(at('prime minister  '), { kind: 'delete-word' })).toEqual(at('prime '));
    expect(editLine(at('prime minister'), { kind: 'clear' })).toEqual(at(''));
  });
  it('Backspace and Left never split an accent or an emoji', () => {
    expect(editLine(at('cafe\u0301'), { kind: 'backspace' })).toEqual(at('caf'));
    expect(editLine(at('a👍🏽'), { kind: 'left' })).toEqual({ value: 'a👍🏽', cursor: 1 });
    expect(editLine(at('ab', 0), { kind: 'end' }).cursor).toBe(2);
  });
});

describe('insertedText', () => {
  it('reads back what a text field inserted, anywhere, and nothing else', () => {
    expect(insertedText('prime', 'prime minister')).toBe(' minister');
    expect(insertedText('ab', 'axb')).toBe('x');
    expect(insertedText('aa', 'aaa')).toBe('a');
    expect(insertedText('abc', 'ab')).toBeNull();
    expect(insertedText('abc', 'xyzw')).toBeNull();
  });
});

describe('windowAround', () => {
  it('shows a short value whole', () => {
    expect(windowAround('blair', 5, 20)).toEqual({ start: 0, before: 'blair', at: ' ', after: '', end: 5, cutLeft: false, cutRight: false });
  });
  it('fits a 100,000-character value into the width around the cursor', () => {
    const value = 'abcdefghij'.repeat(10_000);
    for (const cursor of [0, 50_000, 100_000]) {
      const w = windowAround(value, cursor, 40);
      expect(displayWidth(w.before + w.at + w.after) + Number(w.cutLeft) + Number(w.cutRight)).toBeLessThanOrEqual(40);
      expect(w.at).toBe(value[cursor] ?? ' ');
      expect(value.slice(w.start, cursor)).toBe(w.before);
      expect(value.slice(cursor + w.at.trim().length, w.end)).toBe(w.after);
    }
    expect(windowAround(value, 100_000, 40).cutLeft).toBe(true);
  });
  it('counts wide characters as two columns', () => {
    const w = windowAround('日本語'.repeat(50), 75, 21);
    expect(displayWidth(w.before + w.at + w.after) + Number(w.cutLeft) + Number(w.cutRight)).toBeLessThanOrEqual(21);
  });
});

describe('text marks', () => {
  const analysis = {
    quotes: [{ text: 'We go on', speaker: 'Ana Pérez', cue: 'said', paragraph: 0, start: 1, end: 9, paragraphEnd: 0, partial: false }],
    facts: [], entities: [],
  };
  it('marks the quotation with its marks, the speaker outside it, and hits', () => {
    const text = '“We go on,” Pérez said.';
    const segs = segments(paragraphMarks(0, text, analysis, [[18, 22]], 0), 0, text.length);
    const styled = segs.map((s) => [text.slice(s.start, s.end), s.quote, s.speaker, s.hit, s.marked]);
    expect(styled).toContainEqual(['“We go on,”', true, false, false, true]);
    expect(styled).toContainEqual(['Pérez', false, true, false, false]);
    expect(styled).toContainEqual(['said', false, false, true, false]);
  });
  it('marks a quotation over three paragraphs in each of them, and in no other', () => {
    const long = { quotes: [{ text: 'a b c', speaker: null, cue: null, paragraph: 1, start: 4, end: 5, paragraphEnd: 3, partial: false }], facts: [], entities: [] };
    const quoted = (p: number) => paragraphMarks(p, 'abcdefgh', long, undefined, null).map((m) => [m.start, m.end]);
    expect([0, 1, 2, 3, 4].map(quoted)).toEqual([[], [[4, 8]], [[0, 8]], [[0, 5]], []]);
  });
  it('marks every occurrence of the text chosen in the facts pane', () => {
    const text = 'Turnout was 52%, and 52% voted yes.';
    const marked = segments(paragraphMarks(0, text, undefined, undefined, null, '52%'), 0, text.length).filter((s) => s.marked);
    expect(marked.map((s) => [s.start, s.end])).toEqual([[12, 15], [21, 24]]);
  });
});

describe('facts and quotes order', () => {
  it('groups facts by kind and merges repeats with their paragraphs', () => {
    const items = factItems({
      quotes: [], entities: [{ kind: 'place', name: 'Caracas', mentions: 2, paragraphs: [1, 3] }],
      facts: [
        { kind: 'date', text: 'Sunday', value: null, sentence: '', sentenceStart: 0, sentenceEnd: 0, paragraph: 2, start: 0, end: 6 },
        { kind: 'percent', text: '52%', value: 52, sentence: '', sentenceStart: 0, sentenceEnd: 0, paragraph: 5, start: 0, end: 3 },
        { kind: 'date', text: 'Sunday', value: null, sentence: '', sentenceStart: 0, sentenceEnd: 0, paragraph: 0, start: 0, end: 6 },
      ],
    });
    expect(items.map((i) => [i.group, i.label, i.mentions, i.paragraphs])).toEqual([
      ['figures', '52%', 1, [5]], ['dates', 'Sunday', 2, [0, 2]], ['places', 'Caracas', 2, [1, 3]],
    ]);
  });
  it('lists full quotations before partial ones', () => {
    const q = (partial: boolean) => ({ text: 't', speaker: null, cue: null, paragraph: 0, start: 0, end: 1, paragraphEnd: 0, partial });
    expect(quoteOrder({ quotes: [q(true), q(false), q(true), q(false)], facts: [], entities: [] })).toEqual([1, 3, 0, 2]);
  });
});

describe('hits', () => {
  it('orders every hit by article, paragraph and offset, and walks them one by one both ways', () => {
    const map = buildHitMap({
      query: 'x', total: 3, articleCount: 2, didYouMean: null,
      results: [
        { article: 4, where: 'paragraph', paragraph: 2, item: null, hits: [[7, 9], [1, 2]], snippet: '', snippetHits: [] },
        { article: 1, where: 'title', paragraph: null, item: null, hits: [[0, 1]], snippet: '', snippetHits: [] },
        { article: 4, where: 'paragraph', paragraph: 0, item: null, hits: [[3, 4]], snippet: '', snippetHits: [] },
      ],
    }, () => undefined);
    expect(map.positions).toEqual([
      { article: 1, paragraph: -1, start: 0, end: 1 },
      { article: 4, paragraph: 0, start: 3, end: 4 },
      { article: 4, paragraph: 2, start: 1, end: 2 },
      { article: 4, paragraph: 2, start: 7, end: 9 },
    ]);
    expect(map.spans.get(4)?.get(2)).toEqual([[7, 9], [1, 2]]);
    // A title's hits are kept under paragraph -1, to be marked in the title.
    expect(map.spans.get(1)?.get(-1)).toEqual([[0, 1]]);
    expect(nextHit(map, { article: 4, paragraph: 0, start: 3 }, 1)).toEqual({ index: 2, wrapped: false });
    expect(nextHit(map, { article: 4, paragraph: 2, start: 1 }, 1)).toEqual({ index: 3, wrapped: false });
    expect(nextHit(map, { article: 4, paragraph: 2, start: 7 }, 1)).toEqual({ index: 0, wrapped: true });
    expect(nextHit(map, { article: 4, paragraph: 2, start: 7 }, -1)).toEqual({ index: 2, wrapped: false });
    expect(nextHit(map, { article: 0, paragraph: 0, start: 0 }, -1)?.wrapped).toBe(true);
  });
});

describe('chunked array', () => {
  it('sets entries without changing the old array', () => {
    const a = emptyChunked<string>();
    const b = chunkedSet(a, [[5, 'five'], [70_000, 'far']]);
    expect([chunkedGet(b, 5), chunkedGet(b, 70_000), chunkedGet(b, 6), chunkedGet(a, 5)]).toEqual(['five', 'far', undefined, undefined]);
    const c = chunkedSet(b, [[6, 'six']]);
    expect(c.chunks[Math.floor(70_000 / 256)]).toBe(b.chunks[Math.floor(70_000 / 256)]);
  });
});
