// The store kept in memory: for `--no-store`, stdin, and as the model the SQLite engine must match.
import type { ExactQuery } from '../search/exact-query.js';
import { KIND_BIT } from '../search/unit-store.js';
import { unitWords, type UnitWords } from '../search/unit-words.js';
import { vocabularyWord } from '../search/vocabulary.js';
import { summaryOf, type ArchiveStore, type ArticleSummary, type FileStamp, type StoredArticle } from './archive-store.js';
import { UNIT_KEY } from './indexed-answer.js';
import { sourceRowOf, type KeptTables } from './people-tables.js';

/** Whether a unit holds every term of an exact query, as a word index would say. */
function holdsExact(unit: UnitWords, query: ExactQuery): boolean {
  if ((query.kinds & KIND_BIT[unit.kind]!) === 0) return false;
  return query.terms.every(({ words, form, speaker }) => {
    const holds = (last: (word: string, asked: string) => boolean) => {
      const held = (within: readonly string[]) => within.some((_, at) => words.every((w, i) => (i === words.length - 1 ? last(within[at + i] ?? '', w) : within[at + i] === w)));
      return held(unit.speaker) || (!speaker && held(unit.words));
    };
    const whole = holds((word, asked) => word === asked);
    return form === 'whole' ? whole : holds((word, asked) => word.startsWith(asked)) && !(form === 'prefixOnly' && whole);
  });
}

/** An empty store in memory. */
export function createMemoryStore(): ArchiveStore {
  const items = new Map<string, StoredArticle>();
  const ordered = () => [...items.values()].sort((a, b) => a.order - b.order || (a.stamp.path < b.stamp.path ? -1 : 1));
  let generation = 0;
  let tables: KeptTables | null = null;
  const rowsOf = <Row>(rows: readonly (Row & { refs: unknown })[]) => rows.map(({ refs: _, ...row }) => row as Row);
  return {
    stamps: () => new Map([...items].map(([path, item]) => [path, item.stamp] as [string, FileStamp])),
    put(batch) {
      for (const item of batch) items.set(item.stamp.path, item);
      if (batch.length) generation++;
    },
    reorder(order) {
      for (const [path, position] of order) {
        const item = items.get(path);
        if (!item || item.order === position) continue;
        items.set(path, { ...item, order: position });
        generation++;
      }
    },
    remove(paths) {
      for (const path of paths) if (items.delete(path)) generation++;
    },
    count: () => items.size,
    unanalysed: () => [...items.values()].filter((item) => item.analysis === null).map((item) => item.stamp.path),
    list: (offset, limit): ArticleSummary[] => ordered().slice(offset, offset + limit).map(summaryOf),
    get: (path) => items.get(path) ?? null,
    // No index: every article is a candidate, and the matcher decides.
    candidates: () => Int32Array.from(items.keys(), (_, i) => i),
    unitsMatching: (_, positions) => Array.from(positions, () => null),
    // The model of a word index: every unit's words read again at each ask.
    exactUnits(query, from, through, limit) {
      const keys: number[] = [];
      const all = ordered();
      for (let position = Math.floor(from / UNIT_KEY); position < all.length && keys.length < limit; position++) {
        unitWords(all[position]!.article, all[position]!.analysis).forEach((unit, slot) => {
          const key = position * UNIT_KEY + slot;
          if (key >= from && key <= through && keys.length < limit && holdsExact(unit, query)) keys.push(key);
        });
      }
      return keys;
    },
    articlesAt(positions) {
      const all = ordered();
      return Array.from(positions, (p) => all[p]!);
    },
    wordCounts() {
      const counts = new Map<string, number>();
      for (const { article, analysis } of items.values()) {
        for (const unit of unitWords(article, analysis)) {
          const seen = new Set<string>();
          for (const word of [...unit.words, ...unit.speaker]) {
            const counted = vocabularyWord(word);
            if (counted) seen.add(counted);
          }
          for (const word of seen) counts.set(word, (counts.get(word) ?? 0) + 1);
        }
      }
      return counts;
    },
    keptWordCounts() {
      return this.wordCounts();
    },
    keepWordCounts: () => false,
    generation: () => generation,
    peopleSources() {
      const all = ordered();
      return {
        generation, paths: all.map((item) => item.stamp.path),
        sources: all.map(({ article, analysis }) => (analysis ? sourceRowOf(article.section, analysis.quotes, analysis.entities) : null)),
      };
    },
    putPeopleTables(given) {
      tables = given;
    },
    keptPeople: () => (tables ? { generation: tables.generation, rows: rowsOf(tables.people) } : null),
    keptNames: () => (tables ? { generation: tables.generation, rows: rowsOf(tables.names) } : null),
    personQuotes: (rank) => [...(tables?.people[rank]?.refs ?? [])],
    nameArticles: (rank) => [...(tables?.names[rank]?.refs ?? [])],
    keptPaths: (positions) => Array.from(positions, (p) => tables?.paths[p] ?? ''),
    close() {},
  };
}
