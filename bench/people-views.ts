// The people (p) and names (i) views on a store, as the reader runs them: opening each, filtering
// at every keystroke, a person's quotes opened (with the page of quotes shown read), a name chosen;
// and what the kept tables cost to work out and keep. Timed in this process over a store file
// `store-bench.ts` built (or `--store FILE`).
// Figures printed, never asserted.
import Database from 'better-sqlite3';
import { workOutTables } from '../src/commands/people-tables.js';
import { indexEntities } from '../src/core/people/entity-index.js';
import { gatherPeople } from '../src/core/people/people.js';
import { finderRows, personQuotesShown, provideKeptTables, providePeopleTables } from '../src/core/reader/finder.js';
import { analysisOf } from '../src/core/reader/selectors.js';
import { initialState, reducer, type Action, type State } from '../src/core/reader/state.js';
import { ListWindow } from '../src/core/store/list-window.js';
import { StoreCatalog } from '../src/core/store/store-catalog.js';
import { openSqliteStore } from '../src/core/store/sqlite-store.js';
import { readerStorePeople } from '../src/ui/reader-store-people.js';

/** Typed one key at a time in each view. */
const TYPED: Readonly<Record<'people' | 'names', readonly string[]>> = {
  people: ['wenger', 'tony blair', 'a spokes', 'mourinho', 'xyzzy'],
  names: ['chelsea', 'gordon brown', 'bbc', 'united states', 'xyzzy'],
};

const ms = (n: number) => +n.toFixed(1);
const timed = <T>(work: () => T): [T, number] => {
  const started = performance.now();
  const result = work();
  return [result, performance.now() - started];
};

function percentiles(times: readonly number[]): { p50: number; p95: number; max: number; keys: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: ms(at(0.5)), p95: ms(at(0.95)), max: ms(sorted[sorted.length - 1]!), keys: sorted.length };
}

/** The rules the stored analyses were made by (run from source, this process would name others). */
function rulesVersion(storeFile: string): string {
  const db = new Database(storeFile, { readonly: true });
  const version = db.prepare('SELECT analysis_version FROM articles WHERE analysis_version IS NOT NULL LIMIT 1').pluck().get() as string | undefined;
  db.close();
  return version ?? 'none';
}

/** Bytes the people tables take in the store (their columns' lengths). */
function tableBytes(storeFile: string): Record<string, number> {
  const db = new Database(storeFile, { readonly: true });
  const sum = (sql: string) => Number(db.prepare(sql).pluck().get() ?? 0);
  const sizes = {
    sourcesMB: sum('SELECT sum(length(source)) + 9 * count(*) FROM people_sources') / 1e6,
    peopleMB: sum('SELECT sum(length(name) + length(sections) + length(forms) + length(search) + length(refs)) FROM kept_people') / 1e6,
    namesMB: sum('SELECT sum(length(name) + length(forms) + length(search) + length(refs)) FROM kept_names') / 1e6,
    pathsMB: sum('SELECT sum(length(path)) + 9 * count(*) FROM kept_paths') / 1e6,
  };
  db.close();
  return Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, +v.toFixed(1)]));
}

/** One JSON-able figure per line. */
export function measurePeople(storeFile: string): object[] {
  const lines: object[] = [];
  const { store } = openSqliteStore(storeFile, rulesVersion(storeFile));
  // Worked out again, as after a refresh that changed an article.
  const [sources, readMs] = timed(() => store.peopleSources());
  const [tables, workMs] = timed(() => workOutTables(sources));
  const [, keepMs] = timed(() => store.putPeopleTables(tables));
  lines.push({ tables: { articles: sources.paths.length, people: tables.people.length, names: tables.names.length, readSourcesMs: ms(readMs), workOutMs: ms(workMs), keepMs: ms(keepMs), ...tableBytes(storeFile) } });

  // The reader's screen: the list as a window over the store, each analysis read when looked at.
  const window = new ListWindow(new StoreCatalog(store), store);
  while (!window.scan(100));
  const articles = window.rows();
  const s = initialState(articles, { columns: 120, rows: 36 });
  const run = (state: State, ...actions: Action[]) => actions.reduce(reducer, state);
  providePeopleTables({ gatherPeople, indexEntities });

  for (const kind of ['people', 'names'] as const) {
    const kept = readerStorePeople(() => openSqliteStore(storeFile, rulesVersion(storeFile)).store, () => articles);
    provideKeptTables(kept);
    const [opened, openMs] = timed(() => {
      const state = run(s, { type: 'finder-open', kind });
      return { state, rows: finderRows(state, state.finder!).length };
    });
    const keys: number[] = [];
    let state = opened.state;
    for (const query of TYPED[kind]) {
      for (const ch of [...query]) {
        const [, keyMs] = timed(() => {
          state = run(state, { type: 'finder-edit', edit: { kind: 'insert', text: ch } });
          return finderRows(state, state.finder!);
        });
        keys.push(keyMs);
      }
      state = run(state, { type: 'finder-edit', edit: { kind: 'clear' } });
    }
    // Enter on the first row for the first query: Tony Blair's quotes with the first page read, or Chelsea's stories.
    const first = TYPED[kind][kind === 'people' ? 1 : 0]!;
    state = run(state, { type: 'finder-edit', edit: { kind: 'insert', text: first } });
    finderRows(state, state.finder!);
    const [chosen, enterMs] = timed(() => {
      const entered = run(state, ...(kind === 'names' ? [{ type: 'finder-move', delta: 1 } as const] : []), { type: 'finder-enter' });
      const person = entered.finder?.person;
      // What the pane reads to draw the first page: each quote's analysis and article title.
      for (const ref of person?.quotes.slice(0, personQuotesShown(entered)) ?? []) void [analysisOf(entered, ref.article)?.quotes[ref.quote]?.text, entered.articles.at(ref.article)?.title];
      return person ? `${person.name}: ${person.quotes.length} quotes` : `${entered.shown?.length ?? 0} articles shown`;
    });
    lines.push({ view: kind, rows: opened.rows, openMs: ms(openMs), keystroke: percentiles(keys), enter: chosen, enterMs: ms(enterMs) });
    kept.close();
  }

  store.close();
  return lines;
}

if (process.argv[1]?.endsWith('people-views.ts')) {
  const file = process.argv[process.argv.indexOf('--store') + 1];
  if (!process.argv.includes('--store') || !file) throw new Error('usage: tsx bench/people-views.ts --store FILE');
  for (const line of measurePeople(file)) console.log(JSON.stringify(line));
}
