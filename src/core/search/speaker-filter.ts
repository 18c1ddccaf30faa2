// `speaker:` terms as a test of one quote's speaker, for commands that keep a speaker's quotes only.
import { foldText } from './fold.js';
import { findNeedle } from './needle-match.js';
import { planQuery } from './query-plan.js';

/** A test that a speaker matches every `speaker:` word of the query (as search matches them), or null when the query has none. */
export function speakerFilter(query: string): ((speaker: string | null) => boolean) | null {
  const needles = planQuery(query).speakers;
  if (!needles) return null;
  return (speaker) => {
    if (speaker === null) return false;
    const folded = foldText(speaker);
    return needles.every((needle) => findNeedle(folded, needle) >= 0);
  };
}
