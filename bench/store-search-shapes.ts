// Search from a store, by query shape, as the reader asks it at each keystroke (the first page of 50
// ranked with snippets, counts capped at 10,000) and as `--search` asks it (every match). Timed in
// this process over the store file `store-bench.ts` built; figures printed, never asserted.
import Database from 'better-sqlite3';
import { candidateQuery } from '../src/core/search/candidate-query.js';
import { planQuery } from '../src/core/search/query-plan.js';
import { openSqliteStore } from '../src/core/store/sqlite-store.js';
import { createStoreSearch } from '../src/core/store/store-search.js';

const WORDS = ['blair', 'government', 'economy', 'football', 'election', 'chelsea', 'film', 'music', 'internet', 'minister', 'oil', 'broadband', 'gonzalez', 'yukos', 'lib'];

/** The shapes the issue names, each a list of queries. */
export const SHAPES: Readonly<Record<string, readonly string[]>> = {
  'prefix-1': ['b', 'g', 'e', 'f', 'c', 'm', 'i', 'o', 'y', 'l'],
  'prefix-2': WORDS.map((w) => w.slice(0, 2)),
  'prefix-3': WORDS.map((w) => w.slice(0, 3)),
  word: WORDS,
  'two-words': ['prime minister', 'tony blair', 'interest rates', 'world cup', 'gordon brown', 'mobile phone', 'oil price', 'general election', 'prime min', 'chelsea mour'],
  phrase: ['"prime minister"', '"the government"', '"world cup"', '"said he was"', '"of the year"', '"interest rates"', '"human shield"', '"mobile phone'],
  speaker: ['speaker:blair', 'speaker:brown', 'speaker:wenger', 'speaker:"tony bl', 'speaker:howard', 'speaker:mourinho', 'speaker:kennedy', 'speaker:b'],
};

/**
 * The version of the rules the built CLI analysed with (the hash of its bundle): run from source,
 * this process would name other rules, and every stored analysis would count as missing.
 */
function rulesVersion(storeFile: string): string {
  const db = new Database(storeFile, { readonly: true });
  const version = db.prepare('SELECT analysis_version FROM articles WHERE analysis_version IS NOT NULL LIMIT 1').pluck().get() as string | undefined;
  db.close();
  return version ?? 'none';
}

/** Rounded milliseconds. */
const ms = (n: number) => +n.toFixed(1);

function percentiles(times: number[]): { p50: number; p95: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: ms(at(0.5)), p95: ms(at(0.95)), max: ms(sorted[sorted.length - 1]!) };
}

/** One JSON-ready line per shape: reader (capped page) and command-line (every match) timings. */
export function measureSearch(storeFile: string, rounds = 2): Record<string, unknown>[] {
  const { store } = openSqliteStore(storeFile, rulesVersion(storeFile));
  const engine = createStoreSearch(store);
  const articles = store.count();
  engine.search('warm up the page cache', { limit: 50, cap: 10_000 });
  const lines: Record<string, unknown>[] = [];
  for (const [shape, queries] of Object.entries(SHAPES)) {
    const reader: number[] = [];
    const command: number[] = [];
    let capped = 0;
    let candidates = 0;
    for (let round = 0; round < rounds; round++) {
      for (const query of queries) {
        let started = performance.now();
        const answer = engine.search(query, { limit: 50, cap: 10_000 });
        reader.push(performance.now() - started);
        if (round === 0) {
          if (answer.capped) capped++;
          candidates += store.candidates(candidateQuery(planQuery(query))).length;
          started = performance.now();
          engine.search(query, { limit: Infinity });
          command.push(performance.now() - started);
        }
      }
    }
    lines.push({
      shape, queries: queries.length, articles,
      readerMs: percentiles(reader), commandLineMs: percentiles(command),
      cappedQueries: capped, meanCandidateShare: +(candidates / queries.length / articles).toFixed(3),
    });
  }
  store.close();
  return lines;
}
