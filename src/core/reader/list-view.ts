// Which articles the list shows (all, or one section's) and which of them fit on the screen. Entries
// differ in height (a title takes one or two lines), so scrolling measures only the entries it passes.
import { sectionAt, sortedSections, type ArticleRows, type SectionCount } from './article-rows.js';
import { entryHeight } from './list-entries.js';

export type { SectionCount } from './article-rows.js';

/** What the list keeps: one section and/or the unread articles. */
export interface ListFilter {
  /** The section shown (null: the articles without one); absent for every section. */
  readonly section?: string | null;
  /** Only the articles unread when the filter was set (reading one does not take it away). */
  readonly unread?: boolean;
  /** Only the articles naming someone or something (from the names view), in archive order. */
  readonly naming?: { readonly name: string; readonly articles: readonly number[] };
}

/** The corpus's sections, alphabetically, articles without a section last; empty when no article has a section. */
export function sectionCounts(articles: ArticleRows): readonly SectionCount[] {
  if (articles.sections) return articles.sections() ?? [];
  const counts = new Map<string | null, number>();
  for (let i = 0; i < articles.length; i++) {
    const section = articles.at(i)!.section;
    counts.set(section, (counts.get(section) ?? 0) + 1);
  }
  return sortedSections(counts);
}

/** Indexes of the articles a filter keeps, in corpus order; null (every article) without a filter. */
export function filterArticles(articles: ArticleRows, filter: ListFilter | null, read: ReadonlySet<number> = new Set()): readonly number[] | null {
  if (!filter) return null;
  const kept: number[] = [];
  const keep = (i: number) => {
    if (i >= articles.length) return;
    if ((filter.section === undefined || sectionAt(articles, i) === filter.section) && !(filter.unread && read.has(i))) kept.push(i);
  };
  if (filter.naming) for (const i of filter.naming.articles) keep(i);
  else for (let i = 0; i < articles.length; i++) keep(i);
  return kept;
}

const unreadMemo = new WeakMap<ReadonlySet<number>, { sections: readonly SectionCount[]; counts: ReadonlyMap<string | null, number> }>();

/** Unread articles in each section (null: those without one), counted once per read set. */
export function unreadBySection(s: { readonly articles: ArticleRows; readonly sections: readonly SectionCount[]; readonly read: ReadonlySet<number> }): ReadonlyMap<string | null, number> {
  const known = unreadMemo.get(s.read);
  if (known && known.sections === s.sections) return known.counts;
  // Every section's count less its read articles: the read set is what gets visited, not the archive.
  const counts = new Map<string | null, number>(s.sections.map((c) => [c.section, c.count]));
  for (const i of s.read) {
    if (i >= s.articles.length) continue;
    const section = sectionAt(s.articles, i);
    if (section !== undefined && counts.has(section)) counts.set(section, counts.get(section)! - 1);
  }
  unreadMemo.set(s.read, { sections: s.sections, counts });
  return counts;
}

/** A filter with some of its parts changed (undefined takes a part away), the others kept; null when it keeps everything. */
export function changeFilter(filter: ListFilter | null, change: { section?: string | null | undefined; unread?: boolean; naming?: ListFilter['naming'] | undefined }): ListFilter | null {
  const merged: { section?: string | null; unread?: boolean; naming?: ListFilter['naming'] } = { ...filter };
  for (const key of ['section', 'unread', 'naming'] as const) {
    if (!(key in change)) continue;
    if (change[key] === undefined || change[key] === false) delete merged[key];
    else (merged as Record<string, unknown>)[key] = change[key];
  }
  return normalFilter(merged);
}

/** A filter with its section part changed (undefined: every section), the rest kept. */
export function withSection(filter: ListFilter | null, section: string | null | undefined): ListFilter | null {
  return changeFilter(filter, { section });
}

/** Null for a filter that keeps every article. */
export function normalFilter(filter: ListFilter | null): ListFilter | null {
  return !filter || (filter.section === undefined && !filter.unread && !filter.naming) ? null : filter;
}

/** The list as drawn: the corpus, the positions shown, and the pane's text area. */
export interface ListGeometry {
  readonly articles: ArticleRows;
  /** Article indexes in list order, or null for every article. */
  readonly shown: readonly number[] | null;
  readonly width: number;
  readonly height: number;
}

/** Number of entries in the list. */
export function listLength(g: ListGeometry): number {
  return g.shown ? g.shown.length : g.articles.length;
}

/** The article at a list position. */
export function listArticle(g: ListGeometry, position: number): number {
  return g.shown ? (g.shown[position] ?? -1) : position;
}

/** The list position of an article, or -1 when the list does not show it. */
export function listPosition(g: ListGeometry, article: number): number {
  if (!g.shown) return article < g.articles.length ? article : -1;
  // Positions are in corpus order: binary search.
  let lo = 0;
  let hi = g.shown.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = g.shown[mid]!;
    if (at === article) return mid;
    if (at < article) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function rows(g: ListGeometry, position: number): number {
  return entryHeight(g.articles.at(listArticle(g, position))!, g.width);
}

/** How many entries fit from `top` (at least one). */
export function entriesFrom(g: ListGeometry, top: number): number {
  const length = listLength(g);
  let used = 0;
  let n = 0;
  while (top + n < length) {
    const h = rows(g, top + n);
    if (used + h > g.height && n > 0) break;
    used += h;
    n++;
  }
  return Math.max(1, n);
}

/** The first entry to show so that `cursor` is visible, moving `top` as little as possible and leaving no room unused at the end. */
export function listTop(g: ListGeometry, cursor: number, top: number): number {
  const length = listLength(g);
  if (length === 0) return 0;
  let t = Math.min(Math.max(0, top), length - 1);
  if (cursor < t) t = cursor;
  else if (cursor >= t + entriesFrom(g, t)) {
    // From the cursor back, as many entries as fit (this measures one screen, wherever the cursor is).
    t = cursor;
    let used = rows(g, t);
    while (t > 0 && used + rows(g, t - 1) <= g.height) used += rows(g, --t);
  }
  // Near the end, fill the pane rather than leave empty rows under the last entry.
  if (t + entriesFrom(g, t) >= length) {
    let used = 0;
    for (let p = t; p < length; p++) used += rows(g, p);
    while (t > 0 && used + rows(g, t - 1) <= g.height) used += rows(g, --t);
  }
  return t;
}
