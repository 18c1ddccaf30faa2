// Scrolling over blocks of varying height (the reader's header and paragraphs), without laying out
// the whole article: every step walks only the blocks near the view.

/** The first visible row: a block and a row inside it. */
export interface ScrollPos {
  readonly block: number;
  readonly line: number;
}

/** Block heights, as the reader's document gives them. */
export interface Blocks {
  /** Number of blocks. */
  readonly blocks: number;
  /** Rows the block takes, counting the blank row after it. */
  height(b: number): number;
  /** Rows of the block's own text. */
  contentHeight(b: number): number;
}

/** The top of the document. */
export const TOP: ScrollPos = { block: 0, line: 0 };

const before = (a: ScrollPos, b: ScrollPos) => a.block < b.block || (a.block === b.block && a.line < b.line);

/** The lowest top that still fills the view (the last row at the bottom), or the top of a short document. */
export function maxTop(doc: Blocks, view: number): ScrollPos {
  let remaining = view;
  for (let b = doc.blocks - 1; b >= 0; b--) {
    const h = doc.height(b);
    if (h >= remaining) return { block: b, line: h - remaining };
    remaining -= h;
  }
  return TOP;
}

/** Keeps a top between the start of the document and maxTop. */
export function clampTop(doc: Blocks, top: ScrollPos, view: number): ScrollPos {
  const max = maxTop(doc, view);
  if (before(max, top)) return max;
  if (top.block < 0) return TOP;
  return { block: top.block, line: Math.max(0, Math.min(top.line, doc.height(top.block) - 1)) };
}

/** Moves a position by `rows` (negative for up), stopping at the document's ends. */
export function advance(doc: Blocks, pos: ScrollPos, rows: number): ScrollPos {
  let { block, line } = pos;
  line += rows;
  while (line < 0 && block > 0) line += doc.height(--block);
  if (line < 0) return TOP;
  while (block < doc.blocks - 1 && line >= doc.height(block)) line -= doc.height(block++);
  return { block, line: Math.min(line, doc.height(block) - 1) };
}

/** Rows from `from` down to `to` (to must not be above from), counting at most `limit`. */
function rowsBetween(doc: Blocks, from: ScrollPos, to: ScrollPos, limit: number): number {
  let rows = -from.line;
  for (let b = from.block; b < to.block && rows < limit; b++) rows += doc.height(b);
  return rows + to.line;
}

/** The smallest scroll that shows all of block `b` (or its start, if taller than the view). */
export function ensureVisible(doc: Blocks, top: ScrollPos, b: number, view: number): ScrollPos {
  const start = { block: b, line: 0 };
  if (before(start, top)) return start;
  const content = doc.contentHeight(b);
  const offset = rowsBetween(doc, top, start, view + 1);
  if (offset + content <= view) return top;
  if (content >= view) return start;
  return advance(doc, start, content - view);
}

/** The first block whose text shows at this top. */
export function firstVisibleBlock(doc: Blocks, top: ScrollPos): number {
  return top.line < doc.contentHeight(top.block) ? top.block : Math.min(doc.blocks - 1, top.block + 1);
}
