import { Box, Text } from 'ink';
import type { Theme } from '../theme.js';

/** Props of the help overlay. */
export interface HelpProps {
  /** Sections generated from the key table. */
  readonly sections: readonly { readonly title: string; readonly rows: readonly { readonly keys: string; readonly does: string }[] }[];
  readonly width: number;
  readonly height: number;
  readonly theme: Theme;
}

/** The key table as help; two columns of sections when one would not fit. */
export function Help({ sections, width, height, theme }: HelpProps) {
  const keysWidth = Math.max(...sections.flatMap((s) => s.rows.map((r) => r.keys.length))) + 2;
  const tall = sections.reduce((n, s) => n + s.rows.length + 2, 0) > height;
  const columnWidth = tall ? Math.floor(width / sections.length) - 1 : width;
  return (
    <Box flexDirection={tall ? 'row' : 'column'} gap={tall ? 2 : 0}>
      {sections.map((section) => (
        <Box key={section.title} flexDirection="column" width={columnWidth} marginBottom={tall ? 0 : 1}>
          <Text {...theme.heading}>{section.title}</Text>
          {section.rows.map((r) => (
            <Text key={r.keys + r.does} wrap="truncate-end">
              <Text {...theme.accent}>{r.keys.padEnd(Math.min(keysWidth, Math.max(8, columnWidth >> 2) + 8))}</Text>
              <Text>{r.does}</Text>
            </Text>
          ))}
        </Box>
      ))}
    </Box>
  );
}
