import { Box, Text } from 'ink';
import type { QuoteRow } from '../../core/pane-rows.js';
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
  return (
    <Box flexDirection="column">
      {rows.slice(top, top + height).map((row, i) => {
        const key = top + i;
        if (row.kind === 'heading') return <Text key={key} wrap="truncate-end" {...theme.heading}>{row.text}</Text>;
        const here = row.item === cursor;
        const bar = here ? (focused ? '▌ ' : '│ ') : row.item === marked ? '• ' : '  ';
        if (row.kind === 'text') {
          return (
            <Text key={key} wrap="truncate-end">
              <Text {...theme.accent}>{bar}</Text>
              <Text {...theme.quote} {...(here && focused ? theme.cursor : {})}>{row.text}</Text>
            </Text>
          );
        }
        return (
          <Text key={key} wrap="truncate-end">
            <Text {...theme.accent}>{bar}</Text>
            <Text>{'  — '}</Text>
            <Text {...theme.speaker}>{row.speaker ?? 'unknown speaker'}</Text>
            {row.cue ? <Text {...theme.dim}>{` (${row.cue})`}</Text> : null}
          </Text>
        );
      })}
    </Box>
  );
}
