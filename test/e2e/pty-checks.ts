// What a valid frame looks like on a pty screen, and waiting (bounded) until a screen passes a check.
import stringWidth from 'string-width';
import type { PtyReader } from './pty-terminal.js';
import { WAIT_MS } from './pty-terminal.js';

/** Why a screen is not a valid reader frame, or null when it is one. */
export function frameProblem(screen: readonly string[], columns: number, rows: number): string | null {
  // The pty helper reads as many rows as the terminal started with: start at the largest size a test uses.
  if (screen.length < rows) return `only ${screen.length} screen rows can be read, expected ${rows}`;
  const lines = screen.slice(0, rows);
  const wide = lines.findIndex((line) => stringWidth(line) > columns);
  if (wide >= 0) return `row ${wide} is wider than ${columns} columns`;
  // One row short of the terminal: taller frames scroll, and Ink then clears the screen every frame.
  if (lines[rows - 1] !== '') return `the last row is not free: ${JSON.stringify(lines[rows - 1])}`;
  // "Too small" wraps within the width, so it shows whole however narrow the terminal.
  if (lines[0]!.startsWith('Terminal too small')) return /q to quit\./.test(lines.join(' ').replace(/\s+/g, ' ')) ? null : 'the "too small" message is cut short';
  if (!lines[0]!.startsWith('reader · ')) return `the header scrolled away: ${JSON.stringify(lines[0])}`;
  if (!/^ (Articles|Reader|Quotes|Facts|Search|Help) /.test(lines[rows - 2]!)) return `no footer on row ${rows - 2}: ${JSON.stringify(lines[rows - 2])}`;
  // Every row between header and footer (but a tab bar) is boxes whose right border is the last column.
  for (let y = 1; y < rows - 2; y++) {
    const line = lines[y]!;
    if (/^ \d /.test(line)) continue; // the tab bar of the one-pane layout
    if (stringWidth(line) !== columns || !/[│║┐╗┘╝]$/.test(line)) return `row ${y} does not end on a border at column ${columns}: ${JSON.stringify(line)}`;
  }
  return null;
}

/** Resolves with the screen once `check` returns null for it; rejects with the last problem after `timeout`. */
export async function waitUntil(reader: PtyReader, check: (lines: string[]) => string | null, timeout = WAIT_MS): Promise<string[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    await reader.drawn(); // the screen has caught up with everything written so far
    const lines = reader.screen();
    const problem = check(lines);
    if (problem === null) return lines;
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`${problem}\nscreen:\n${lines.join('\n')}`);
    // Checked again each time the screen changes.
    await reader.changed(left);
  }
}

/** Waits until the screen is a valid frame for this size (and, if given, shows `text`). */
export function waitForValidFrame(reader: PtyReader, columns: number, rows: number, text?: string | RegExp): Promise<string[]> {
  return waitUntil(reader, (lines) => {
    const problem = frameProblem(lines, columns, rows);
    if (problem !== null || text === undefined) return problem;
    const screen = lines.join('\n');
    return (typeof text === 'string' ? screen.includes(text) : text.test(screen)) ? null : `the screen does not show ${String(text)}`;
  });
}
