// About one line of a unit's text around its first hit, with the hits moved into the snippet.
import type { Span } from './search-types.js';

/** Snippet width when the caller gives none: one line of a wide terminal. */
export const DEFAULT_SNIPPET_WIDTH = 100;

const ELLIPSIS = '\u2026';
const LINE_BREAK = /[\n\r\t\u2028\u2029]/g;

/** Moves `at` off the low half of a surrogate pair. */
function onChar(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff ? at - 1 : at;
}

/** A one-line window of `text` about `width` chars long showing the first hit, and the hits in it. */
export function makeSnippet(text: string, hits: readonly Span[], width = DEFAULT_SNIPPET_WIDTH): { snippet: string; snippetHits: Span[] } {
  width = Math.max(10, Math.floor(width));
  let start = 0;
  let end = text.length;
  if (text.length > width) {
    const [hitStart, hitEnd] = hits[0] ?? [0, 0];
    // Put the first hit about a third of the way in, so the words before it give context.
    start = Math.max(0, Math.min(hitStart - Math.floor((width - Math.min(hitEnd - hitStart, width)) / 3), text.length - width));
    if (start > 0) {
      // Begin at a word when one starts close by (but never after the hit).
      const space = text.indexOf(' ', start);
      if (space >= 0 && space < hitStart && space - start < 15) start = space + 1;
    }
    start = onChar(text, start);
    end = onChar(text, Math.min(text.length, start + width));
  }
  const head = start > 0 ? ELLIPSIS : '';
  const tail = end < text.length ? ELLIPSIS : '';
  const snippet = head + text.slice(start, end).replace(LINE_BREAK, ' ') + tail;
  const shift = head.length - start;
  const snippetHits: Span[] = [];
  for (const [s, e] of hits) {
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (from < to) snippetHits.push([from + shift, to + shift]);
  }
  return { snippet, snippetHits };
}
