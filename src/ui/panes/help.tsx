import { Box, Text } from 'ink';
import type { Theme } from '../theme.js';

/** One section of help: a title and its key rows. */
export interface HelpSection {
  readonly title: string;
  readonly rows: readonly { readonly keys: string; readonly does: string }[];
}

/** Props of the help overlay. */
export interface HelpProps {
  /** Sections generated from the key table: the normal keys, then the search box's. */
  readonly sections: readonly HelpSection[];
  readonly width: number;
  readonly height: number;
  readonly theme: Theme;
}

/** The key table as help: the first section one key per row, the others in two columns to fit 80x24. */
export function Help({ sections, width, theme }: HelpProps) {
  const [main, ...rest] = sections;
  if (!main) return null;
  const pad = (rows: HelpSection['rows']) => Math.max(...rows.map((r) => r.keys.length)) + 2;
  const mainPad = pad(main.rows);
  return (
    <Box flexDirection="column" width={width}>
      {main.rows.map((r) => (
        <Text key={r.keys + r.does} wrap="truncate-end">
          <Text {...theme.accent}>{r.keys.padEnd(mainPad)}</Text>
          <Text>{r.does}</Text>
        </Text>
      ))}
      {rest.map((section) => {
        const half = Math.floor(width / 2);
        const cellPad = pad(section.rows) - 1;
        const pairs: (typeof section.rows)[] = [];
        for (let i = 0; i < section.rows.length; i += 2) pairs.push(section.rows.slice(i, i + 2));
        return (
          <Box key={section.title} flexDirection="column">
            <Text {...theme.heading} wrap="truncate-end">{section.title}</Text>
            {pairs.map((pair) => (
              <Box key={pair[0]!.keys}>
                {pair.map((r) => (
                  <Box key={r.keys} width={half} paddingRight={1}>
                    <Text wrap="truncate-end">
                      <Text {...theme.accent}>{r.keys.padEnd(cellPad)}</Text>
                      <Text>{r.does}</Text>
                    </Text>
                  </Box>
                ))}
              </Box>
            ))}
          </Box>
        );
      })}
    </Box>
  );
}
