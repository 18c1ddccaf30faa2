// The facts pane's content: figures, money and dates from the facts, people, organisations and
// places from the names, each merged by what it says, with where it is mentioned.
import type { Analysis, FactKind } from '../article.js';

/** The pane's groups, in display order. */
export const FACT_GROUPS = ['figures', 'money', 'dates', 'people', 'organisations', 'places'] as const;
/** One group of the facts pane. */
export type FactGroupId = (typeof FACT_GROUPS)[number];

/** Group headings as shown. */
export const FACT_GROUP_TITLES: Readonly<Record<FactGroupId, string>> = {
  figures: 'Figures', money: 'Money', dates: 'Dates', people: 'People', organisations: 'Organisations', places: 'Places',
};

/** One line of the facts pane: a figure or a name and where it occurs. */
export interface FactItem {
  readonly group: FactGroupId;
  /** The figure as written, or the name. */
  readonly label: string;
  /** How many times it is mentioned. */
  readonly mentions: number;
  /** Paragraphs it occurs in, ascending, without repeats (Enter cycles through them). */
  readonly paragraphs: readonly number[];
}

const KIND_GROUP: Readonly<Record<FactKind, FactGroupId>> = {
  percent: 'figures', count: 'figures', quantity: 'figures', range: 'figures', money: 'money', date: 'dates',
};
const ENTITY_GROUP = { person: 'people', organization: 'organisations', place: 'places' } as const;

const memo = new WeakMap<Analysis, readonly FactItem[]>();

/** Items grouped in FACT_GROUPS order; inside a group, in order of first mention. */
export function factItems(analysis: Analysis | undefined): readonly FactItem[] {
  if (!analysis) return [];
  const known = memo.get(analysis);
  if (known) return known;
  const merged = new Map<string, { group: FactGroupId; label: string; mentions: number; paragraphs: Set<number>; first: number }>();
  analysis.facts.forEach((f, i) => {
    const group = KIND_GROUP[f.kind] ?? 'figures';
    const key = `${group}\u0000${f.text.toLowerCase()}`;
    const item = merged.get(key) ?? { group, label: f.text, mentions: 0, paragraphs: new Set<number>(), first: f.paragraph * 1e6 + i };
    item.mentions++;
    item.paragraphs.add(f.paragraph);
    merged.set(key, item);
  });
  analysis.entities.forEach((e, i) => {
    const group = ENTITY_GROUP[e.kind] ?? 'places';
    merged.set(`${group}\u0000${e.name}`, {
      group, label: e.name, mentions: e.mentions, paragraphs: new Set(e.paragraphs), first: (e.paragraphs[0] ?? 0) * 1e6 + i,
    });
  });
  const items = [...merged.values()]
    .sort((a, b) => FACT_GROUPS.indexOf(a.group) - FACT_GROUPS.indexOf(b.group) || a.first - b.first)
    .map(({ group, label, mentions, paragraphs }) => ({ group, label, mentions, paragraphs: [...paragraphs].sort((x, y) => x - y) }));
  memo.set(analysis, items);
  return items;
}

const quoteMemo = new WeakMap<Analysis, readonly number[]>();

/** Quote indexes as the quotes pane lists them: full quotations first, then partial ones. */
export function quoteOrder(analysis: Analysis | undefined): readonly number[] {
  if (!analysis) return [];
  let order = quoteMemo.get(analysis);
  if (!order) {
    const all = analysis.quotes.map((q, i) => ({ q, i }));
    order = [...all.filter(({ q }) => !q.partial), ...all.filter(({ q }) => q.partial)].map(({ i }) => i);
    quoteMemo.set(analysis, order);
  }
  return order;
}
