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

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Sorted, merged original-text spans for matches in `folded` (the fold of `original`). ASCII text
 * that folded to the same length folded char for char, so its offsets need no map.
 */
function toSpans(original: string, folded: string, matches: [number, number][]): Span[] {
  matches.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const map: FoldMap | null = original.length === folded.length && ASCII.test(original) ? null : foldWithMap(original);
  const spans: [number, number][] = [];
  for (const [s, e] of matches) {
    const [os, oe] = map ? toOriginal(map, s, e) : [s, e];
    const last = spans[spans.length - 1];
    if (last && os <= last[1]) last[1] = Math.max(last[1], oe);
    else spans.push([os, oe]);
  }
  return spans;
}

function matchesIn(folded: string, needles: readonly Needle[]): [number, number][] {
  const found: [number, number][] = [];
  for (const needle of needles) allMatches(folded, needle, 0, folded.length, found);
  return found;
}

/** Where a unit is: its article, kind, paragraph (null for a title) and item (null for a title or paragraph). */
export function unitPlace(store: UnitStore, unit: number): Pick<SearchResult, 'article' | 'where' | 'paragraph' | 'item'> {
  const kind = store.kind[unit]!;
  return { article: store.article[unit]!, where: KIND_NAME[kind]!, paragraph: kind === 0 ? null : store.paragraph[unit]!, item: kind >= 2 ? store.item[unit]! : null };
}

/** Builds the result for one matching unit. */
export function buildResult(store: UnitStore, sources: UnitSources, plan: QueryPlan, unit: number, snippetWidth: number): SearchResult {
  const { text, speaker } = unitText(store, sources, unit);
  const kind = store.kind[unit]!;
  const folded = store.folded(unit);
  const textLength = store.textEnd(unit) - store.start[unit]!;
  const ownText = folded.slice(0, textLength);
  const hits = toSpans(text, ownText, matchesIn(ownText, plan.positives));
  const { snippet, snippetHits } = makeSnippet(text, hits, snippetWidth);
  const result: SearchResult = {
    ...unitPlace(store, unit),
    hits,
    snippet,
    snippetHits,
  };
  if (kind !== 2) return result;
  let speakerHits: Span[] = [];
  if (speaker !== null && folded.length > textLength) {
    const speakerFolded = folded.slice(textLength + 1);
    speakerHits = toSpans(speaker, speakerFolded, matchesIn(speakerFolded, [...plan.positives, ...(plan.speakers ?? [])]));
  }
  return { ...result, speaker, speakerHits };
}
