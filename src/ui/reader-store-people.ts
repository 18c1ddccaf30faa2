import { positionOf, type ArticleRows } from '../core/reader/article-rows.js';
import type { IndexedEntity } from '../core/people/entity-index.js';
import type { Person, SpeakerKind } from '../core/people/people.js';
import type { KeptPeopleTables, KeptTable } from '../core/reader/finder.js';
import type { ArchiveStore } from '../core/store/archive-store.js';
import type { KeptName, KeptPerson, KeptRows } from '../core/store/people-tables.js';

/** The store's kept tables for the finder, and what the refresh tells it. */
export interface ReaderStorePeople extends KeptPeopleTables {
  /** The archive was written: the tables may be stale now. */
  changed(): void;
  /** The tables were worked out again: read them again. */
  remade(): void;
  close(): void;
}

/**
 * The people and names views over the tables the store keeps. Their references are positions in the
 * archive's order when the tables were made; the screen keeps its own numbers for the session (the
 * refresh adds and replaces articles). The paths the tables kept for the positions asked carry one to
 * the other, so even tables made before the last change point at the right articles; most often the
 * screen still has that path at that number, and no map of every path is made.
 */
export function readerStorePeople(open: () => ArchiveStore, articles: () => ArticleRows): ReaderStorePeople {
  let store: ArchiveStore | null = null;
  // Rows as read (undefined: not yet), and as last handed out with their staleness.
  let peopleRows: KeptRows<KeptPerson> | null | undefined;
  let nameRows: KeptRows<KeptName> | null | undefined;
  let people: KeptTable<KeptPerson> | null = null;
  let names: KeptTable<KeptName> | null = null;
  /** The store's generation, read once after each change. */
  let generation: number | undefined;
  /** Screen numbers of positions looked up so far (-1: not on screen). */
  const screen = new Map<number, number>();
  const chosen = new Map<string, Person | IndexedEntity>();
  const connection = () => (store ??= open());
  const view = <Row>(kept: KeptRows<Row> | null, known: KeptTable<Row> | null): KeptTable<Row> | null => {
    if (!kept) return null;
    generation ??= connection().generation();
    const stale = kept.generation !== generation;
    // The same rows until they are read again, so the finder's memos hold.
    return known && known.rows === kept.rows && known.stale === stale ? known : { rows: kept.rows, stale };
  };
  const toScreen = (positions: readonly number[]): number[] => {
    const unknown = [...new Set(positions.filter((p) => !screen.has(p)))];
    const paths = unknown.length ? connection().keptPaths(unknown) : [];
    unknown.forEach((position, i) => {
      const path = paths[i]!;
      const rows = articles();
      if (path !== '' && rows.at(position)?.path === path) screen.set(position, position);
      else screen.set(position, path === '' ? -1 : (positionOf(rows, path) ?? -1));
    });
    return positions.map((p) => screen.get(p)!);
  };
  const once = <T extends Person | IndexedEntity>(key: string, make: () => T): T => {
    const known = chosen.get(key) as T | undefined;
    if (known) return known;
    const made = make();
    chosen.set(key, made);
    return made;
  };
  return {
    people() {
      if (peopleRows === undefined) peopleRows = connection().keptPeople();
      return (people = view(peopleRows, people));
    },
    names() {
      if (nameRows === undefined) nameRows = connection().keptNames();
      return (names = view(nameRows, names));
    },
    person: (rank) =>
      once(`p${rank}`, () => {
        const row = people?.rows[rank];
        const refs = connection().personQuotes(rank);
        const at = toScreen(refs.map((r) => r.article));
        const quotes = refs.flatMap((ref, i) => (at[i]! < 0 ? [] : [{ article: at[i]!, quote: ref.quote }]));
        return {
          name: row?.name ?? '', kind: (row?.kind ?? 'person') as SpeakerKind, forms: row?.forms ?? [], sections: row?.sections ?? [], quotes,
          articles: [...new Set(quotes.map((q) => q.article))].sort((a, b) => a - b),
        };
      }),
    name: (rank) =>
      once(`n${rank}`, () => {
        const row = names?.rows[rank];
        const found = toScreen(connection().nameArticles(rank)).filter((i) => i >= 0);
        return { name: row?.name ?? '', kind: (row?.kind ?? 'person') as IndexedEntity['kind'], forms: row?.forms ?? [], mentions: row?.mentions ?? 0, articles: found.sort((a, b) => a - b) };
      }),
    changed() {
      generation = undefined;
    },
    remade() {
      peopleRows = undefined;
      nameRows = undefined;
      generation = undefined;
      screen.clear();
      chosen.clear();
    },
    close() {
      store?.close();
      store = null;
    },
  };
}
