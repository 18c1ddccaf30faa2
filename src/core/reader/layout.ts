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

/** Widest reader pane: its text stays within 80 columns, a measure the eye can follow. */
export const MAX_READER_WIDTH = 84;
/** Narrowest reader pane beside a side column (80 columns: 60 for the reader, 20 for the side). */
const MIN_READER_WIDTH = 60;

/**
 * Lays out the panes; `rightTab` is the pane the right column shows in the medium layout. With
 * `listless` (one article) the list takes no room and the reader and the right column share it.
 */
export function computeLayout(size: Size, focus: PaneId, rightTab: 'quotes' | 'facts', listless = false): Layout {
  const { columns, rows } = size;
  if (columns < MIN_SIZE.columns || rows < MIN_SIZE.rows) return { kind: 'too-small', size };
  const bodyHeight = rows - CHROME_ROWS;
  if (columns < MEDIUM_COLUMNS || rows < SHORT_ROWS) {
    return { kind: 'single', size, bodyHeight, tabBar: true, columns: [{ width: columns, panes: [{ pane: focus, width: columns, height: bodyHeight - 1 }] }] };
  }
  const column = (pane: PaneId, width: number): Column => ({ width, panes: [{ pane, width, height: bodyHeight }] });
  if (columns < WIDE_COLUMNS) {
    // While reading, the reader keeps at least 60 columns and the side column narrows to a strip;
    // while another pane has the focus the side takes 40% to show it. The side column shows the list,
    // or, while quotes or facts have the focus (or there is no list), those two as tabs on the right.
    const side = sideWidth(columns, focus);
    const reader = columns - side;
    const right = listless || focus === 'quotes' || focus === 'facts';
    return {
      kind: 'medium', size, bodyHeight, tabBar: false,
      columns: right ? [column('reader', reader), column(rightTab, side)] : [column('list', side), column('reader', reader)],
    };
  }
  // At 120 columns: a reader of 60 (as at 80 while reading), a list of 30, quotes and facts in 30;
  // past the widest reader the rest goes to the side columns. With no list, quotes and facts take it.
  const reader = listless ? Math.min(MAX_READER_WIDTH, columns - 34) : Math.min(MAX_READER_WIDTH, Math.max(MIN_READER_WIDTH, columns - 60));
  const list = listless ? 0 : Math.ceil((columns - reader) / 2);
  const right = columns - reader - list;
  const quotes = Math.ceil(bodyHeight / 2);
  const sides: Column = { width: right, panes: [{ pane: 'quotes', width: right, height: quotes }, { pane: 'facts', width: right, height: bodyHeight - quotes }] };
  return { kind: 'wide', size, bodyHeight, tabBar: false, columns: [...(listless ? [] : [column('list', list)]), column('reader', reader), sides] };
}

/** The side column of the medium layout: 40% while it has the focus; while reading, 20 to 40 columns, the reader keeping 60 or more. */
function sideWidth(columns: number, focus: PaneId): number {
  return focus === 'reader' ? Math.max(20, Math.min(40, columns - MIN_READER_WIDTH)) : Math.round(columns * 0.4);
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
  // Medium layout: a pane not shown now has the side column's reading width when it shows.
  if (!box && layout.kind === 'medium') box = { pane, width: sideWidth(layout.size.columns, pane), height: layout.bodyHeight };
  box ??= layout.columns[0]!.panes[0]!; // single layout: same box for every pane
  const chrome = isPadded(pane) ? PADDED_CHROME_COLUMNS : PANE_CHROME_COLUMNS;
  return { width: Math.max(1, box.width - chrome), height: Math.max(1, box.height - PANE_CHROME_ROWS) };
}

/** Inner size of a panel that takes the whole body (search, help). */
export function bodyInner(layout: Layout): PaneInner {
  if (layout.kind === 'too-small') return { width: 1, height: 1 };
  return { width: Math.max(1, layout.size.columns - PADDED_CHROME_COLUMNS), height: Math.max(1, layout.bodyHeight - PANE_CHROME_ROWS) };
}
