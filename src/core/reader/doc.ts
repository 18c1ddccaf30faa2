// An article laid out for the reader pane at one width: a header block, then one block per
// paragraph. Paragraphs are wrapped lazily and remembered, so scrolling a long article stays cheap.
import type { Article } from '../article.js';
import { sanitizeForTerminal } from '../sanitize.js';
import { wrapText, type LineSpan } from './wrap-text.js';
import { groupDigits } from '../group-digits.js';

/** What a header line shows. */
export type HeaderLineKind = 'title' | 'byline' | 'meta';

/** One line of the article header. */
export interface HeaderLine {
  readonly kind: HeaderLineKind;
  readonly text: string;
  /** Offset of the line in the text it was wrapped from (the title, for title lines). */
  readonly start: number;
}

/** The article at one width. Block 0 is the header; block `p + 1` is paragraph `p`. */
export interface ReaderDoc {
  /** Columns before the paragraph text: a cursor mark, the paragraph number, a space. */
  readonly gutter: number;
  /** Columns for paragraph text. */
  readonly textWidth: number;
  /** Header lines (title, byline, section and length). */
  readonly header: readonly HeaderLine[];
  /** Number of blocks: the header plus the paragraphs. */
  readonly blocks: number;
  /** Paragraph text, made safe for the terminal (same offsets as the article's). */
  paragraph(p: number): string;
  /** Wrapped lines of paragraph `p`. */
  lines(p: number): readonly LineSpan[];
  /** Rows block `b` takes, counting the blank row after it (all but the last block). */
  height(b: number): number;
  /** Rows of block `b` without that blank row. */
  contentHeight(b: number): number;
}

const docs = new WeakMap<Article, Map<number, ReaderDoc>>();

/** Section, words and reading time, as the header and the list show them. */
export function articleMeta(article: Article): string {
  return [article.section, `${groupDigits(article.words)} words`, `${article.readingMinutes} min`].filter(Boolean).join(' · ');
}

const runningLengths = new WeakMap<Article, Float64Array>();

/** Characters in paragraphs 0 to `p` of the article (a running total, summed once per article: the view asks every frame). */
export function textUpTo(article: Article, p: number): number {
  let sums = runningLengths.get(article);
  if (!sums) {
    sums = new Float64Array(article.paragraphs.length);
    let total = 0;
    for (let i = 0; i < sums.length; i++) {
      total += article.paragraphs[i]!.length;
      sums[i] = total;
    }
    runningLengths.set(article, sums);
  }
  return p < 0 ? 0 : sums[Math.min(p, sums.length - 1)] ?? 0;
}

/** The layout of `article` at `width` columns (memoised per article and width). */
export function readerDoc(article: Article, width: number): ReaderDoc {
  let byWidth = docs.get(article);
  if (!byWidth) docs.set(article, (byWidth = new Map()));
  let doc = byWidth.get(width);
  if (!doc) byWidth.set(width, (doc = buildDoc(article, width)));
  return doc;
}

function buildDoc(article: Article, width: number): ReaderDoc {
  const n = article.paragraphs.length;
  const gutter = String(Math.max(1, n)).length + 2;
  const textWidth = Math.max(1, width - gutter);
  const header: HeaderLine[] = [];
  const addWrapped = (kind: HeaderLineKind, raw: string) => {
    const text = sanitizeForTerminal(raw);
    for (const l of wrapText(text, width)) header.push({ kind, text: text.slice(l.start, l.end), start: l.start });
  };
  addWrapped('title', article.title);
  if (article.byline) addWrapped('byline', article.byline);
  addWrapped('meta', articleMeta(article));
  const texts: (string | undefined)[] = new Array(n);
  const wrapped: (readonly LineSpan[] | undefined)[] = new Array(n);
  const paragraph = (p: number) => (texts[p] ??= sanitizeForTerminal(article.paragraphs[p] ?? ''));
  const lines = (p: number) => (wrapped[p] ??= wrapText(paragraph(p), textWidth));
  const contentHeight = (b: number) => (b === 0 ? header.length : lines(b - 1).length);
  return {
    gutter, textWidth, header, blocks: n + 1, paragraph, lines, contentHeight,
    height: (b) => contentHeight(b) + (b < n ? 1 : 0),
  };
}
