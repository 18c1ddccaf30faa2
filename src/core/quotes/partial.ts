// Tells a full quotation from a fragment set in the writer's own sentence (`accused of conspiring to "flood ..."`).
import type { LeadingAttribution } from './attribution.js';

/** Where a quotation stands in its sentence. */
export interface Placement {
  /** True when words of the writer's stand between the sentence start (or the previous quotation) and the mark. */
  readonly afterWords: boolean;
  /** The reporting clause before the mark, if any. */
  readonly lead: LeadingAttribution | null;
  /** The previous quotation in the same sentence (`"A," he said, "B."`): whether it was full; null if none. */
  readonly previousFull: boolean | null;
  /** The quoted text. */
  readonly text: string;
}

const OPENS_SENTENCE = /^[\p{Lu}\p{N}[(.\u2026'\u2018]/u;

/**
 * True for a fragment. A quotation is full when it opens its sentence, follows a colon, follows a
 * reporting clause and a comma (`he said, "`), or follows a bare reporting verb with a capital
 * (`said "We ...`); the second half of an interrupted quotation is full when the first half was.
 */
export function isPartial(placement: Placement): boolean {
  const { afterWords, lead, previousFull, text } = placement;
  if (!afterWords) return previousFull === false;
  if (lead?.join === 'colon') return false;
  if (lead?.join === 'comma') return previousFull === false;
  if (lead?.join === 'cue' && OPENS_SENTENCE.test(text)) return false;
  return true;
}
