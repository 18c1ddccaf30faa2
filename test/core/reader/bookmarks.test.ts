// Bookmarks in the reducer: m on a paragraph, a quote or a fact, a note typed and saved or
// cancelled, the list (B) with Enter and d, and the id the app gives a kept bookmark.
import { describe, expect, it } from 'vitest';
import type { Analysis, Article } from '../../../src/core/article.js';
import { initialState, reducer, type Action, type State } from '../../../src/core/reader/state.js';
import { makeArticle } from '../../helpers/seed.js';

const WIDE = { columns: 120, rows: 36 };
const long = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} tells of the harbour at some length, so that it wraps onto more lines.`);
const corpus = (): Article[] => [makeArticle(long(30), 'Harbour story'), makeArticle(long(5), 'Bridge story')];
const run = (state: State, ...actions: Action[]) => actions.reduce(reducer, state);
const analysis: Analysis = {
  quotes: [{ text: 'We will reopen the quay', speaker: 'Ana Pérez', cue: 'said', paragraph: 7, start: 10, end: 33, paragraphEnd: 7, partial: false }],
  facts: [{ kind: 'percent', text: '52%', value: 52, sentence: 's', sentenceStart: 0, sentenceEnd: 0, paragraph: 4, start: 0, end: 3 }],
  entities: [],
};
const typed = (text: string): Action => ({ type: 'note-edit', edit: { kind: 'insert', text } });
const AT = '2026-03-04T05:06:07.000Z';

describe('bookmarks', () => {
  it('m in the reader marks the paragraph under the cursor, with the note typed', () => {
    let s = run(initialState(corpus(), WIDE), { type: 'enter' }, { type: 'paragraph', dir: 1 }, { type: 'paragraph', dir: 1 }, { type: 'bookmark' });
    expect(s.mode).toBe('note');
    expect(s.draft).toMatchObject({ article: 0, paragraph: 2, kind: 'paragraph' });
    s = run(s, typed('check'), typed(' this'), { type: 'note-edit', edit: { kind: 'backspace' } }, { type: 'note-save', at: AT });
    expect(s.mode).toBe('normal');
    expect(s.bookmarks).toHaveLength(1);
    expect(s.bookmarks[0]).toMatchObject({ article: 0, paragraph: 2, kind: 'paragraph', note: 'check thi', created: AT, title: 'Harbour story', lost: false });
    expect(s.bookmarks[0]!.id).toBeLessThan(0);
    expect(s.bookmarks[0]!.text.startsWith('Paragraph 3 tells')).toBe(true);
    expect(s.message).toBe('bookmarked ¶ 3: check thi (B lists bookmarks)');
  });

  it('m on a quote or a fact marks it, at its paragraph', () => {
    const base = run(initialState(corpus(), WIDE), { type: 'analyses', entries: [[0, analysis]] });
    const quote = run(base, { type: 'focus', pane: 'quotes' }, { type: 'bookmark' }, { type: 'note-save', at: AT });
    expect(quote.bookmarks[0]).toMatchObject({ kind: 'quote', paragraph: 7, text: 'We will reopen the quay', note: '' });
    const fact = run(base, { type: 'focus', pane: 'facts' }, { type: 'bookmark' }, { type: 'note-save', at: AT });
    expect(fact.bookmarks[0]).toMatchObject({ kind: 'fact', paragraph: 4, text: '52%' });
  });

  it('Esc while typing the note makes no bookmark', () => {
    const s = run(initialState(corpus(), WIDE), { type: 'bookmark' }, typed('never mind'), { type: 'note-cancel' });
    expect(s.bookmarks).toEqual([]);
    expect(s.mode).toBe('normal');
  });

  it('takes the id the app kept it under', () => {
    const s = run(initialState(corpus(), WIDE), { type: 'bookmark' }, { type: 'note-save', at: AT });
    const temporary = s.bookmarks[0]!.id;
    const kept = run(s, { type: 'bookmark-kept', temporary, kept: { ...s.bookmarks[0]!, id: 42, path: 'a.txt', hash: 'h' } });
    expect(kept.bookmarks.map((b) => b.id)).toEqual([42]);
  });

  it('B lists them; Enter goes to one in its article, d deletes one', () => {
    let s = run(initialState(corpus(), WIDE), { type: 'bookmarks-open' });
    expect(s.mode).toBe('normal');
    expect(s.message).toMatch(/no bookmarks yet/);
    s = run(s, { type: 'move', delta: 1 }, { type: 'enter' }, { type: 'paragraph', dir: 1 }, { type: 'bookmark' }, { type: 'note-save', at: AT });
    s = run(s, { type: 'article', dir: -1 }, { type: 'bookmark' }, { type: 'note-save', at: AT });
    expect(s.bookmarks.map((b) => [b.article, b.paragraph])).toEqual([[1, 1], [0, 0]]);
    s = run(s, { type: 'bookmarks-open' });
    expect(s.mode).toBe('bookmarks');
    s = run(s, { type: 'bookmarks-go' });
    expect(s).toMatchObject({ mode: 'normal', current: 1, reader: { cursor: 1 } });
    s = run(s, { type: 'bookmarks-open' }, { type: 'bookmarks-move', delta: 1 }, { type: 'bookmarks-delete' });
    expect(s.bookmarks.map((b) => b.article)).toEqual([1]);
    s = run(s, { type: 'bookmarks-delete' });
    expect(s.bookmarks).toEqual([]);
    expect(s.mode).toBe('normal');
  });

  it('says so when a bookmark\'s article is gone or its paragraph was lost', () => {
    const gone = { id: 3, article: null, path: 'gone.txt', hash: 'h', title: 'Gone', paragraph: 0, kind: 'paragraph' as const, text: 't', note: '', created: AT, anchor: '', lost: true };
    const lost = { ...gone, id: 4, article: 1, path: 'b.txt', paragraph: 2 };
    const s = initialState(corpus(), WIDE, [], { read: new Set(), places: new Map(), bookmarks: [gone, lost], last: null });
    expect(run(s, { type: 'bookmarks-open' }, { type: 'bookmarks-go' }).message).toMatch(/no longer in the archive: gone\.txt/);
    const went = run(s, { type: 'bookmarks-open' }, { type: 'bookmarks-move', delta: 1 }, { type: 'bookmarks-go' });
    expect(went.current).toBe(1);
    expect(went.message).toMatch(/not found: showing the nearest/);
  });
});
