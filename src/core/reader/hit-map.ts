// Search hits laid out for the reader: which paragraphs of which articles to highlight, and the
// order `n` and `N` walk them in (corpus order, then paragraph order).
import type { Analysis } from '../article.js';
import type { SearchResults, Span } from '../search/search-types.js';

/** Where one hit is: an article and a paragraph (0 for a match in the title only). */
export interface HitPos {
  readonly article: number;
  readonly paragraph: number;
}

/** Every hit of one query, by article and paragraph. */
export interface HitMap {
  /** The query these hits answer. */
  readonly query: string;
  /** Hit positions in reading order, without repeats. */
  readonly positions: readonly HitPos[];
  /** Highlight spans, by article, then paragraph (offsets into the paragraph). */
  readonly spans: ReadonlyMap<number, ReadonlyMap<number, readonly Span[]>>;
}

/** Builds the map; quote and fact hits are moved into paragraph offsets when the analysis is known. */
export function buildHitMap(results: SearchResults, analysisOf: (article: number) => Analysis | undefined): HitMap {
  const spans = new Map<number, Map<number, Span[]>>();
  const keys = new Set<string>();
  const positions: HitPos[] = [];
  const add = (article: number, paragraph: number, hits: readonly Span[]) => {
    const key = `${article}:${paragraph}`;
    if (!keys.has(key)) {
      keys.add(key);
      positions.push({ article, paragraph });
    }
    if (!hits.length) return;
    let byParagraph = spans.get(article);
    if (!byParagraph) spans.set(article, (byParagraph = new Map()));
    byParagraph.set(paragraph, [...(byParagraph.get(paragraph) ?? []), ...hits]);
  };
  for (const r of results.results) {
    if (r.where === 'title' || r.paragraph === null) {
      add(r.article, 0, []);
      continue;
    }
    const analysis = analysisOf(r.article);
    let shift: number | null = r.where === 'paragraph' ? 0 : null;
    if (r.where === 'quote' && r.item !== null) {
      const q = analysis?.quotes[r.item];
      if (q && q.paragraph === q.paragraphEnd) shift = q.start;
    } else if (r.where === 'fact' && r.item !== null) {
      const f = analysis?.facts[r.item];
      if (f) shift = f.start;
    }
    add(r.article, r.paragraph, shift === null ? [] : r.hits.map(([s, e]) => [s + shift, e + shift] as const));
  }
  positions.sort((a, b) => a.article - b.article || a.paragraph - b.paragraph);
  return { query: results.query, positions, spans };
}

/**
 * The next hit after (or, with dir -1, before) a reader position, wrapping at the ends of the
 * corpus; null when there are no hits. `wrapped` tells that it went round.
 */
export function nextHit(map: HitMap, from: HitPos, dir: 1 | -1): { pos: HitPos; wrapped: boolean } | null {
  const list = map.positions;
  if (!list.length) return null;
  // Binary search for the first position after `from`.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const p = list[mid]!;
    if (p.article < from.article || (p.article === from.article && p.paragraph <= from.paragraph)) lo = mid + 1;
    else hi = mid;
  }
  if (dir === 1) return lo < list.length ? { pos: list[lo]!, wrapped: false } : { pos: list[0]!, wrapped: true };
  const at = lo - 1;
  const same = at >= 0 && list[at]!.article === from.article && list[at]!.paragraph === from.paragraph;
  const prev = same ? at - 1 : at;
  return prev >= 0 ? { pos: list[prev]!, wrapped: false } : { pos: list[list.length - 1]!, wrapped: true };
}
