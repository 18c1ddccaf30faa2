// Where the panes go for a terminal size. Pure: the reducer uses it to size scrolling, the views to draw.

/** The four panes, in Tab order (keys 1-4). */
export const PANES = ['list', 'reader', 'quotes', 'facts'] as const;
/** One of the four panes. */
export type PaneId = (typeof PANES)[number];

/** Terminal size in character cells. */
export interface Size {
  readonly columns: number;
  readonly rows: number;
}

/** Below this the reader shows only "terminal too small". */
export const MIN_SIZE: Size = { columns: 40, rows: 12 };
/** From this width all four panes show at once. */
export const WIDE_COLUMNS = 120;
/** From this width the list and the reader show side by side, quotes and facts as tabs on the right. */
export const MEDIUM_COLUMNS = 80;
/** Below this height only one pane shows, whatever the width. */
export const SHORT_ROWS = 20;

/** A pane's outer box. */
export interface PaneBox {
  readonly pane: PaneId;
  readonly width: number;
  readonly height: number;
}

/** One column of panes, stacked. */
export interface Column {
  readonly width: number;
  readonly panes: readonly PaneBox[];
}

/** How the screen is divided. */
export type Layout =
  | { readonly kind: 'too-small'; readonly size: Size }
  | {
      readonly kind: 'wide' | 'medium' | 'single';
      readonly size: Size;
      /** Rows between the header and the footer (the frame stays one row short of the terminal). */
      readonly bodyHeight: number;
      /** Whether a tab bar row sits above the columns (single-pane layout). */
      readonly tabBar: boolean;
      readonly columns: readonly Column[];
    };

/** Rows taken by the header and the footer, plus the row left free so Ink never clears the screen. */
const CHROME_ROWS = 3;
/** Border (2) and the title row inside each pane. */
const PANE_CHROME_ROWS = 3;
/** Border (2) and one column of padding each side: panels (search, help) and the reader, whose text reads better off the border. */
const PADDED_CHROME_COLUMNS = 4;
/** Border and one column on the right: the list, quotes and facts start each row with a mark column of their own. */
const PANE_CHROME_COLUMNS = 3;

/** Whether a pane keeps a column of padding inside its border. */
export function isPadded(pane: PaneId): boolean {
  return pane === 'reader';
}

/** Lays out the panes; `rightTab` is the pane the right column shows in the medium layout. */
export function computeLayout(size: Size, focus: PaneId, rightTab: 'quotes' | 'facts'): Layout {
  const { columns, rows } = size;
  if (columns < MIN_SIZE.columns || rows < MIN_SIZE.rows) return { kind: 'too-small', size };
  const bodyHeight = rows - CHROME_ROWS;
  if (columns < MEDIUM_COLUMNS || rows < SHORT_ROWS) {
    return { kind: 'single', size, bodyHeight, tabBar: true, columns: [{ width: columns, panes: [{ pane: focus, width: columns, height: bodyHeight - 1 }] }] };
  }
  if (columns < WIDE_COLUMNS) {
    // At 80 columns: a list of 26 (titles on two lines of 21), a reader of 35, quotes and facts in 19.
    const list = Math.round(columns * 0.325);
    const right = Math.round(columns * 0.2375);
    const reader = columns - list - right;
    return {
      kind: 'medium', size, bodyHeight, tabBar: false,
      columns: [
        { width: list, panes: [{ pane: 'list', width: list, height: bodyHeight }] },
        { width: reader, panes: [{ pane: 'reader', width: reader, height: bodyHeight }] },
        { width: right, panes: [{ pane: rightTab, width: right, height: bodyHeight }] },
      ],
    };
  }
  // At 120 columns: a list of 36 (most titles on one line, all the details), a reader of 50, quotes and facts in 34.
  const list = Math.floor(columns * 0.3);
  const right = Math.floor(columns * 0.285);
  const reader = columns - list - right;
  const quotes = Math.ceil(bodyHeight / 2);
  return {
    kind: 'wide', size, bodyHeight, tabBar: false,
    columns: [
      { width: list, panes: [{ pane: 'list', width: list, height: bodyHeight }] },
      { width: reader, panes: [{ pane: 'reader', width: reader, height: bodyHeight }] },
      { width: right, panes: [{ pane: 'quotes', width: right, height: quotes }, { pane: 'facts', width: right, height: bodyHeight - quotes }] },
    ],
  };
}

/** Text area of a pane (inside the border, padding and title row). */
export interface PaneInner {
  readonly width: number;
  readonly height: number;
}

/** The inner size a pane has when shown (in the single layout every pane takes the whole body). */
export function paneInner(layout: Layout, pane: PaneId): PaneInner {
  if (layout.kind === 'too-small') return { width: 1, height: 1 };
  let box: PaneBox | undefined;
  for (const column of layout.columns) for (const b of column.panes) if (b.pane === pane) box = b;
  if (!box && layout.kind === 'medium') box = layout.columns[2]!.panes[0]; // the other right-column tab
  box ??= layout.columns[0]!.panes[0]!; // single layout: same box for every pane
  const chrome = isPadded(pane) ? PADDED_CHROME_COLUMNS : PANE_CHROME_COLUMNS;
  return { width: Math.max(1, box.width - chrome), height: Math.max(1, box.height - PANE_CHROME_ROWS) };
}

/** Inner size of a panel that takes the whole body (search, help). */
export function bodyInner(layout: Layout): PaneInner {
  if (layout.kind === 'too-small') return { width: 1, height: 1 };
  return { width: Math.max(1, layout.size.columns - PADDED_CHROME_COLUMNS), height: Math.max(1, layout.bodyHeight - PANE_CHROME_ROWS) };
}
