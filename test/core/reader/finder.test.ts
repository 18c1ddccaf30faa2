// The people (p) and names (i) views in the reducer: filtering with search's folding, a person's
// quotes across the archive, opening one at its quote, a name keeping the list to its stories, and
// y copying a quote with its citation.
import { describe, expect, it } from 'vitest';
import type { Analysis, Article, Quote } from '../../../src/core/article.js';
import { finderRows, providePeopleTables } from '../../../src/core/reader/finder.js';
import { indexEntities } from '../../../src/core/people/entity-index.js';
import { gatherPeople } from '../../../src/core/people/people.js';
import { initialState, reducer, type Action, type State } from '../../../src/core/reader/state.js';
import { makeArticle } from '../../helpers/seed.js';

const SIZE = { columns: 120, rows: 36 };
providePeopleTables({ gatherPeople, indexEntities });
const run = (state: State, ...actions: Action[]) => actions.reduce(reducer, state);
const quote = (text: string, speaker: string | null, paragraph: number): Quote => ({ text, speaker, cue: 'said', paragraph, start: 0, end: text.length, paragraphEnd: paragraph, partial: false });
const person = (name: string, paragraphs: number[] = [0]) => ({ kind: 'person' as const, name, mentions: paragraphs.length, paragraphs });
const articles = (): Article[] => [
  { ...makeArticle(['Zoë Várnell opened the quay.', 'More words here.'], 'Quay opens'), path: 'news/1.txt', section: 'news' },
  { ...makeArticle(['The council met.', 'Varnell spoke again.'], 'Council meets'), path: 'news/2.txt', section: 'news' },
  { ...makeArticle(['Rovers won.'], 'Rovers win'), path: 'sport/3.txt', section: 'sport' },
];
const analyses: [number, Analysis][] = [
  [0, { quotes: [quote('We will reopen the quay', 'Zoë Várnell', 0)], facts: [], entities: [person('Zoë Várnell'), { kind: 'organization', name: 'Harbour Trust', mentions: 1, paragraphs: [1] }] }],
  [1, { quotes: [quote('It is done', 'Ms Varnell', 1), quote('No comment', 'a spokesman', 0)], facts: [], entities: [person('Varnell', [1]), { kind: 'organization', name: 'Harbour Trust', mentions: 2, paragraphs: [0] }] }],
  [2, { quotes: [quote('We played well', 'Ivo Dane', 0)], facts: [], entities: [person('Ivo Dane')] }],
];
const start = () => run(initialState(articles(), SIZE), { type: 'analyses', entries: analyses });
const typed = (text: string): Action => ({ type: 'finder-edit', edit: { kind: 'insert', text } });

describe('people view', () => {
  it('lists everyone quoted, a person\'s forms merged, filtered as you type without accents', () => {
    let s = run(start(), { type: 'finder-open', kind: 'people' });
    expect(s.mode).toBe('finder');
    expect(finderRows(s, s.finder!).map((r) => [r.name, r.kind])).toEqual([['Zoë Várnell', 'person'], ['a spokesman', 'description'], ['Ivo Dane', 'person']]);
    expect(finderRows(s, s.finder!)[0]!.detail).toBe('2 quotes · 2 articles · news');
    s = run(s, typed('varn'));
    expect(finderRows(s, s.finder!).map((r) => r.name)).toEqual(['Zoë Várnell']);
  });

  it('Enter shows the person\'s quotes; Enter on one opens its article at the quote; Backspace returns', () => {
    let s = run(start(), { type: 'finder-open', kind: 'people' }, typed('zoe'), { type: 'finder-enter' });
    expect(s.mode).toBe('person');
    expect(s.finder!.person!.quotes).toEqual([{ article: 0, quote: 0 }, { article: 1, quote: 0 }]);
    expect(run(s, { type: 'finder-back' }).mode).toBe('finder');
    s = run(s, { type: 'finder-move', delta: 1 }, { type: 'finder-enter' });
    expect(s).toMatchObject({ mode: 'normal', current: 1, focus: 'reader', reader: { markedQuote: 0 } });
  });

  it('Esc clears the filter, and a second Esc closes the view', () => {
    let s = run(start(), { type: 'finder-open', kind: 'people' }, typed('ivo'), { type: 'finder-escape' });
    expect(s).toMatchObject({ mode: 'finder', finder: { query: '' } });
    s = run(s, { type: 'finder-escape' });
    expect(s.mode).toBe('normal');
  });

  it('y copies the quote under the cursor with its citation (¶ from 1)', () => {
    const s = run(start(), { type: 'finder-open', kind: 'people' }, typed('zoe'), { type: 'finder-enter' }, { type: 'finder-move', delta: 1 }, { type: 'copy' });
    expect(s.clip).toEqual({ text: '“It is done” — Ms Varnell, "Council meets", news/2.txt ¶2', seq: 1 });
    const fromPane = run(start(), { type: 'focus', pane: 'quotes' }, { type: 'copy' }, { type: 'copy' });
    expect(fromPane.clip).toEqual({ text: '“We will reopen the quay” — Zoë Várnell, "Quay opens", news/1.txt ¶1', seq: 2 });
    expect(run(start(), { type: 'copy' }).clip).toBeNull();
  });
});

describe('names view', () => {
  it('Enter on a name keeps the list to the stories naming it, search inside; the top row or Esc in the list shows all again', () => {
    let s = run(start(), { type: 'finder-open', kind: 'names' }, typed('harbour'));
    expect(finderRows(s, s.finder!).map((r) => [r.name, r.detail])).toEqual([['Harbour Trust', '2 articles · 3 mentions']]);
    s = run(s, { type: 'finder-move', delta: 1 }, { type: 'finder-enter' });
    expect(s.mode).toBe('normal');
    expect(s.shown).toEqual([0, 1]);
    expect(s.message).toMatch(/^naming Harbour Trust: 2 articles/);
    expect(run(s, { type: 'focus', pane: 'list' }, { type: 'escape' }).shown).toBeNull();
    s = run(s, { type: 'finder-open', kind: 'names' }, { type: 'finder-escape' }, { type: 'finder-move', delta: -5 }, { type: 'finder-enter' });
    expect(s.shown).toBeNull();
  });

  it('a typed filter puts the cursor on its first match, and reopened, the first key replaces the old filter', () => {
    let s = run(start(), { type: 'finder-open', kind: 'names' }, typed('harbour'), { type: 'finder-enter' });
    expect(s.message).toMatch(/^naming Harbour Trust: 2 articles/);
    s = run(s, { type: 'finder-open', kind: 'names' });
    expect(s.finder!.query).toBe('harbour');
    s = run(s, typed('ivo'));
    expect([s.finder!.query, finderRows(s, s.finder!).map((r) => r.name)]).toEqual(['ivo', ['Ivo Dane']]);
    // Only the first key replaces: the next ones add to it.
    s = run(s, { type: 'finder-edit', edit: { kind: 'backspace' } }, typed('o'));
    expect(s.finder!.query).toBe('ivo');
    // Emptied, the cursor is back on `all articles`.
    s = run(s, { type: 'finder-edit', edit: { kind: 'backspace' } }, { type: 'finder-edit', edit: { kind: 'backspace' } }, { type: 'finder-edit', edit: { kind: 'backspace' } });
    expect(s.finder!.cursor).toBe(0);
  });
});
