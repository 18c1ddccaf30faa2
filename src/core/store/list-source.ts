// What the reader's list window reads from a store: the archive's order as ids, the list entries of
// the ids it shows, and each article's section in slices, so no step reads every row at once.
import type { ArticleSummary } from './archive-store.js';

/** A list entry with the id it is stored under, and whether its analysis was made by today's rules. */
export interface IdentifiedSummary extends ArticleSummary {
  readonly id: number;
  readonly analysed: boolean;
}

/** Sections of a run of articles in the archive's order, and where the next run starts. */
export interface SectionSlice {
  readonly ids: readonly number[];
  readonly paths: readonly string[];
  readonly sections: readonly (string | null)[];
  readonly analysed: readonly boolean[];
  /** Where the next slice starts (null: this was the last). */
  readonly next: SliceCursor | null;
}

/** A place in the archive's order. */
export interface SliceCursor {
  readonly ord: number;
  readonly path: string;
}

export interface ListSource {
  /** Articles stored. */
  count(): number;
  /** List entries `offset` to `offset + limit` in the archive's order. */
  listPage(offset: number, limit: number): IdentifiedSummary[];
  /** The position of the article at `path` in the archive's order, or null. */
  positionOfPath(path: string): number | null;
  /** Every article's id, in the archive's order. */
  orderIds(): Int32Array;
  /** The list entries of these ids, in the order asked; null for an id no longer stored. */
  summariesOf(ids: ArrayLike<number>): (IdentifiedSummary | null)[];
  /** Sections of up to `limit` articles from `from` (null: the start) in the archive's order. */
  sectionSlice(from: SliceCursor | null, limit: number): SectionSlice;
  /** Which of these ids are still stored. */
  stored(ids: readonly number[]): boolean[];
  /** The id of the article at `path`, or null. */
  idOf(path: string): number | null;
}
