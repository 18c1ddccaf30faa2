import { Box, Text } from 'ink';
import type { FactRow } from '../../core/pane-rows.js';
import { sanitizeForTerminal } from '../../core/sanitize.js';
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

/** Figures, money, dates, people, organisations and places, each with its mention count. */
export function Facts({ rows, cursor, top, height, focused, theme }: FactsProps) {
  if (rows === null) return <Text {...theme.dim}>finding facts…</Text>;
  if (!rows.length) return <Text {...theme.dim}>no figures or names found</Text>;
  return (
    <Box flexDirection="column">
      {rows.slice(top, top + height).map((row, i) => {
        const key = top + i;
        if (row.kind === 'heading') {
          return (
            <Text key={key} wrap="truncate-end">
              <Text {...theme.heading}>{row.text}</Text>
              <Text {...theme.dim}>{` (${row.count})`}</Text>
            </Text>
          );
        }
        const here = row.item === cursor;
        return (
          <Text key={key} wrap="truncate-end">
            <Text {...theme.accent}>{here ? (focused ? '▌ ' : '│ ') : '  '}</Text>
            <Text {...(here && focused ? theme.cursor : {})}>{sanitizeForTerminal(row.fact.label)}</Text>
            <Text {...theme.dim}>{row.fact.mentions > 1 ? `  ×${row.fact.mentions}` : ''}</Text>
          </Text>
        );
      })}
    </Box>
  );
}
