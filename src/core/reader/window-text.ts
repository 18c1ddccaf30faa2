// Shows a long one-line value (a 100,000-character paste in the search box) as the part around the
// cursor that fits, measuring only a slice near the cursor so each frame costs the same.
import { displayWidth, graphemes } from './wrap-text.js';

/** What to draw: the value's text from `start` to the cursor, the cell under the cursor, the text after it up to `end`. */
export interface TextWindow {
  /** Offset of the first character shown before the cursor. */
  readonly start: number;
  /** `value.slice(start, cursor)`. */
  readonly before: string;
  /** The grapheme under the cursor, or a space at the end of the value. */
  readonly at: string;
  /** Text shown after the cursor cell. */
  readonly after: string;
  /** Offset just past the last character shown. */
  readonly end: number;
  /** Text before `start` is hidden: draw an ellipsis first (the width keeps a column for it). */
  readonly cutLeft: boolean;
  /** Text after `end` is hidden: draw an ellipsis last (the width keeps a column for it). */
  readonly cutRight: boolean;
}

const split = (s: string) => Array.from(graphemes.segment(s), (g) => g.segment);

/** Fits `value` into `width` columns around `cursor` (ellipses included); the cursor cell is a space at the end of the value. */
export function windowAround(value: string, cursor: number, width: number): TextWindow {
  const reach = Math.max(8, width * 2 + 8); // UTF-16 units: enough to fill the width on either side
  const atList = split(value.slice(cursor, cursor + 32));
  const at = atList[0] ?? ' ';
  const atEnd = cursor + (atList[0]?.length ?? 0);
  const left = split(value.slice(Math.max(0, cursor - reach), cursor));
  const right = split(value.slice(atEnd, atEnd + reach));
  const farLeft = cursor - reach > 0;
  const farRight = atEnd + reach < value.length;
  const avail = Math.max(1, width - displayWidth(at));
  const leftWidth = left.reduce((w, g) => w + displayWidth(g), 0);
  const rightWidth = right.reduce((w, g) => w + displayWidth(g), 0);
  // Give the right side at most a third of the room when both sides are long, so typing shows context.
  const rightShare = leftWidth + rightWidth <= avail ? rightWidth : Math.min(rightWidth, Math.max(avail - leftWidth, Math.floor(avail / 3)));
  const leftShare = avail - rightShare;
  const takeLeft = take(left.reverse(), leftShare, farLeft);
  const takeRight = take(right, rightShare, farRight);
  const before = takeLeft.parts.reverse().join('');
  const after = takeRight.parts.join('');
  return { start: cursor - before.length, before, at, after, end: atEnd + after.length, cutLeft: takeLeft.cut, cutRight: takeRight.cut };
}

/** Takes graphemes while they fit; when some are left out, one column is kept for an ellipsis. */
function take(parts: readonly string[], room: number, more: boolean): { parts: string[]; cut: boolean } {
  const out: string[] = [];
  const widths: number[] = [];
  let used = 0;
  for (const part of parts) {
    const w = displayWidth(part);
    if (used + w > room) break;
    out.push(part);
    widths.push(w);
    used += w;
  }
  if (out.length === parts.length && !more) return { parts: out, cut: false };
  if (room < 1) return { parts: [], cut: true };
  while (out.length && used > room - 1) {
    out.pop();
    used -= widths.pop()!;
  }
  return { parts: out, cut: true };
}
