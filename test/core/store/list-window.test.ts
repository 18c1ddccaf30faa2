// The reader's list over a store: rows read a page at a time when shown, text and analysis only when
// looked at, sections in slices, positions that hold while the refresh writes, and old views that
// keep what they showed.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis, Article } from '../../../src/core/article.js';
import type { ArchiveStore, StoredArticle } from '../../../src/core/store/archive-store.js';
import type { ListSource } from '../../../src/core/store/list-source.js';
import { ListWindow } from '../../../src/core/store/list-window.js';
import { openSqliteStore } from '../../../src/core/store/sqlite-store.js';
import { StoreCatalog } from '../../../src/core/store/store-catalog.js';
import { makeArticle } from '../../helpers/seed.js';
import { tempTree } from '../../helpers/temp-dir.js';

const analysis: Analysis = {
  quotes: [{ text: 'We will build it', speaker: 'Nora Pell', cue: 'said', paragraph: 0, start: 1, end: 17, paragraphEnd: 0, partial: false }],
  facts: [], entities: [],
};
const item = (path: string, order: number, body: string, withAnalysis: boolean, section: string | null = null): StoredArticle => ({
  stamp: { path, size: order, mtimeMs: order, hash: `h${order}` }, order,
  article: { ...makeArticle([body], `Title ${order}`), path, section }, analysis: withAnalysis ? analysis : null,
});
const gone = (path: string, was: Article | undefined): Article => ({ ...makeArticle([]), path, title: `${was?.title ?? path} (gone)`, paragraphs: [] });

type Store = ArchiveStore & ListSource;

