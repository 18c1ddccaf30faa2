// One suite for every search engine: the in-memory index, and a store's engine over the memory, the
// SQLite (and later the PostgreSQL) store. Each runs every query form on small invented archives and
// must give the in-memory index's answer: the same matching units and exact counts below the cap,
// the capped form above it, the same page in the same order, the same "did you mean".
import { describe, expect, it } from 'vitest';
import type { Analysis, Article } from '../../../src/core/article.js';
import { createSearchIndex, type SearchEngine, type SearchOptions, type SearchResults } from '../../../src/core/search/index.js';
import { makeArticle } from '../../helpers/seed.js';
import { analysis, fact, quote } from './search-helpers.js';

/** One article of an archive, with its analysis (null: not analysed). */
export interface ArchiveItem {
  readonly article: Article;
  readonly analysis: Analysis | null;
}

/** Makes an engine over these articles, numbered by their place in the array (the archive's order). */
export type EngineFactory = (archive: readonly ArchiveItem[]) => SearchEngine;

const item = (path: string, title: string, paragraphs: readonly string[], found: Analysis | null = null): ArchiveItem => ({
  article: { ...makeArticle(paragraphs, title), path, section: path.split('/')[0] ?? null },
  analysis: found,
});

/** Stories with every spelling trap the folding knows: accents, curly quotes, hyphens, digits, ß, ligatures, scripts. */
export const TRICKY_ARCHIVE: readonly ArchiveItem[] = [
  item('news/bridge.txt', 'Bridge vote delayed', [
    'The council put off its vote on the bridge.',
    '"We are not against a bridge," said Nora Pell, who chairs the ferry group.',
    'Prime Minister Blair spoke; the admin staff did not.',
  ], analysis([quote('We are not against a bridge', 'Nora Pell', 1)], [fact('14th', 0)])),
  item('news/ferry.txt', 'Ferry sailings doubled', [
    'Westline will run 14 sailings a day, up 100%, costing £160m and 1,000 jobs.',
    'It hasn’t said when; the e-mail from the well-known firm came on the 14th.',
    'Brown said the minister for prime cuts was wrong.',
  ], analysis([quote('the minister for prime cuts was wrong', 'Gordon Brown', 2)], [fact('£160m', 0), fact('1,000 jobs', 0)])),
  item('news/names.txt', 'GONZÁLEZ and O’Neill', [
    'Edmundo González won; Gonza\u0301lez in NFD; Gonzaga is another word.',
    "She hasn't met O'Neill, rock ’n’ roll fan, in the Straße or the strasse.",
    'The ﬁnance office measured 12 km² and a co-operative 3-1 win.',
  ], analysis([quote('Rock and roll will win', 'Seán O’Neill', 1)])),
  item('sport/rovers.txt', 'Rovers climb to third', [
    'Rovers beat Eastfield 3-1 on Saturday; Blair and Brown both watched.',
    'Αθήνα and 東京大学 sent fans; 東京A is a code, and so is A東京.',
  ], analysis([], [fact('3-1', 0)])),
  item('sport/empty.txt', '', ['A story with no title, about the government and governors.']),
  item('sport/unanalysed.txt', 'Minimal prime time', ['Blair without Brown, prime time, minimal fuss.']),
];

/** An archive long enough to need several batches of a store's engine, with a cap crossed mid-batch. */
export function longArchive(count: number): ArchiveItem[] {
  return Array.from({ length: count }, (_, i) => {
    const paragraphs = Array.from({ length: 1 + (i % 4) }, (_, p) => (p % 2 === 0 ? `Harbour wall report ${i}.${p}.` : `Quiet day ${i}.`));
    const title = i % 7 === 0 ? `Harbour news ${i}` : `Item ${i}`;
    const said = i % 5 === 0 ? analysis([quote(`The harbour wall will hold ${i}`, i % 10 === 0 ? 'Ann Lee' : null, 0)]) : analysis([]);
    return item(`s${i % 3}/item-${i}.txt`, title, paragraphs, said);
  });
}

