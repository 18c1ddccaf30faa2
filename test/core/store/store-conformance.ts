// One suite, every engine: each store (memory, SQLite, PostgreSQL) is handed to this function with a
// factory for empty stores, and must give the same answers through the asynchronous interface.
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../../src/core/article.js';
import type { StoredArticle } from '../../../src/core/store/archive-store.js';
import type { AsyncArchiveStore } from '../../../src/core/store/async-archive-store.js';
import { makeArticle } from '../../helpers/seed.js';
import { refreshKeptTables } from '../../../src/commands/people-tables.js';

/** An analysis with one of each: a quotation, a fact (its sentence is rebuilt on the way out) and a name. */
export const ANALYSIS: Analysis = {
  quotes: [{ text: 'We will build it', speaker: 'Nora Pell', cue: 'said', paragraph: 1, start: 1, end: 17, paragraphEnd: 1, partial: false }],
  facts: [{ kind: 'date', text: 'today', value: null, sentence: 'The bridge opens today.', sentenceStart: 0, sentenceEnd: 23, paragraph: 0, start: 17, end: 22 }],
  entities: [{ kind: 'person', name: 'Nora Pell', mentions: 1, paragraphs: [1] }],
};

const said = (speaker: string | null, paragraph = 0) => ({ text: 'Words', speaker, cue: 'said', paragraph, start: 0, end: 5, paragraphEnd: paragraph, partial: false });
const named = (kind: 'person' | 'organization', name: string, mentions = 1) => ({ kind, name, mentions, paragraphs: [0] });

/**
 * An invented archive for the people tables: two Varnells named in full (never merged), a lone
 * `Mr Varnell` beside a Varnell-only article (stays apart: either could be meant), a lone
 * `Mr Quillon` whose archive has one Quillon (goes to her), unnamed spokesmen, and one article not analysed.
 */
export function peopleArchive(): StoredArticle[] {
  const analysed = (path: string, order: number, quotes: ReturnType<typeof said>[], entities: ReturnType<typeof named>[]): StoredArticle =>
    ({ ...storedItem(path, order, `Story ${order}`), analysis: { quotes, facts: [], entities } });
  return [
    analysed('politics/1.txt', 0, [said('Tobias Varnell'), said('Mr Varnell'), said('A spokesman')], [named('person', 'Tobias Varnell', 2)]),
    analysed('politics/2.txt', 1, [said('Mr Varnell'), said('A spokesman'), said(null)], [named('person', 'Varnell'), named('organization', 'Harbour Trust', 3)]),
    storedItem('politics/3.txt', 2, 'Not analysed yet'),
    analysed('sport/4.txt', 3, [said('Mr Quillon'), said('Ines Varnell')], [named('person', 'Quillon'), named('person', 'Ines Varnell'), named('organization', 'Harbour Trust')]),
    analysed('sport/5.txt', 4, [], [named('person', 'Marta Quillon')]),
  ];
}

/** A stored article at `path`, its section the first folder, its stamp made from `order`. */
export function storedItem(path: string, order: number, title: string, withAnalysis = false): StoredArticle {
  return {
    stamp: { path, size: 100 + order, mtimeMs: 1_700_000_000_000 + order, hash: `h${order}` },
    order,
    article: { ...makeArticle(['The bridge opens today.', '"We will build it," said Nora Pell.'], title), path, section: path.split('/')[0] ?? null },
    analysis: withAnalysis ? ANALYSIS : null,
  };
}

