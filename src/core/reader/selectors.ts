// What the screen and the reducer read off the state: the layout, the analyses, the current
// article laid out, the list as drawn, and which quote or fact shows whole.
import type { Analysis } from '../article.js';
import { chunkedGet } from './chunked-array.js';
import { computeLayout, paneInner, type Layout } from './layout.js';
import type { ListFilter, ListGeometry } from './list-view.js';
import type { OpenQuote } from './pane-rows.js';
import { readerDoc, type ReaderDoc } from './doc.js';
import type { State } from './state.js';

/** The layout for the state's size and focus. */
export function layoutOf(state: State): Layout {
  return computeLayout(state.size, state.focus, state.rightTab, state.articles.length <= 1);
}

/** The analysis of an article, once it has arrived. */
export function analysisOf(state: State, article: number): Analysis | undefined {
  return chunkedGet(state.analyses, article) ?? state.articles.analysisAt?.(article);
}

/** The current article laid out at the reader pane's width. */
export function currentDoc(state: State): { doc: ReaderDoc; view: number } | null {
  const article = state.articles.at(state.current);
  if (!article) return null;
  const inner = paneInner(layoutOf(state), 'reader');
  return { doc: readerDoc(article, inner.width), view: inner.height };
}

/** The article list as the screen shows it. */
export function listGeometry(s: State): ListGeometry {
  const inner = paneInner(layoutOf(s), 'list');
  return { articles: s.articles, shown: s.shown, width: inner.width, height: inner.height };
}

/** While the quotes pane is focused, the quote under its cursor shows whole (as far as the pane has rows). */
export function openQuote(s: State, cursor: number, height: number): OpenQuote | null {
  return s.focus === 'quotes' ? { item: cursor, lines: Math.max(1, height - 2) } : null;
}

/** While the facts pane is focused, the fact under its cursor shows whole. */
export function openFact(s: State, cursor: number): number | null {
  return s.focus === 'facts' ? cursor : null;
}

/** How the header and the menu name a filter's section. */
export function sectionName(filter: ListFilter | null): string {
  const naming = filter?.naming ? `naming ${filter.naming.name}` : null;
  if (!filter || filter.section === undefined) return [filter?.unread ? 'unread' : null, naming ?? (filter?.unread ? 'articles' : 'all sections')].filter(Boolean).join(' ');
  const section = filter.section === null ? 'no section' : filter.section;
  return [filter.unread ? 'unread in' : null, section, naming].filter(Boolean).join(' ');
}

const masks = new WeakMap<readonly number[], Uint8Array>();

/** The articles a search looks in: the section the list shows (unless Tab widened it), else null for all. */
export function searchWithin(s: State): Uint8Array | null {
  if (!s.shown || !s.search.inSection) return null;
  let mask = masks.get(s.shown);
  if (!mask) {
    mask = new Uint8Array(s.articles.length);
    for (const article of s.shown) mask[article] = 1;
    masks.set(s.shown, mask);
  }
  return mask;
}
