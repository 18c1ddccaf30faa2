// Editing a one-line text field (the search box): pure, so every key is testable without a terminal.
import { graphemes } from './wrap-text.js';

/** A field's text and cursor (a UTF-16 offset). */
export interface LineState {
  readonly value: string;
  readonly cursor: number;
}

/** An editing command. */
export type LineEdit =
  | { readonly kind: 'insert'; readonly text: string }
  | { readonly kind: 'backspace' | 'left' | 'right' | 'home' | 'end' | 'clear' | 'delete-word' };


/** Offset of the grapheme boundary before `at` (so Left and Backspace never split an emoji or accent). */
function prevBoundary(value: string, at: number): number {
  if (at <= 0) return 0;
  const from = Math.max(0, at - 32); // a grapheme is never longer than this in practice
  let last = from;
  for (const { index } of graphemes.segment(value.slice(from, at))) if (from + index < at) last = from + index;
  return last;
}

function nextBoundary(value: string, at: number): number {
  if (at >= value.length) return value.length;
  const first = graphemes.segment(value.slice(at, at + 32))[Symbol.iterator]().next().value;
  return at + (first?.segment.length ?? 1);
}

/** Applies one edit. Inserted text has line breaks and tabs turned into spaces. */
export function editLine(state: LineState, edit: LineEdit): LineState {
  const { value, cursor } = state;
  switch (edit.kind) {
    case 'insert': {
      // Controls (C0, DEL, C1) and bidi overrides are dropped: the box is drawn as typed, and a pasted
      // U+009B would reach the terminal as a CSI.
      const text = edit.text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');
      return { value: value.slice(0, cursor) + text + value.slice(cursor), cursor: cursor + text.length };
    }
    case 'backspace': {
      const to = prevBoundary(value, cursor);
      return { value: value.slice(0, to) + value.slice(cursor), cursor: to };
    }
    case 'left':
      return { value, cursor: prevBoundary(value, cursor) };
    case 'right':
      return { value, cursor: nextBoundary(value, cursor) };
    case 'home':
      return { value, cursor: 0 };
    case 'end':
      return { value, cursor: value.length };
    case 'clear':
      return { value: '', cursor: 0 };
    case 'delete-word': {
      // Like a shell's Ctrl-W: the spaces before the cursor, then the word before them.
      let to = cursor;
      while (to > 0 && /\s/.test(value[to - 1]!)) to--;
      while (to > 0 && !/\s/.test(value[to - 1]!)) to--;
      return { value: value.slice(0, to) + value.slice(cursor), cursor: to };
    }
  }
}

/** The text a field's own edit inserted (`from` -> `to` with nothing removed), or null for any other change. */
export function insertedText(from: string, to: string): string | null {
  if (to.length <= from.length) return null;
  let prefix = 0;
  while (prefix < from.length && from.charCodeAt(prefix) === to.charCodeAt(prefix)) prefix++;
  // Everything of `from` after the common prefix must end `to`: then the middle was inserted.
  return to.endsWith(from.slice(prefix)) ? to.slice(prefix, to.length - (from.length - prefix)) : null;
}
