// Where you were in an article, kept as a paragraph and a character offset rather than a screen
// row, so the same words come back at the top at any width.
import type { Article } from '../article.js';
import { anchorOf } from '../state/article-key.js';
import type { Place } from '../state/reading-state.js';
import type { ReaderDoc } from './doc.js';
import { lineOf } from './reading.js';
import { clampTop, TOP, type ScrollPos } from './scroll.js';

/** The place a top of the view stands for (the header counts as the start). */
export function placeOf(article: Article, doc: ReaderDoc, top: ScrollPos): Place {
  if (top.block === 0) return { paragraph: 0, offset: 0, anchor: anchorOf(article.paragraphs[0] ?? '') };
  const p = top.block - 1;
  const lines = doc.lines(p);
  // On the blank row after a paragraph (where G leaves the view): the place is the next one's start.
  if (top.line >= lines.length && p + 1 < article.paragraphs.length) return { paragraph: p + 1, offset: 0, anchor: anchorOf(article.paragraphs[p + 1] ?? '') };
  const offset = lines[Math.min(top.line, lines.length - 1)]?.start ?? 0;
  return { paragraph: p, offset, anchor: anchorOf(article.paragraphs[p] ?? '') };
}

/** The top of the view that shows a place (the start of the article shows its header). */
export function topOf(doc: ReaderDoc, place: Place, view: number): ScrollPos {
  const last = doc.blocks - 2;
  if (last < 0 || (place.paragraph <= 0 && place.offset <= 0)) return TOP;
  const p = Math.min(place.paragraph, last);
  return clampTop(doc, { block: p + 1, line: lineOf(doc, p, place.offset) }, view);
}
