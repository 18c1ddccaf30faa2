// The people and names views over a store's kept tables: references (positions in the archive's
// order when the tables were made) come back as the screen's article numbers, by path, and the
// tables say when the archive changed after them.
import { describe, expect, it } from 'vitest';
import { refreshKeptTables } from '../../src/commands/people-tables.js';
import { finderRows, provideKeptTables } from '../../src/core/reader/finder.js';
import { initialState, reducer, type Action, type State } from '../../src/core/reader/state.js';
import { asAsyncStore } from '../../src/core/store/async-archive-store.js';
import { createMemoryStore } from '../../src/core/store/memory-store.js';
import { readerStorePeople } from '../../src/ui/reader-store-people.js';
import { peopleArchive } from '../core/store/store-conformance.js';

const run = (state: State, ...actions: Action[]) => actions.reduce(reducer, state);
const typed = (text: string): Action => ({ type: 'finder-edit', edit: { kind: 'insert', text } });

describe('the kept people tables on screen', () => {
  it('map references to the screen by path, read a person\'s quotes only when chosen, and turn stale when the archive changes', async () => {
    const store = createMemoryStore();
    const archive = peopleArchive();
    store.put(archive);
    await refreshKeptTables(asAsyncStore(store));
    // The screen lists the articles in another order, and one the tables never saw.
    const screen = [archive[3]!, archive[0]!, { ...archive[1]!, stamp: { ...archive[1]!.stamp, path: 'new.txt' }, article: { ...archive[1]!.article, path: 'new.txt' } }, archive[1]!, archive[4]!];
    const articles = screen.map((item) => item.article);
    let asked = 0;
    const kept = readerStorePeople(() => new Proxy(store, { get: (target, key) => (key === 'personQuotes' && asked++, Reflect.get(target, key)) }), () => articles);
    provideKeptTables(kept);
    try {
      let s = run(initialState(articles, { columns: 120, rows: 36 }), { type: 'finder-open', kind: 'people' });
      expect(s.message).toBeNull();
      expect(finderRows(s, s.finder!).map((r) => [r.name, r.detail])).toEqual([
        ['A spokesman', '2 quotes · 2 articles · politics'], ['Tobias Varnell', '2 quotes · 1 article · politics'],
        ['Ines Varnell', '1 quote · 1 article · sport'], ['Marta Quillon', '1 quote · 1 article · sport'], ['Varnell', '1 quote · 1 article · politics'],
      ]);
      s = run(s, typed('quil'));
      expect(finderRows(s, s.finder!).map((r) => r.name)).toEqual(['Marta Quillon']);
      expect(asked).toBe(0);
      s = run(s, { type: 'finder-enter' });
      expect(s.finder!.person).toMatchObject({ name: 'Marta Quillon', quotes: [{ article: 0, quote: 0 }], articles: [0] });
      s = run(s, { type: 'finder-back' }, { type: 'finder-escape' }, typed('spokes'), { type: 'finder-enter' });
      expect(s.finder!.person!.quotes).toEqual([{ article: 1, quote: 2 }, { article: 3, quote: 1 }]);
      s = run(s, { type: 'finder-back' }, { type: 'finder-escape' }, { type: 'finder-escape' }, { type: 'finder-open', kind: 'names' }, typed('harbour'), { type: 'finder-move', delta: 1 }, { type: 'finder-enter' });
      expect(s.shown).toEqual([0, 3]);

      store.remove(['sport/5.txt']);
      kept.changed();
      s = run(s, { type: 'finder-open', kind: 'people' });
      expect(s.message).toBe('people: as before the archive last changed (being worked out again)');
      await refreshKeptTables(asAsyncStore(store));
      kept.remade();
      s = run(s, { type: 'finder-escape' }, { type: 'finder-escape' }, { type: 'finder-open', kind: 'people' }, typed('quil'));
      expect([s.message, finderRows(s, s.finder!).map((r) => r.name)]).toEqual([null, ['Quillon']]);
    } finally {
      provideKeptTables(null);
    }
  });
});
