import { Box, Text } from 'ink';
import { displayWidth } from '../../core/reader/wrap-text.js';
import type { HelpSection } from '../keymap.js';
import { paint } from '../paint.js';
import type { Theme } from '../theme.js';

/** Props of the help overlay. */
export interface HelpProps {
  /** Sections generated from the key table: the normal keys, then the search box's and the menu's. */
  readonly sections: readonly HelpSection[];
  readonly width: number;
  readonly height: number;
  readonly theme: Theme;
}

const SEPARATOR = ' · ';

/** The key table as help: the first section one key per row (two to a row when the height is short), the others as running lines. */
export function Help({ sections, width, height, theme }: HelpProps) {
  const [main, ...rest] = sections;
  if (!main) return null;
  const flow = rest.flatMap((section) => flowLines(section, width, theme));
  const pairs = main.rows.length + flow.length > height;
  const cell = pairs ? Math.floor(width / 2) : width;
  const pad = Math.min(Math.max(...main.rows.map((r) => r.keys.length)) + 2, Math.floor(cell / 2));
  const cells = main.rows.map((r) => paint(r.keys.padEnd(pad), theme.accent) + r.does);
  const rows: string[] = [];
  const step = pairs ? 2 : 1;
  for (let i = 0; i < cells.length; i += step) {
    // Two cells share a row: the first is cut to its half (its text is plain after the keys).
    rows.push(pairs && cells[i + 1] !== undefined ? fitCell(main.rows[i]!, pad, cell, theme) + cells[i + 1]! : cells[i]!);
  }
  return (
    <Box flexDirection="column" width={width}>
      {[...rows, ...flow].slice(0, Math.max(1, height)).map((line, i) => <Text key={i} wrap="truncate-end">{line}</Text>)}
    </Box>
  );
}

function fitCell(row: HelpSection['rows'][number], pad: number, width: number, theme: Theme): string {
  const room = Math.max(1, width - pad - 1);
  const does = displayWidth(row.does) > room ? `${row.does.slice(0, Math.max(0, room - 1))}…` : row.does;
  return paint(row.keys.padEnd(pad), theme.accent) + does.padEnd(room + 1);
}

/** A section as running text: its title, then `keys does · keys does ...`, broken between entries. */
function flowLines(section: HelpSection, width: number, theme: Theme): string[] {
  const items = [
    { text: section.title, styled: paint(section.title, theme.heading) },
    ...section.rows.map((r) => ({ text: `${r.keys} ${r.does}`, styled: `${paint(r.keys, theme.accent)} ${r.does}` })),
  ];
  const lines: string[] = [];
  let line = '';
  let used = 0;
  items.forEach((item, i) => {
    const sep = i <= 1 ? ' ' : SEPARATOR;
    const w = displayWidth(item.text);
    if (used > 0 && used + sep.length + w > width) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += (used > 0 ? sep : '') + item.styled;
    used += (used > 0 ? sep.length : 0) + w;
  });
  if (line) lines.push(line);
  return lines;
}