/** The store, counting the articles read whole and the list entries read. */
function counted(store: Store): { store: Store; reads: () => number; entries: () => number } {
  let reads = 0;
  let entries = 0;
  const wrapped = new Proxy(store, {
    get(target, key) {
      if (key === 'get') return (path: string) => (reads++, target.get(path));
      if (key === 'summariesOf') return (ids: ArrayLike<number>) => ((entries += ids.length), target.summariesOf(ids));
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: wrapped, reads: () => reads, entries: () => entries };
}

function opened(items: readonly StoredArticle[], capacity?: number, idsAtStart?: number) {
  const { store: raw } = openSqliteStore(join(tempTree(), 's.sqlite'), 'rules-1');
  raw.put(items);
  const { store, reads, entries } = counted(raw);
  const catalog = new StoreCatalog(store, capacity);
  return { raw, catalog, window: new ListWindow(catalog, store, idsAtStart), reads, entries };
}

describe('list entries read by id', () => {
  it('come back in the order asked, read as a run from the index where the store has them in a row', () => {
    const { store } = openSqliteStore(join(tempTree(), 's.sqlite'), 'rules');
    store.put(['b', 'c', 'd', 'e'].map((name, i) => item(`${name}.txt`, i + 1, `${name}.`, name === 'c')));
    const id = (path: string) => store.idOf(path)!;
    // A run in the store's order with one written between (c), one that moved to the end (b), and one gone.
    const asked = [id('d.txt'), id('e.txt'), id('b.txt'), 999];
    expect(store.summariesOf(asked).map((s) => s?.path ?? null)).toEqual(['d.txt', 'e.txt', 'b.txt', null]);
    expect(store.summariesOf([id('c.txt'), id('b.txt')]).map((s) => [s!.path, s!.analysed])).toEqual([['c.txt', true], ['b.txt', false]]);
    expect(store.summariesOf([])).toEqual([]);
  });
});

describe.each([
  ['read at the start', undefined],
  ['read with the sections (a large archive)', 0],
])('the list window over a store, its order %s', (_, idsAtStart) => {
  it('reads only the page of list entries shown, and an article\'s text (once) when it is shown', () => {
    const many = Array.from({ length: 1000 }, (_, i) => item(`${String(i).padStart(4, '0')}.txt`, i, `Body ${i}.`, i % 2 === 0));
    const { window, reads, entries } = opened(many, 1, idsAtStart);
    const rows = window.rows();
    expect(rows.length).toBe(1000);
    expect(entries()).toBe(0);
    expect(rows.at(900)!.title).toBe('Title 900');
    expect(rows.at(901)!.path).toBe('0901.txt');
    // One page of list entries, and no article's text.
    expect(entries()).toBeLessThanOrEqual(256);
    expect(reads()).toBe(0);
    expect(rows.at(900)!.paragraphs).toEqual(['Body 900.']);
    expect(rows.analysisAt!(900)!.quotes[0]!.speaker).toBe('Nora Pell');
    expect(rows.analysisAt!(901)).toBeUndefined();
    expect(reads()).toBe(1);
    // A cache of one: the other article pushes it out, and it is read again when shown again.
    expect(rows.at(902)!.paragraphs).toEqual(['Body 902.']);
    expect(rows.at(900)!.paragraphs).toEqual(['Body 900.']);
    expect(reads()).toBe(3);
    expect(rows.at(1000)).toBeUndefined();
    expect(rows.at(-1)).toBeUndefined();
    expect(rows.positionOf!('0765.txt')).toBe(765);
    expect(rows.positionOf!('0003.txt')).toBe(3);
    expect(rows.positionOf!('nowhere.txt')).toBeNull();
    // Once the scan has read every position, the same answers (and the same rows).
    while (!window.scan(100));
    expect(rows.positionOf!('0765.txt')).toBe(765);
    expect(rows.at(3)!.path).toBe('0003.txt');
    expect(rows.at(999)!.path).toBe('0999.txt');
  });

  it('knows sections and analysed counts once its slices are read', () => {
    const many = Array.from({ length: 9000 }, (_, i) => item(`${i % 3 === 0 ? 'sport' : 'politics'}/${String(i).padStart(4, '0')}.txt`, i, `Body ${i}.`, i < 100, i % 3 === 0 ? 'sport' : 'politics'));
    const { window, entries } = opened(many, undefined, idsAtStart);
    expect(window.rows().sections!()).toBeNull();
    expect(window.rows().analysed!()).toBeNull();
    let slices = 1;
    while (!window.scan(0)) slices++;
    // Slices of a few thousand: each step between keys is short.
    expect(slices).toBeGreaterThan(1);
    const rows = window.rows();
    expect(rows.sections!()).toEqual([{ section: 'politics', count: 6000 }, { section: 'sport', count: 3000 }]);
    expect(rows.analysed!()).toBe(100);
    expect(rows.sectionAt!(3)).toBe('sport');
    expect(rows.sectionAt!(4)).toBe('politics');
    expect(entries()).toBe(0);
  });

  it('shows analyses made by other rules as none yet', () => {
    const file = join(tempTree(), 's.sqlite');
    openSqliteStore(file, 'old-rules').store.put([item('a.txt', 0, 'Old text.', true)]);
    const { store } = openSqliteStore(file, 'new-rules');
    const window = new ListWindow(new StoreCatalog(store), store, idsAtStart);
    expect(window.rows().analysisAt!(0)).toBeUndefined();
    window.scan(100);
    expect(window.rows().analysed!()).toBe(0);
  });

  it('keeps positions while the refresh writes: new articles join the end, edited ones are read again where they stand', () => {
    const { raw, window, catalog } = opened([item('b.txt', 1, '"Old words," said Nora Pell.', true), item('d.txt', 3, 'D.', false)], undefined, idsAtStart);
    while (!window.scan(100));
    const before = window.rows();
    const oldB = before.at(0)!;
    expect(oldB.paragraphs).toEqual(['"Old words," said Nora Pell.']);
    // a.txt sorts first in the store, but joins the end of the list on screen.
    raw.put([item('a.txt', 0, 'A.', true), item('b.txt', 1, 'New text without a quote.', false)]);
    expect(window.written(['a.txt', 'b.txt'])).toBe(true);
    const after = window.rows();
    expect(after.length).toBe(3);
    expect([0, 1, 2].map((i) => after.at(i)!.path)).toEqual(['b.txt', 'd.txt', 'a.txt']);
    expect(after.at(0)!.paragraphs).toEqual(['New text without a quote.']);
    expect(after.analysisAt!(0)).toBeUndefined();
    expect(after.analysed!()).toBe(1);
    // The rows the screen had before still have their length, and the old view its text, until released.
    expect(before.length).toBe(2);
    expect(oldB.paragraphs).toEqual(['"Old words," said Nora Pell.']);
    catalog.release(['b.txt']);
    expect(oldB.paragraphs).toEqual([]);
    // A file gone from the archive keeps its place, shown as gone.
    raw.remove(['d.txt']);
    expect(window.removed(['d.txt'], gone)).toEqual([1]);
    expect(window.rows().at(1)!.title).toBe('Title 3 (gone)');
    expect(window.rows().positionOf!('d.txt')).toBeNull();
  });
});
