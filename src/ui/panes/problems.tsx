import { Box, Text } from 'ink';
import type { LoadError } from '../../core/article.js';
import { groupDigits } from '../../core/group-digits.js';
import { sanitizeForTerminal } from '../../core/sanitize.js';
import { displayWidth } from '../../core/reader/wrap-text.js';
import { paint } from '../paint.js';
import type { Theme } from '../theme.js';

/** Props of the problems list. */
export interface ProblemsProps {
  /** Files not loaded, then articles not analysed. */
  readonly problems: readonly LoadError[];
  /** First row shown. */
  readonly top: number;
  /** Rows of problems shown at once (the view adds a heading and a position line). */
  readonly rows: number;
  readonly width: number;
  readonly theme: Theme;
}

/** Every file the reader could not show whole, one to a row, with why. */
export function Problems({ problems, top, rows, width, theme }: ProblemsProps) {
  const shown = problems.slice(top, top + rows);
  const last = top + shown.length;
  const heading = `${groupDigits(problems.length)} ${problems.length === 1 ? 'problem' : 'problems'} with the input`;
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end">{paint(heading, theme.heading)}</Text>
      {shown.map((p, i) => {
        // File names can carry control characters too. The reason stays whole; a long path loses its start.
        const message = `: ${sanitizeForTerminal(p.message)}`;
        const path = keepEnd(sanitizeForTerminal(p.path), Math.max(12, width - displayWidth(message)));
        return <Text key={top + i} wrap="truncate-end">{paint(path, theme.accent) + message}</Text>;
      })}
      <Text wrap="truncate-end">{paint(`${groupDigits(top + 1)}-${groupDigits(last)} of ${groupDigits(problems.length)} · q quits and prints them`, theme.dim)}</Text>
    </Box>
  );
}

/** The end of `text` in at most `width` columns, with `…` where its start was cut. */
function keepEnd(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  let used = 1;
  let from = chars.length;
  while (from > 0 && used + displayWidth(chars[from - 1]!) <= width) used += displayWidth(chars[--from]!);
  return `…${chars.slice(from).join('')}`;
}
