// The token-level form of a fact, before offsets and sentences are attached.
import type { FactKind } from '../article.js';

/** A fact found over tokens `[from, to)`. */
export interface RawFact {
  readonly kind: FactKind;
  /** First token of the span. */
  readonly from: number;
  /** Index just past the last token of the span. */
  readonly to: number;
  readonly value: number | string | null;
  readonly unit?: string;
  readonly currency?: string;
  /** For a range: its two ends, in the order written. */
  readonly first?: number;
  readonly second?: number;
}

/** Tokens that were read but hold no fact (an ordinal, a time of day, a number in a name). */
export interface Skip {
  readonly skip: true;
  readonly to: number;
}
