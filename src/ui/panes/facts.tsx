import { Box, Text } from 'ink';
import type { FactRow } from '../../core/reader/pane-rows.js';
import { paint } from '../paint.js';
import type { Theme } from '../theme.js';

/** Props of the facts pane. */
export interface FactsProps {
  /** Rows from factRows(), or null while the article is being analysed. */
  readonly rows: readonly FactRow[] | null;
  /** Item under the cursor. */
  readonly cursor: number;
  /** First row shown. */
  readonly top: number;
  readonly height: number;
  readonly focused: boolean;
  readonly theme: Theme;
}

/** Figures, money and dates with a few words of context, people, organisations and places, each with its mention count. */
export function Facts({ rows, cursor, top, height, focused, theme }: FactsProps) {
  if (rows === null) return <Text {...theme.dim}>finding facts…</Text>;
  if (!rows.length) return <Text {...theme.dim}>no figures or names found</Text>;
  // One string per row: a row of nested <Text> elements costs several times more to draw.
  const lines = rows.slice(top, top + height).map((row) => {
    if (row.kind === 'heading') return paint(row.text, theme.heading) + paint(` (${row.count})`, theme.dim);
    const here = row.item === cursor;
    return paint(here ? (focused ? '▌ ' : '│ ') : '  ', theme.accent)
      + paint(row.text.slice(0, row.labelEnd), here && focused ? theme.cursor : {})
      + paint(row.text.slice(row.labelEnd), here && focused ? theme.cursor : theme.dim)
      + paint(row.last && row.fact.mentions > 1 ? `  ×${row.fact.mentions}` : '', theme.dim);
  });
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => <Text key={top + i} wrap="truncate-end">{line}</Text>)}
    </Box>
  );
}
