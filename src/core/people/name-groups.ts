// Names gathered across articles under one key each; lone surnames join the archive's only full name at the end.
import { foldName, nameKey } from '../facts/fold-name.js';
import type { FullNames } from './full-names.js';

/** What a group is: a named person, any other name, or the wording of an unnamed source. */
export type GroupClass = 'person' | 'name' | 'description';

/** One sighting of a name in an article. */
export interface Sighting<Kind extends string> {
  readonly group: GroupClass;
  readonly kind: Kind;
  /** The name (titles cut) or the description's wording. */
  readonly words: readonly string[];
  /** The name as the article wrote it. */
  readonly form: string;
  readonly article: number;
  readonly section: string | null;
  /** How many items (quotes, mentions) this sighting stands for. */
  readonly count: number;
}

/** Everything known about one merged name. */
export interface NameGroup<Kind extends string> {
  /** The fullest form: most words, then most used, then first seen. */
  name: string;
  /** Kind by how many items had it (the most wins). */
  readonly kinds: Map<Kind, number>;
  /** Forms as written, with how many items each. */
  readonly forms: Map<string, number>;
  /** Display names (titles cut) with their word count and uses. */
  readonly names: Map<string, { words: number; uses: number; first: number }>;
  /** Article indexes, ascending. */
  articles: number[];
  /** Sections with how many items each. */
  readonly sections: Map<string, number>;
  /** Items in all. */
  count: number;
  /** Item references, in the order added (quotes, for the people table). */
  refs: { readonly article: number; readonly item: number }[];
}

const add = <K>(map: Map<K, number>, key: K, n: number) => map.set(key, (map.get(key) ?? 0) + n);

/** Groups sightings by key: a person's full name, a lone surname, any other name, or a description's wording. */
export class NameGroups<Kind extends string> {
  private readonly groups = new Map<string, NameGroup<Kind>>();
  private seen = 0;

  /** Adds a sighting; `ref` names the item it stands for (a quote), when the caller wants them back. */
  add(sighting: Sighting<Kind>, ref?: { readonly article: number; readonly item: number }): void {
    const key = groupKey(sighting.group, sighting.words);
    let group = this.groups.get(key);
    if (!group) this.groups.set(key, (group = { name: '', kinds: new Map(), forms: new Map(), names: new Map(), articles: [], sections: new Map(), count: 0, refs: [] }));
    add(group.kinds, sighting.kind, sighting.count);
    add(group.forms, sighting.form, sighting.count);
    const display = sighting.words.join(' ');
    const known = group.names.get(display);
    if (known) known.uses += sighting.count;
    else group.names.set(display, { words: sighting.words.length, uses: sighting.count, first: this.seen++ });
    if (group.articles[group.articles.length - 1] !== sighting.article) group.articles.push(sighting.article);
    if (sighting.section !== null) add(group.sections, sighting.section, sighting.count);
    group.count += sighting.count;
    if (ref) group.refs.push(ref);
  }

  /**
   * Every group, each lone surname merged into the archive's only full name with that surname (a
   * group of that name is made when the full name was only ever mentioned); the rest stay apart.
   */
  finish(fullNames: FullNames): NameGroup<Kind>[] {
    for (const [key, group] of [...this.groups]) {
      if (!key.startsWith('lone\u0000')) continue;
      const full = fullNames.only(key.slice(5));
      if (!full) continue;
      const fullKey = groupKey('person', full);
      const target = this.groups.get(fullKey);
      this.groups.delete(key);
      if (!target) {
        group.names.set(full.join(' '), { words: full.length, uses: 0, first: this.seen++ });
        this.groups.set(fullKey, group);
      } else mergeInto(target, group);
    }
    const all = [...this.groups.values()];
    for (const group of all) group.name = displayName(group);
    return all;
  }
}

/** Persons by full name or lone surname, other names by their alias-aware key, descriptions by their folded wording. */
function groupKey(group: GroupClass, words: readonly string[]): string {
  if (group === 'description') return `desc\u0000${foldName(words.join(' '))}`;
  if (group === 'name') return `name\u0000${nameKey(words.join(' '))}`;
  return words.length === 1 ? `lone\u0000${foldName(words[0]!)}` : `person\u0000${nameKey(words.join(' '))}`;
}

function mergeInto<Kind extends string>(target: NameGroup<Kind>, from: NameGroup<Kind>): void {
  for (const [kind, n] of from.kinds) add(target.kinds, kind, n);
  for (const [form, n] of from.forms) add(target.forms, form, n);
  for (const [name, seen] of from.names) {
    const known = target.names.get(name);
    if (known) known.uses += seen.uses;
    else target.names.set(name, { ...seen });
  }
  for (const [section, n] of from.sections) add(target.sections, section, n);
  target.articles = [...new Set([...target.articles, ...from.articles])].sort((a, b) => a - b);
  target.count += from.count;
  target.refs = [...target.refs, ...from.refs].sort((a, b) => a.article - b.article || a.item - b.item);
}

function displayName(group: NameGroup<string>): string {
  let best = '';
  let bestSeen: { words: number; uses: number; first: number } | undefined;
  for (const [name, seen] of group.names) {
    if (!bestSeen || seen.words > bestSeen.words || (seen.words === bestSeen.words && (seen.uses > bestSeen.uses || (seen.uses === bestSeen.uses && seen.first < bestSeen.first)))) {
      best = name;
      bestSeen = seen;
    }
  }
  return best;
}

/** The map's keys, most counted first (ties in the order first seen). */
export function byCount<K>(map: ReadonlyMap<K, number>): K[] {
  return [...map].sort((a, b) => b[1] - a[1]).map(([key]) => key);
}