/** The shared suite, run against the engine `makeStore` opens (a new, empty store each call). */
export function describeStoreConformance(engine: string, makeStore: () => Promise<AsyncArchiveStore>, options: { timeout?: number } = {}): void {
  describe(`the ${engine} store`, { timeout: options.timeout ?? 5_000 }, () => {
    it('keeps articles with their stamps and analysis, and lists them in the archive order', async () => {
      const store = await makeStore();
      await store.put([storedItem('news/b.txt', 1, 'Second'), storedItem('news/a.txt', 0, 'First', true), storedItem('sport/c.txt', 2, 'Third')]);
      expect(await store.count()).toBe(3);
      expect((await store.list(0, 10)).map((s) => s.title)).toEqual(['First', 'Second', 'Third']);
      const { words, readingMinutes } = storedItem('news/b.txt', 1, 'Second').article;
      expect(await store.list(1, 1)).toEqual([{ path: 'news/b.txt', title: 'Second', section: 'news', words, readingMinutes, quotes: null }]);
      expect((await store.list(0, 1))[0]!.quotes).toBe(1);
      const got = (await store.get('news/a.txt'))!;
      expect(got.article.paragraphs).toEqual(['The bridge opens today.', '"We will build it," said Nora Pell.']);
      expect(got.analysis).toEqual(ANALYSIS);
      expect(got.stamp).toEqual({ path: 'news/a.txt', size: 100, mtimeMs: 1_700_000_000_000, hash: 'h0' });
      expect(await store.get('missing.txt')).toBeNull();
      // Only the analysed article has an analysis: the others are to analyse.
      expect((await store.unanalysed()).sort()).toEqual(['news/b.txt', 'sport/c.txt']);
      expect([...(await store.stamps()).keys()].sort()).toEqual(['news/a.txt', 'news/b.txt', 'sport/c.txt']);
      await store.close();
    });

    it('replaces an article put again, reorders and removes', async () => {
      const store = await makeStore();
      await store.put([storedItem('a.txt', 0, 'Old title'), storedItem('b.txt', 1, 'Bee')]);
      await store.put([{ ...storedItem('a.txt', 0, 'New title'), stamp: { path: 'a.txt', size: 5, mtimeMs: 9, hash: 'new' } }]);
      expect(await store.count()).toBe(2);
      expect((await store.get('a.txt'))!.article.title).toBe('New title');
      expect((await store.stamps()).get('a.txt')!.hash).toBe('new');
      await store.reorder(new Map([['a.txt', 5], ['nowhere.txt', 0]]));
      expect((await store.list(0, 5)).map((s) => s.path)).toEqual(['b.txt', 'a.txt']);
      await store.remove(['b.txt', 'never-there.txt']);
      expect((await store.list(0, 5)).map((s) => s.path)).toEqual(['a.txt']);
      await store.close();
    });

    it('pages in order: windows one after another give what one long window gives, across writes between them', async () => {
      const store = await makeStore();
      await store.put(Array.from({ length: 25 }, (_, i) => storedItem(`p/${String(i).padStart(2, '0')}.txt`, i % 5, `Story ${i}`)));
      const whole = (await store.list(0, 100)).map((s) => s.path);
      const paged: string[] = [];
      for (let offset = 0; offset < 25; offset += 4) paged.push(...(await store.window(offset, 4)).map((i) => i.stamp.path));
      expect(paged).toEqual(whole);
      expect((await store.list(8, 4)).map((s) => s.path)).toEqual(whole.slice(8, 12));
      await store.remove([whole[0]!]);
      expect((await store.list(12, 4)).map((s) => s.path)).toEqual(whole.slice(13, 17));
      await store.reorder(new Map([[whole[20]!, -1]]));
      expect((await store.list(0, 2)).map((s) => s.path)).toEqual([whole[20], whole[1]]);
      expect((await store.list(2, 2)).map((s) => s.path)).toEqual(whole.slice(2, 4));
      await store.close();
    });

    it('keeps text exactly as loaded: accents, emoji, quotes, backslashes and escapes', async () => {
      const store = await makeStore();
      const paragraphs = ['Café “crème” — naïve façade', 'Emoji 🇬🇧 and a backslash \\ and a tab\there', 'An escape \x1b[31m and {"json": [1]}'];
      const item = storedItem('odd/é.txt', 0, 'Zoë’s “title”', true);
      await store.put([{ ...item, article: { ...item.article, paragraphs, byline: 'By Ana O’Neil', boilerplate: ['Share this'] } }]);
      const got = (await store.get('odd/é.txt'))!;
      expect(got.article.paragraphs).toEqual(paragraphs);
      expect([got.article.title, got.article.byline, got.article.boilerplate]).toEqual(['Zoë’s “title”', 'By Ana O’Neil', ['Share this']]);
      await store.close();
    });

    it('keeps the people and names tables made from its articles\' people sources, by the archive-wide rules', async () => {
      const store = await makeStore();
      expect([await store.keptPeople(), await store.keptNames(), await store.keptPaths([0])]).toEqual([null, null, ['']]);
      await store.put(peopleArchive().reverse());
      const sources = await store.peopleSources();
      expect(sources.paths).toEqual(['politics/1.txt', 'politics/2.txt', 'politics/3.txt', 'sport/4.txt', 'sport/5.txt']);
      expect(sources.sources[2]).toBeNull();
      expect(sources.sources[1]).toEqual({ section: 'politics', speakers: ['Mr Varnell', 'A spokesman', null], entities: [named('person', 'Varnell'), named('organization', 'Harbour Trust', 3)].map((e) => ({ ...e, paragraphs: [] })) });
      expect(await refreshKeptTables(store)).toBe(true);
      expect(await refreshKeptTables(store)).toBe(false);
      const people = (await store.keptPeople())!;
      expect(people.generation).toBe(await store.generation());
      expect(people.rows.map((p) => [p.name, p.kind, p.quotes, p.articles, p.sections, p.forms])).toEqual([
        ['A spokesman', 'description', 2, 2, ['politics'], ['A spokesman']],
        ['Tobias Varnell', 'person', 2, 1, ['politics'], ['Tobias Varnell', 'Mr Varnell']],
        ['Ines Varnell', 'person', 1, 1, ['sport'], ['Ines Varnell']],
        ['Marta Quillon', 'person', 1, 1, ['sport'], ['Mr Quillon']],
        ['Varnell', 'person', 1, 1, ['politics'], ['Mr Varnell']],
      ]);
      expect(people.rows[3]!.search).toBe(' Marta Quillon Mr Quillon');
      expect(await store.personQuotes(0)).toEqual([{ article: 0, quote: 2 }, { article: 1, quote: 1 }]);
      expect(await store.personQuotes(1)).toEqual([{ article: 0, quote: 0 }, { article: 0, quote: 1 }]);
      expect(await store.personQuotes(3)).toEqual([{ article: 3, quote: 0 }]);
      expect(await store.personQuotes(99)).toEqual([]);
      const names = (await store.keptNames())!;
      expect(names.rows.map((n) => [n.name, n.kind, n.articles, n.mentions])).toEqual([
        ['Harbour Trust', 'organization', 2, 4], ['Marta Quillon', 'person', 2, 2], ['Tobias Varnell', 'person', 1, 2], ['Ines Varnell', 'person', 1, 1], ['Varnell', 'person', 1, 1],
      ]);
      expect(await store.nameArticles(0)).toEqual([1, 3]);
      expect(await store.nameArticles(1)).toEqual([3, 4]);
      expect(await store.keptPaths([4, 0, 1, 2, 3, 7])).toEqual([...sources.paths.slice(4), ...sources.paths.slice(0, 4), '']);
      await store.close();
    });

    it('moves its generation on with every write that changes the archive, so kept tables go stale', async () => {
      const store = await makeStore();
      const archive = peopleArchive();
      await store.put(archive);
      await refreshKeptTables(store);
      const made = (await store.keptNames())!.generation;
      await store.reorder(new Map(archive.map((item) => [item.stamp.path, item.order])));
      await store.remove(['never-there.txt']);
      expect(await store.generation()).toBe(made);
      const edited = archive[3]!;
      await store.put([{ ...edited, stamp: { ...edited.stamp, hash: 'edited' }, analysis: { ...edited.analysis!, quotes: [said('Marta Quillon')] } }]);
      expect(await store.generation()).toBeGreaterThan(made);
      expect((await store.keptPeople())!.generation).toBe(made);
      expect(await refreshKeptTables(store)).toBe(true);
      const people = (await store.keptPeople())!;
      expect(people.rows.find((p) => p.name === 'Marta Quillon')!.forms).toEqual(['Marta Quillon']);
      // Ines Varnell's quote went with the edit, not her name: the lone Varnell still has two full names to choose from.
      expect(people.rows.map((p) => p.name)).toEqual(['A spokesman', 'Tobias Varnell', 'Marta Quillon', 'Varnell']);
      for (const write of [() => store.remove(['sport/5.txt']), () => store.reorder(new Map([['politics/1.txt', 9]]))]) {
        const before = await store.generation();
        await write();
        expect(await store.generation()).toBeGreaterThan(before);
      }
      expect((await store.peopleSources()).paths).toEqual(['politics/2.txt', 'politics/3.txt', 'sport/4.txt', 'politics/1.txt']);
      await store.close();
    });

    it('takes the last of one path put twice in a batch, and a batch of many in one go', async () => {
      const store = await makeStore();
      await store.put([storedItem('a.txt', 0, 'First'), storedItem('a.txt', 0, 'Second')]);
      expect([await store.count(), (await store.get('a.txt'))!.article.title]).toEqual([1, 'Second']);
      const many = Array.from({ length: 300 }, (_, i) => storedItem(`many/${String(i).padStart(3, '0')}.txt`, i + 1, `Story ${i}`, i % 2 === 0));
      await store.put(many);
      expect(await store.count()).toBe(301);
      expect((await store.list(299, 5)).map((s) => s.title)).toEqual(['Story 298', 'Story 299']);
      expect((await store.unanalysed()).length).toBe(151);
      const window = await store.window(150, 3);
      expect(window.map((i) => i.article.title)).toEqual(['Story 149', 'Story 150', 'Story 151']);
      expect(window).toEqual([await store.get(window[0]!.stamp.path), await store.get(window[1]!.stamp.path), await store.get(window[2]!.stamp.path)]);
      expect(await store.window(301, 10)).toEqual([]);
      await store.close();
    });
  });
}
