// The articles the reader shows, by position. In memory they are an array; over a store they are a
// window that reads only the rows asked for, so the reducer holds positions and counts, not the archive.
import type { Analysis, Article } from '../article.js';
import { naturalCompare } from '../load/natural-sort.js';

/** One section of the corpus and how many articles it has; `section` null gathers articles without one. */
export interface SectionCount {
  readonly section: string | null;
  readonly count: number;
}

/** The articles by position; an array is one. */
export interface ArticleRows {
  readonly length: number;
  at(index: number): Article | undefined;
  /**
   * The sections with their counts, when the rows know them without reading every row (null while
   * they are still finding out). Absent: count them from the rows.
   */
  sections?(): readonly SectionCount[] | null;
  /** The section of the article at `index` without reading its row (undefined: not known yet). */
  sectionAt?(index: number): string | null | undefined;
  /** The analysis kept with the article at `index` (read when first looked at), or undefined. */
  analysisAt?(index: number): Analysis | undefined;
  /** The position of the article at `path`, or null. */
  positionOf?(path: string): number | null;
  /** Articles with an analysis by today's rules, when the rows know (null while they are still finding out). */
  analysed?(): number | null;
}

/** The corpus's sections, alphabetically, articles without a section last; empty when no article has a section. */
export function sortedSections(counts: ReadonlyMap<string | null, number>): readonly SectionCount[] {
  if (counts.size === 1 && counts.has(null)) return [];
  // In the walk's natural order, so `copy-2` comes before `copy-10` as their articles do.
  const named = [...counts].filter((e): e is [string, number] => e[0] !== null).sort((a, b) => naturalCompare(a[0], b[0]));
  const none = counts.get(null);
  return [...named.map(([section, count]) => ({ section, count })), ...(none ? [{ section: null, count: none }] : [])];
}

/** The section of the article at `index`. */
export function sectionAt(rows: ArticleRows, index: number): string | null | undefined {
  return rows.sectionAt ? rows.sectionAt(index) : rows.at(index)?.section;
}

/** The position of the article at `path` (an array is searched once and remembered). */
export function positionOf(rows: ArticleRows, path: string): number | null {
  if (rows.positionOf) return rows.positionOf(path);
  let index = pathIndexes.get(rows);
  if (!index) {
    index = new Map();
    for (let i = 0; i < rows.length; i++) index.set(rows.at(i)!.path, i);
    pathIndexes.set(rows, index);
  }
  return index.get(path) ?? null;
}

const pathIndexes = new WeakMap<ArticleRows, Map<string, number>>();
