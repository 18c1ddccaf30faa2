// One matching unit -> a SearchResult: its hits as offsets into the unit's own text (folding can
// change lengths, so they go back through the fold map), and its snippet.
import type { Analysis, Article } from '../article.js';
import { foldWithMap, toOriginal, type FoldMap } from './fold.js';
import { allMatches } from './needle-match.js';
import type { Needle, QueryPlan } from './query-plan.js';
import type { SearchResult, Span } from './search-types.js';
import { makeSnippet } from './snippet.js';
import { KIND_NAME, type UnitStore } from './unit-store.js';

/** Where the text of units lives. */
export interface UnitSources {
  readonly articles: readonly (Article | undefined)[];
  readonly analyses: ReadonlyMap<number, Analysis>;
}

/** The original text of a unit, and its speaker for a quote. */
export function unitText(store: UnitStore, sources: UnitSources, unit: number): { text: string; speaker: string | null } {
  const article = store.article[unit]!;
  const paragraph = store.paragraph[unit]!;
  const item = store.item[unit]!;
  switch (store.kind[unit]) {
    case 0:
      return { text: sources.articles[article]?.title ?? '', speaker: null };
    case 1:
      return { text: sources.articles[article]?.paragraphs[paragraph] ?? '', speaker: null };
    case 2: {
      const quote = sources.analyses.get(article)?.quotes[item];
      return { text: quote?.text ?? '', speaker: quote?.speaker ?? null };
    }
    default:
      return { text: sources.analyses.get(article)?.facts[item]?.text ?? '', speaker: null };
  }
}

/** Sorted, merged original-text spans for folded matches. */
function toSpans(map: FoldMap, matches: [number, number][]): Span[] {
  matches.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const spans: [number, number][] = [];
  for (const [s, e] of matches) {
    const [os, oe] = toOriginal(map, s, e);
    const last = spans[spans.length - 1];
    if (last && os <= last[1]) last[1] = Math.max(last[1], oe);
    else spans.push([os, oe]);
  }
  return spans;
}

function matchesIn(folded: string, needles: readonly Needle[], from: number, to: number): [number, number][] {
  const found: [number, number][] = [];
  for (const needle of needles) allMatches(folded, needle, from, to, found);
  return found;
}

/** Builds the result for one matching unit. */
export function buildResult(store: UnitStore, sources: UnitSources, plan: QueryPlan, unit: number, snippetWidth: number): SearchResult {
  const { text, speaker } = unitText(store, sources, unit);
  const kind = store.kind[unit]!;
  const map = foldWithMap(text);
  const hits = toSpans(map, matchesIn(map.folded, plan.positives, 0, map.folded.length));
  const { snippet, snippetHits } = makeSnippet(text, hits, snippetWidth);
  const result: SearchResult = {
    article: store.article[unit]!,
    where: KIND_NAME[kind]!,
    paragraph: kind === 0 ? null : store.paragraph[unit]!,
    item: kind >= 2 ? store.item[unit]! : null,
    hits,
    snippet,
    snippetHits,
  };
  if (kind !== 2) return result;
  let speakerHits: Span[] = [];
  if (speaker !== null) {
    const speakerMap = foldWithMap(speaker);
    const needles = [...plan.positives, ...(plan.speakers ?? [])];
    speakerHits = toSpans(speakerMap, matchesIn(speakerMap.folded, needles, 0, speakerMap.folded.length));
  }
  return { ...result, speaker, speakerHits };
}
