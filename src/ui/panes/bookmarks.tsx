import { Box, Text } from 'ink';
import { groupDigits } from '../../core/group-digits.js';
import { sanitizeForTerminal } from '../../core/sanitize.js';
import type { ReaderBookmark } from '../../core/state/reconcile.js';
import { paint } from '../paint.js';
import type { Theme } from '../theme.js';

/** Props of the bookmarks list. */
export interface BookmarksProps {
  readonly bookmarks: readonly ReaderBookmark[];
  readonly cursor: number;
  /** First bookmark shown. */
  readonly top: number;
  /** Bookmarks shown at once (each takes two rows). */
  readonly shown: number;
  readonly width: number;
  readonly theme: Theme;
}

/** Every bookmark: the article and ¶ with the note, then a line of the text marked. */
export function Bookmarks({ bookmarks, cursor, top, shown, width, theme }: BookmarksProps) {
  const rows: string[] = [paint(`${groupDigits(bookmarks.length)} ${bookmarks.length === 1 ? 'bookmark' : 'bookmarks'}`, theme.heading)];
  bookmarks.slice(top, top + shown).forEach((b, i) => {
    const here = top + i === cursor;
    const bar = here ? paint('▌', theme.gutterMark) : ' ';
    const where = b.article === null ? `${b.path} (no longer in the archive)` : b.lost ? `¶ ${b.paragraph + 1}, text changed: paragraph not found` : `¶ ${b.paragraph + 1}`;
    const head = `${sanitizeForTerminal(b.title)} · ${where}${b.note ? ` · ${sanitizeForTerminal(b.note)}` : ''}`;
    rows.push(`${bar} ${paint(head, here ? theme.cursor : theme.title)}`);
    const kind = b.kind === 'paragraph' ? '' : `${b.kind}: `;
    rows.push(`${bar}   ${paint(kind + sanitizeForTerminal(b.text.replace(/\s+/g, ' ')), theme.dim)}`);
  });
  return (
    <Box flexDirection="column" width={width}>
      {rows.map((row, i) => <Text key={i} wrap="truncate-end">{row}</Text>)}
    </Box>
  );
}