/** Every query form of the language, and its traps. */
export const QUERIES: readonly string[] = [
  'gonzalez', 'GONZÁLEZ', 'Gonza\u0301lez', 'gonzaga', "hasn't", 'hasn’t', 'hasn', "o'neill", 'o’neill', 'neill', '’n’', 'rock n roll',
  'e-mail', 'mail', 'well-known', 'co-op', 'cooperative', '3-1', '3', '1', '14th', '14', '£160m', '160m', '160', '1,000', '000', '100%',
  'strasse', 'straße', 'STRASSE', 'finance', 'ﬁnance', 'km2', 'km²', 'αθηνα', 'αθ', '東京', '京', 'a東京', '東京a',
  'a', 'b', 't', 'p', 'pr', 'pri', 'bl', 'gov', 'govern', 'min', 'dmin', 'prime min', 'min prime', 'prime gov',
  '"prime minister"', '"prime min', '"minister prime"', '"human', '"bridge,"', '"a bridge"',
  'blair -brown', 'blair -b', 'brown -blair', 'bridge -bridge', '-brown', 'win -"rock and"',
  'speaker:pell', 'speaker:"nora p', 'speaker:pell bridge', 'speaker:o’neill', 'speaker:oneill', 'speaker:', 'speaker:sean win',
  'in:titles bridge', 'in:titles', 'in:quotes', 'in:quotes will', 'in:facts', 'in:facts 160', 'in:paragraphs gov', 'in:t,q wrong',
  'zzzz', 'goverment', 'goverm', 'harbuor', 'bridge goverment', '-', '"', '""', '(', '*', '"a', 'AND', 'OR bridge', 'NEAR(a b)',
];

const HARBOUR_QUERIES = ['harbour', 'harbour wall', '"wall report', 'in:titles harbour', 'speaker:ann', 'quiet -harbour', 'h', 'harbuor', '1'];

/** The answer without `complete` (a finished answer always has it). */
function answerOf(engine: SearchEngine, query: string, options: SearchOptions): Omit<SearchResults, 'complete'> {
  const { complete, ...rest } = engine.search(query, options);
  expect(complete ?? true).toBe(true);
  return rest;
}

/** The in-memory index over an archive: the reference every engine is held to. */
export function inMemoryEngine(archive: readonly ArchiveItem[]): SearchEngine {
  const index = createSearchIndex();
  index.addArticles(archive.map((a) => a.article), 0);
  archive.forEach((a, i) => a.analysis && index.addAnalysis(i, a.analysis));
  return index;
}

/** Runs the suite against `make`'s engines. */
export function engineConformance(name: string, make: EngineFactory): void {
  describe(`search by ${name}`, () => {
    const expected = inMemoryEngine(TRICKY_ARCHIVE);
    const engine = make(TRICKY_ARCHIVE);

    it('finds the same units, counts them the same, and ranks them the same, for every query form', () => {
      for (const query of QUERIES) {
        for (const options of [{ limit: Infinity }, { limit: 3 }, { limit: 2, cap: 1 }, { limit: 4, cap: 3 }] as SearchOptions[]) {
          expect(answerOf(engine, query, options), `${query} ${JSON.stringify(options)}`).toEqual(answerOf(expected, query, options));
        }
      }
    });

    it('gives the in-memory counts the suite was written against', () => {
      const counts = (q: string) => [engine.search(q).total, engine.search(q).articleCount];
      expect(counts('gonzalez')).toEqual([2, 1]);
      expect(counts("hasn't")).toEqual([2, 2]);
      expect(counts('strasse')).toEqual([1, 1]);
      expect(counts('km2')).toEqual([1, 1]);
      expect(counts('東京')).toEqual([1, 1]);
      expect(counts('3-1')).toEqual([3, 2]);
      expect(counts('blair -brown')).toEqual([1, 1]);
      expect(counts('speaker:pell')).toEqual([1, 1]);
      expect(counts('zzzz')).toEqual([0, 0]);
      expect(engine.search('goverment').didYouMean).toBe('government');
    });

    it('searches within a section as asked', () => {
      const within = Uint8Array.from(TRICKY_ARCHIVE, (a) => (a.article.section === 'sport' ? 1 : 0));
      for (const query of ['blair', 'prime', 'bridge', 'goverment', '3-1']) {
        expect(answerOf(engine, query, { within }), query).toEqual(answerOf(expected, query, { within }));
      }
    });

    it('keeps the same answers over many articles, the cap crossed anywhere', () => {
      const archive = longArchive(230);
      const many = make(archive);
      const truth = inMemoryEngine(archive);
      for (const query of HARBOUR_QUERIES) {
        for (const cap of [Infinity, 0, 1, 50, 133, 400]) {
          const options = { limit: 7, cap };
          expect(answerOf(many, query, options), `${query} cap ${cap}`).toEqual(answerOf(truth, query, options));
        }
      }
    });

    it('answers in slices the same as at once', () => {
      const task = engine.start('prime', { limit: 5 });
      let last = task.step(0);
      for (let i = 0; i < 1000 && !task.done; i++) last = task.step(0);
      expect(task.done).toBe(true);
      expect(last).toEqual(expected.search('prime', { limit: 5 }));
    });
  });
}
