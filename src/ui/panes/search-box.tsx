// The search box: ink-text-input, given only the window of the query that fits, so a 100,000-character
// paste costs a frame what a short query does. The full query and its cursor live in the reducer.
//
// How the two fit together (ink-text-input 6.0):
// - It is handed the text from the window's start up to the cursor. It starts with its own cursor at
//   the end of its value, which is then the query's cursor; it is remounted (`key`) whenever the window
//   or the cursor moves, so its private cursor is always where the window says.
// - Whatever it inserts is read back as a difference against the value it was given and reported as
//   typed text; the app inserts that at the query's cursor. Deletions it makes are ignored.
// - It acts on every key, so it types `u` for Ctrl-U and `w` for Ctrl-W: the app's key handler runs
//   first (it subscribed first) and only lets through text that a plain key or a paste typed.
// - Its Left/Right need its own cursor drawn (showCursor); that is off, and the app moves the cursor by
//   whole characters (an emoji or an accent is one step), as it also does for Backspace, Home and End.
import { Text } from 'ink';
import TextInput from 'ink-text-input';
import { insertedText } from '../../core/reader/line-edit.js';
import { sanitizeForTerminal } from '../../core/sanitize.js';
import { windowAround } from '../../core/reader/window-text.js';
import type { Theme } from '../theme.js';

/** Props of the search box. */
export interface SearchBoxProps {
  /** The whole query. */
  readonly query: string;
  /** Cursor offset in the query. */
  readonly cursor: number;
  /** The previous query, shown selected: the first typed key replaces it. */
  readonly replaceOnType: boolean;
  /** Columns for the box, prompt included. */
  readonly width: number;
  /** Text the box typed at the cursor. */
  readonly onType: (text: string) => void;
  readonly theme: Theme;
}

/** `/ query` with the cursor cell inverted; ellipses where the query goes on beyond the box. */
export function SearchBox({ query, cursor, replaceOnType, width, onType, theme }: SearchBoxProps) {
  // Drawn through the terminal sanitizer (same length, so the cursor stays put): a pasted `❤️` or BOM
  // would otherwise take more or fewer columns on the terminal than in the layout.
  const w = windowAround(sanitizeForTerminal(query), cursor, Math.max(4, width - 2));
  const given = w.before;
  const onChange = (next: string) => {
    // `given` is the value of the render this handler came from, even when ink-text-input calls a
    // handler from an earlier render (keys read together, before React re-subscribed it).
    const typed = insertedText(given, next);
    if (typed) onType(typed);
  };
  const selected = replaceOnType && query !== '';
  return (
    <Text wrap="truncate-end">
      <Text {...theme.accent}>/ </Text>
      {w.cutLeft ? '…' : ''}
      <Text inverse={selected}>
        <TextInput key={`${w.start}:${cursor}`} value={given} onChange={onChange} showCursor={false} />
      </Text>
      <Text inverse>{w.at}</Text>
      <Text inverse={selected}>{w.after}</Text>
      {w.cutRight ? '…' : ''}
    </Text>
  );
}
