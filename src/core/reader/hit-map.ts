// Search hits laid out for the reader: which paragraphs of which articles to highlight, and the
// order `n` and `N` walk them in (corpus order, then paragraph order).
import type { Analysis } from '../article.js';
import type { SearchResults, Span } from '../search/search-types.js';

/** Where one hit is: an article, a paragraph (-1 for the title) and offsets in it. */
export interface HitPos {
  readonly article: number;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

/** Every hit of one query, by article and paragraph. */
export interface HitMap {
  /** The query these hits answer. */
  readonly query: string;
  /** Every hit in reading order (article, paragraph, offset), without repeats: n and N walk these. */
  readonly positions: readonly HitPos[];
  /** Highlight spans, by article, then paragraph (offsets into the paragraph; -1 holds the title's). */
  readonly spans: ReadonlyMap<number, ReadonlyMap<number, readonly Span[]>>;
}

/** Builds the map; quote and fact hits are moved into paragraph offsets when the analysis is known. */
export function buildHitMap(results: SearchResults, analysisOf: (article: number) => Analysis | undefined): HitMap {
  const spans = new Map<number, Map<number, Span[]>>();
  const keys = new Set<string>();
  const positions: HitPos[] = [];
  const add = (article: number, paragraph: number, hits: readonly Span[]) => {
    const at = (start: number, end: number) => {
      const key = `${article}:${paragraph}:${start}`;
      if (keys.has(key)) return;
      keys.add(key);
      positions.push({ article, paragraph, start, end });
    };
    if (!hits.length) {
      at(0, 0);
      return;
    }
    for (const [start, end] of hits) at(start, end);
    let byParagraph = spans.get(article);
    if (!byParagraph) spans.set(article, (byParagraph = new Map()));
    byParagraph.set(paragraph, [...(byParagraph.get(paragraph) ?? []), ...hits]);
  };
  for (const r of results.results) {
    if (r.where === 'title' || r.paragraph === null) {
      add(r.article, -1, r.where === 'title' ? r.hits : []);
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
  positions.sort(compareHits);
  return { query: results.query, positions, spans };
}

/** Reading order of hits: article, paragraph, offset. */
export function compareHits(a: Pick<HitPos, 'article' | 'paragraph' | 'start'>, b: Pick<HitPos, 'article' | 'paragraph' | 'start'>): number {
  return a.article - b.article || a.paragraph - b.paragraph || a.start - b.start;
}

/**
 * The next hit after (or, with dir -1, before) a place in the corpus, wrapping at its ends; null
 * when there are no hits. `index` is the hit's place in `positions`; `wrapped` tells that it went round.
 */
export function nextHit(map: HitMap, from: Pick<HitPos, 'article' | 'paragraph' | 'start'>, dir: 1 | -1): { index: number; wrapped: boolean } | null {
  const list = map.positions;
  if (!list.length) return null;
  // Binary search for the first position after `from`.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareHits(list[mid]!, from) <= 0) lo = mid + 1;
    else hi = mid;
  }
  if (dir === 1) return lo < list.length ? { index: lo, wrapped: false } : { index: 0, wrapped: true };
  let prev = lo - 1;
  while (prev >= 0 && compareHits(list[prev]!, from) === 0) prev--;
  return prev >= 0 ? { index: prev, wrapped: false } : { index: list.length - 1, wrapped: true };
}
