// Named styles for the views. Without colour (NO_COLOR, --no-color) every style falls back to an
// attribute (bold, italic, inverse, underline) so that nothing depends on colour alone.
import type { TextProps } from 'ink';

/** Ink text props for each thing the reader styles. */
export interface Theme {
  readonly color: boolean;
  /** Border colour of the focused pane (undefined: the terminal's default). */
  readonly focusBorder: string | undefined;
  /** Border colour of the other panes. */
  readonly border: string | undefined;
  readonly title: TextProps;
  /** A title in the list already read (unread ones use \`title\`, bold). */
  readonly readTitle: TextProps;
  readonly focusTitle: TextProps;
  readonly dim: TextProps;
  readonly quote: TextProps;
  readonly speaker: TextProps;
  readonly hit: TextProps;
  /** The hit n/N went to, distinct from the others. */
  readonly currentHit: TextProps;
  readonly marked: TextProps;
  /** The row under a list cursor. */
  readonly cursor: TextProps;
  /** The row under a list cursor when its pane is not focused. */
  readonly cursorIdle: TextProps;
  /** The reader's cursor bar in the gutter. */
  readonly gutterMark: TextProps;
  readonly heading: TextProps;
  readonly error: TextProps;
  readonly accent: TextProps;
}

/** The theme for a terminal with or without colour. */
export function makeTheme(color: boolean): Theme {
  if (!color) {
    return {
      color, focusBorder: undefined, border: undefined,
      title: { bold: true }, readTitle: {}, focusTitle: { bold: true, inverse: true }, dim: { dimColor: true },
      quote: { italic: true }, speaker: { bold: true }, hit: { inverse: true }, currentHit: { inverse: true, bold: true, underline: true }, marked: { underline: true },
      cursor: { inverse: true }, cursorIdle: { bold: true }, gutterMark: { bold: true },
      heading: { bold: true, underline: true }, error: { bold: true }, accent: { bold: true },
    };
  }
  return {
    color, focusBorder: 'cyan', border: 'gray',
    title: { bold: true }, readTitle: {}, focusTitle: { bold: true, color: 'cyan' }, dim: { color: 'gray' },
    quote: { color: 'yellow' }, speaker: { bold: true, color: 'magenta' }, hit: { backgroundColor: 'yellow', color: 'black' },
    currentHit: { backgroundColor: 'cyan', color: 'black', bold: true, underline: true },
    marked: { underline: true, bold: true }, cursor: { inverse: true }, cursorIdle: { bold: true, color: 'cyan' },
    gutterMark: { color: 'cyan', bold: true }, heading: { bold: true, color: 'green' }, error: { color: 'red', bold: true },
    accent: { color: 'cyan' },
  };
}
