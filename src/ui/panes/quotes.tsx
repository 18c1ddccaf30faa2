import { Box, Text } from 'ink';
import type { QuoteRow } from '../../core/reader/pane-rows.js';
import { paint } from '../paint.js';
import type { Theme } from '../theme.js';

/** Props of the quotes pane. */
export interface QuotesProps {
  /** Rows from quoteRows(), or null while the article is being analysed. */
  readonly rows: readonly QuoteRow[] | null;
  /** Position in quoteOrder under the cursor. */
  readonly cursor: number;
  /** First row shown. */
  readonly top: number;
  readonly height: number;
  readonly focused: boolean;
  /** The quote marked in the reader (a position in quoteOrder), if any. */
  readonly marked: number | null;
  readonly theme: Theme;
}

/** `“text”  — Speaker (cue)`, full quotations first, then partial ones under their own heading. */
export function Quotes({ rows, cursor, top, height, focused, marked, theme }: QuotesProps) {
  if (rows === null) return <Text {...theme.dim}>finding quotes…</Text>;
  if (!rows.length) return <Text {...theme.dim}>no quotes found</Text>;
  // One string per row: a row of nested <Text> elements costs several times more to draw.
  const lines = rows.slice(top, top + height).map((row) => {
    if (row.kind === 'heading') return paint(row.text, theme.heading);
    const here = row.item === cursor;
    const bar = paint(here ? (focused ? '▌ ' : '│ ') : row.item === marked ? '• ' : '  ', theme.accent);
    if (row.kind === 'text') return bar + paint(row.text, here && focused ? { ...theme.quote, ...theme.cursor } : theme.quote);
    const lead = row.wrapped ? (row.continued ? '' : '— ') : '  — ';
    return `${bar}${lead}${paint(row.speaker ?? 'unknown speaker', theme.speaker)}${row.cue ? paint(`${row.speaker ? ' ' : ''}(${row.cue})`, theme.dim) : ''}`;
  });
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => <Text key={top + i} wrap="truncate-end">{line}</Text>)}
    </Box>
  );
}
