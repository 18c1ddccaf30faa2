// Every name in the archive with its kind and the articles naming it, merged by the people table's rules.
import type { Entity, EntityKind } from '../article.js';
import { FullNames } from './full-names.js';
import { byCount, NameGroups } from './name-groups.js';
import { personWords } from './speaker-name.js';

/** One row of the index. */
export interface IndexedEntity {
  /** The fullest form of the name across the archive (titles cut for people). */
  readonly name: string;
  /** The kind most mentions had. */
  readonly kind: EntityKind;
  /** The names as the articles wrote them, most mentioned first. */
  readonly forms: readonly string[];
  /** Indexes of the articles naming it, ascending. */
  readonly articles: readonly number[];
  /** Mentions across the archive. */
  readonly mentions: number;
}

/** What the index needs of one article. */
export interface EntitySource {
  readonly section: string | null;
  readonly entities: readonly Entity[];
}

/** Gathers names article by article; `entities()` merges them (people apart from bodies and places). */
export class EntityTally {
  private readonly groups = new NameGroups<EntityKind>();
  private readonly fullNames = new FullNames();

  /** Adds the article at `index` in the archive (indexes ascending). */
  add(index: number, article: EntitySource): void {
    for (const entity of article.entities) {
      const person = entity.kind === 'person';
      const words = person ? personWords(entity.name.split(' ')) : entity.name.split(' ');
      if (person) this.fullNames.add(words);
      this.groups.add({ group: person ? 'person' : 'name', kind: entity.kind, words, form: entity.name, article: index, section: article.section, count: entity.mentions });
    }
  }

  /** Every name, most articles first (then most mentions, then by name). */
  entities(): IndexedEntity[] {
    return this.groups
      .finish(this.fullNames)
      .map((g) => ({ name: g.name, kind: byCount(g.kinds)[0]!, forms: byCount(g.forms), articles: g.articles, mentions: g.count }))
      .sort((a, b) => b.articles.length - a.articles.length || b.mentions - a.mentions || a.name.localeCompare(b.name));
  }
}

/** The entity index of a whole archive held in memory (articles in archive order). */
export function indexEntities(articles: readonly EntitySource[]): IndexedEntity[] {
  const tally = new EntityTally();
  articles.forEach((article, i) => tally.add(i, article));
  return tally.entities();
}
