import { Box, Text } from 'ink';
import { cutToWidth } from '../../core/reader/list-entries.js';
import { displayWidth, wrapText } from '../../core/reader/wrap-text.js';
import type { HelpSection } from '../keymap.js';
import { paint } from '../paint.js';
import type { Theme } from '../theme.js';

/** Props of the help overlay. */
export interface HelpProps {
  /** Sections generated from the key table: the normal keys, then the search box's, the menu's, the errors list's. */
  readonly sections: readonly HelpSection[];
  readonly width: number;
  readonly height: number;
  /** First line shown (help scrolls when it does not fit). */
  readonly top: number;
  readonly theme: Theme;
}

/** One line of help: what it says, and how it is styled. */
interface HelpLine {
  readonly text: string;
  readonly styled: string;
}

/** Widest keys column; longer keys take a line of their own. */
const MAX_KEYS_COLUMN = 24;

/** The help as lines at a width: each key on its own row, keys in a column, what they do wrapped beside them. */
export function helpLines(sections: readonly HelpSection[], width: number, theme: Theme): readonly HelpLine[] {
  const lines: HelpLine[] = [];
  const keysWidth = Math.min(MAX_KEYS_COLUMN, Math.max(8, Math.floor(width * 0.35)));
  const doesWidth = Math.max(8, width - keysWidth - 1);
  sections.forEach((section, i) => {
    if (i > 0) lines.push({ text: '', styled: '' });
    const title = cutToWidth(section.title, width);
    lines.push({ text: title, styled: paint(title, theme.heading) });
    for (const row of section.rows) {
      const does = wrapText(row.does, doesWidth).map((l) => row.does.slice(l.start, l.end));
      const keysFit = displayWidth(row.keys) <= keysWidth;
      if (!keysFit) {
        const keys = cutToWidth(row.keys, width);
        lines.push({ text: keys, styled: paint(keys, theme.accent) });
      }
      does.forEach((part, k) => {
        const keys = keysFit && k === 0 ? row.keys : '';
        const pad = ' '.repeat(keysWidth - displayWidth(keys) + 1);
        lines.push({ text: keys + pad + part, styled: paint(keys, theme.accent) + pad + part });
      });
    }
  });
  return lines;
}

/** The key table as help, one key a row; it scrolls when taller than the screen, and says so. */
export function Help({ sections, width, height, top, theme }: HelpProps) {
  const lines = helpLines(sections, width, theme);
  const fits = lines.length <= height;
  const rows = fits ? height : Math.max(1, height - 1);
  const start = Math.max(0, Math.min(top, lines.length - rows));
  const shown = lines.slice(start, start + rows);
  return (
    <Box flexDirection="column" width={width}>
      {shown.map((line, i) => <Text key={i} wrap="truncate-end">{line.styled || ' '}</Text>)}
      {fits ? null : (
        <Text wrap="truncate-end" {...theme.dim}>{`${start + 1}-${start + shown.length} of ${lines.length} · j/k, Space/b scroll · any other key closes`}</Text>
      )}
    </Box>
  );
}
