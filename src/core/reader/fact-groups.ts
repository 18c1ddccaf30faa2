// The facts pane's content: figures, money and dates from the facts, people, organisations and
// places from the names, each merged by what it says, with where it is mentioned.
import type { Analysis, Fact, FactKind } from '../article.js';

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
  /** For a figure, money or a date: a few words of its first sentence, so a bare `three months` means something. */
  readonly context?: string;
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
  const merged = new Map<string, { group: FactGroupId; label: string; mentions: number; paragraphs: Set<number>; first: number; context?: string }>();
  analysis.facts.forEach((f, i) => {
    const group = KIND_GROUP[f.kind] ?? 'figures';
    const key = `${group}\u0000${f.text.toLowerCase()}`;
    const item = merged.get(key) ?? { group, label: f.text, mentions: 0, paragraphs: new Set<number>(), first: f.paragraph * 1e6 + i, context: factContext(f) };
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
    .map(({ group, label, mentions, paragraphs, context }) => ({ group, label, mentions, paragraphs: [...paragraphs].sort((x, y) => x - y), ...(context ? { context } : {}) }));
  memo.set(analysis, items);
  return items;
}

/** Words of context a figure shows. */
const CONTEXT_WORDS = 5;
/** Small words that do not start the context after a figure (`£160m in estimated revenues`). */
const LINKS = new Set(['in', 'of', 'to', 'for', 'on', 'at', 'by', 'a', 'an', 'the', 'and', 'or', 'with', 'from']);

/**
 * A few words of a fact's sentence: those after the figure up to a mark (`£160m — estimated annual
 * surcharge revenues`), or, when the sentence ends there, those before it.
 */
export function factContext(f: Pick<Fact, 'text' | 'sentence'>): string {
  const at = f.sentence.indexOf(f.text);
  if (at < 0) return '';
  const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const afterText = f.sentence.slice(at + f.text.length).split(/[.;:!?()"“”\u2026]|,\s|\s[–—-]\s/)[0] ?? '';
  const after = words(afterText);
  while (after.length && LINKS.has(after[0]!.toLowerCase())) after.shift();
  if (after.length >= 2) return after.slice(0, CONTEXT_WORDS).join(' ').replace(/[,]$/, '');
  const beforeText = f.sentence.slice(0, at).split(/[.;:!?()"“”\u2026]|,\s|\s[–—-]\s/).pop() ?? '';
  const before = words(beforeText);
  while (before.length && LINKS.has(before[before.length - 1]!.toLowerCase())) before.pop();
  return before.slice(-CONTEXT_WORDS).join(' ');
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
