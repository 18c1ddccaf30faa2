import { EntityTally } from '../core/people/entity-index.js';
import { PeopleTally } from '../core/people/people.js';
import { searchKey, type KeptTables, type PeopleSources, type PeopleSourcesRead, type PeopleSourceVisitor } from '../core/store/people-tables.js';
import type { AsyncArchiveStore } from '../core/store/async-archive-store.js';

/**
 * Works the people and names tables out again when the kept ones are older than the archive (or
 * missing), and keeps them in the store; true when it did. Run after an index or refresh: the
 * merging rules are archive-wide, so one changed article can move a name anywhere. The word counts
 * "did you mean" reads are kept then too, as counting them reads the whole index.
 */
export async function refreshKeptTables(store: AsyncArchiveStore): Promise<boolean> {
  const [generation, kept] = await Promise.all([store.generation(), store.keptPeople()]);
  const stale = kept === null || kept.generation !== generation;
  if (stale) {
    // Read one by one where the store can, so only the tallies are held, never every source.
    const tables = store.eachPeopleSource ? tablesFrom((visit) => store.eachPeopleSource!(visit)) : workOutTables(await store.peopleSources());
    await store.putPeopleTables(tables);
  }
  await store.keepWordCounts?.();
  return stale;
}

/** Both tables from every article's people source (positions are places in `sources.paths`). */
export function workOutTables(sources: PeopleSources): KeptTables {
  return tablesFrom((visit) => {
    sources.sources.forEach(visit);
    return sources;
  });
}

/** Both tables from the sources `read` hands over one by one. */
function tablesFrom(read: (visit: PeopleSourceVisitor) => PeopleSourcesRead): KeptTables {
  const people = new PeopleTally();
  const names = new EntityTally();
  const { generation, paths } = read((source, position) => {
    if (!source) return;
    people.add(position, { section: source.section, quotes: source.speakers.map((speaker) => ({ speaker })), entities: source.entities });
    names.add(position, source);
  });
  return {
    generation,
    paths,
    people: people.people().map((p) => ({
      name: p.name, kind: p.kind, quotes: p.quotes.length, articles: p.articles.length, sections: p.sections, forms: p.forms,
      search: searchKey([p.name, ...p.forms]), refs: p.quotes,
    })),
    names: names.entities().map((e) => ({
      name: e.name, kind: e.kind, articles: e.articles.length, mentions: e.mentions, forms: e.forms, search: searchKey([e.name, ...e.forms]), refs: e.articles,
    })),
  };
}
