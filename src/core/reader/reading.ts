// Reading as in less and vim: the reader scrolls by display line, half page and page, steps to
// paragraph starts, and a jump shows its target a few lines below the top. The paragraph cursor
// follows what is on screen, so every line of every paragraph can be reached.
import type { Article } from '../article.js';
import { textUpTo, type ReaderDoc } from './doc.js';
import { advance, clampTop, firstVisibleBlock, maxTop, TOP, type ScrollPos } from './scroll.js';
import { currentDoc } from './selectors.js';
import type { State } from './state.js';

/** Rows a jump leaves above its target, so it is read in its context. */
const LEAD_ROWS = 2;

const same = (a: ScrollPos, b: ScrollPos) => a.block === b.block && a.line === b.line;
const before = (a: ScrollPos, b: ScrollPos) => a.block < b.block || (a.block === b.block && a.line < b.line);

/** True when the document's last line is on screen at this top. */
export function atEnd(doc: ReaderDoc, top: ScrollPos, view: number): boolean {
  return !before(top, maxTop(doc, view));
}

/** The paragraph whose text shows first at this top (0 while the header shows). */
export function paragraphAt(doc: ReaderDoc, top: ScrollPos): number {
  return Math.max(0, Math.min(doc.blocks - 2, firstVisibleBlock(doc, top) - 1));
}

/**
 * Scrolls the reader by `rows` display lines (negative for up). The cursor follows the first
 * paragraph on screen; at either end, where the view cannot move, nothing changes (as in less).
 */
export function scrollReader(s: State, rows: number): State {
  const at = currentDoc(s);
  if (!at || rows === 0) return s;
  const { doc, view } = at;
  const top = clampTop(doc, advance(doc, s.reader.top, rows), view);
  if (same(top, s.reader.top)) return s;
  return { ...s, reader: { ...s.reader, cursor: paragraphAt(doc, top), top } };
}

/** Rows in a page (one row of the last page stays in view) and in half a page. */
export function pageRows(view: number, half = false): number {
  return Math.max(1, half ? Math.floor(view / 2) : view - 1);
}

/** `{` and `}`: the start of the previous or next paragraph at the top of the view (on the last page, the cursor moves). */
export function stepParagraph(s: State, dir: 1 | -1): State {
  const at = currentDoc(s);
  if (!at) return s;
  const { doc, view } = at;
  const atTop = paragraphAt(doc, s.reader.top);
  // On the last page the view cannot move, so the cursor walks on through the paragraphs shown:
  // each can then be bookmarked, and the position reaches the last.
  const below = s.reader.cursor > atTop && atEnd(doc, s.reader.top, view);
  const here = below ? s.reader.cursor : atTop;
  // `{` inside a paragraph goes to its own start first, as vim does.
  const startOfHere = below || (s.reader.top.block === here + 1 && s.reader.top.line === 0);
  const to = dir === 1 ? here + 1 : startOfHere || s.reader.top.block === 0 ? here - 1 : here;
  const last = Math.max(0, doc.blocks - 2);
  if (to < 0) return { ...s, reader: { ...s.reader, cursor: 0, top: TOP } };
  const cursor = Math.min(last, to);
  const top = clampTop(doc, { block: cursor + 1, line: 0 }, view);
  return { ...s, reader: { ...s.reader, cursor, top } };
}

/** Where a target starts and ends: paragraphs and offsets into them. */
export interface Target {
  readonly paragraph: number;
  readonly start: number;
  readonly endParagraph: number;
  readonly end: number;
}

/**
 * Shows a target (a quote, a fact, a hit): its first line a few rows below the top, and all of it
 * when it fits. The cursor goes to its paragraph.
 */
export function showTarget(s: State, target: Target): State {
  const at = currentDoc(s);
  if (!at) return s;
  const { doc, view } = at;
  const last = Math.max(0, doc.blocks - 2);
  const p = Math.max(0, Math.min(last, target.paragraph));
  const q = Math.max(p, Math.min(last, target.endParagraph));
  const first: ScrollPos = { block: p + 1, line: lineOf(doc, p, target.start) };
  const final: ScrollPos = { block: q + 1, line: lineOf(doc, q, Math.max(0, target.end - 1)) };
  let top = advance(doc, first, -Math.min(LEAD_ROWS, Math.floor((view - 1) / 3)));
  // Its last line below the view: move down as far as its first line allows.
  const lowest = advance(doc, final, -(view - 1));
  if (before(top, lowest)) top = before(first, lowest) ? first : lowest;
  top = clampTop(doc, top, view);
  return { ...s, reader: { ...s.reader, cursor: p, top } };
}

/** The wrapped line of paragraph `p` that holds `offset`. */
export function lineOf(doc: ReaderDoc, p: number, offset: number): number {
  const lines = doc.lines(p);
  let k = 0;
  while (k < lines.length - 1 && lines[k + 1]!.start <= offset) k++;
  return k;
}

/**
 * `¶ 4/13 · 31%`: the cursor paragraph and how much of the text lies above the bottom of the view;
 * 100% only when the last line is on screen.
 */
export function readerPosition(article: Article, doc: ReaderDoc, cursor: number, top: ScrollPos, view: number): string {
  const n = article.paragraphs.length;
  if (!n) return 'empty';
  if (atEnd(doc, top, view)) return `¶ ${cursor + 1}/${n} · 100%`;
  const bottom = advance(doc, top, view - 1);
  let seen = 0;
  if (bottom.block > 0) {
    const p = bottom.block - 1;
    const lines = doc.lines(p);
    const line = Math.min(bottom.line, lines.length - 1);
    seen = textUpTo(article, p - 1) + (lines[line]?.end ?? 0);
  }
  const total = Math.max(1, textUpTo(article, n - 1));
  return `¶ ${cursor + 1}/${n} · ${Math.min(99, Math.floor((seen / total) * 100))}%`;
}

/**
 * The reader's place kept across a change of its width (a resize, the list narrowing while reading):
 * the first line shown is found again by its character offset, so the same words stay at the top.
 */
export function keepPlace(from: State, to: State): State {
  const was = currentDoc(from);
  const now = currentDoc(to);
  if (!was || !now || from.current !== to.current || (was.doc === now.doc && was.view === now.view)) return to;
  const { block, line } = to.reader.top;
  if (block === 0) return { ...to, reader: { ...to.reader, top: clampTop(now.doc, { block: 0, line: Math.min(line, now.doc.contentHeight(0) - 1) }, now.view) } };
  const p = block - 1;
  const offset = was.doc.lines(p)[Math.min(line, was.doc.contentHeight(block) - 1)]?.start ?? 0;
  const top = clampTop(now.doc, { block, line: line >= was.doc.contentHeight(block) ? now.doc.contentHeight(block) : lineOf(now.doc, p, offset) }, now.view);
  return { ...to, reader: { ...to.reader, top } };
}
