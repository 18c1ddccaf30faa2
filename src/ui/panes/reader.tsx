import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { Article } from '../../core/article.js';
import type { ReaderDoc } from '../../core/reader/doc.js';
import type { ScrollPos } from '../../core/reader/scroll.js';
import { segments, type paragraphMarks } from '../../core/reader/text-marks.js';
import type { Theme } from '../theme.js';
import { paint } from '../paint.js';
import { segmentStyle } from './styled-text.js';

/** Props of the reader. */
export interface ReaderProps {
  readonly article: Article | undefined;
  readonly doc: ReaderDoc | undefined;
  /** Paragraph under the cursor. */
  readonly cursor: number;
  readonly top: ScrollPos;
  /** Rows available for text. */
  readonly height: number;
  readonly focused: boolean;
  /** Styled ranges of paragraph p (quotes, speakers, hits, the marked quote). */
  readonly marksOf: (p: number, text: string) => ReturnType<typeof paragraphMarks>;
  /** Styled ranges of the title (search hits in it). */
  readonly titleMarks?: ReturnType<typeof paragraphMarks>;
  readonly theme: Theme;
}

/** Rows of the article from `top`, as many as fit: only these paragraphs are wrapped and styled. */
export function Reader({ article, doc, cursor, top, height, focused, marksOf, titleMarks = [], theme }: ReaderProps) {
  if (!article || !doc) return <Text {...theme.dim}>no article open</Text>;
  const rows: ReactNode[] = [];
  let block = top.block;
  let line = top.line;
  // A paragraph's marks, worked out once for all of its rows.
  let marked = -1;
  let marks: ReturnType<ReaderProps['marksOf']> = [];
  while (rows.length < height && block < doc.blocks) {
    if (line >= doc.contentHeight(block)) {
      if (line < doc.height(block)) rows.push(<Text key={`gap${block}`}> </Text>);
      block++;
      line = 0;
      continue;
    }
    if (block === 0) {
      const h = doc.header[line]!;
      if (h.kind === 'title' && titleMarks.length) {
        // A search hit in the title is marked there, as in a paragraph.
        const body = segments(titleMarks, h.start, h.start + h.text.length).map((seg) => paint(h.text.slice(seg.start - h.start, seg.end - h.start), { ...theme.title, ...segmentStyle(seg, theme) })).join('');
        rows.push(<Text key={`h${line}`} wrap="truncate-end">{body}</Text>);
      } else {
        const style = h.kind === 'title' ? theme.title : theme.dim;
        rows.push(<Text key={`h${line}`} wrap="truncate-end" {...style}>{h.text}</Text>);
      }
    } else {
      const p = block - 1;
      const text = doc.paragraph(p);
      const spans = doc.lines(p);
      if (marked !== p) {
        marked = p;
        marks = marksOf(p, text);
      }
      const span = spans[line]!;
      const isCursor = p === cursor;
      const number = String(p + 1).padStart(doc.gutter - 2);
      const gutter = line === 0 ? number : ' '.repeat(doc.gutter - 2);
      // One string per row: a row of nested <Text> elements costs several times more to draw.
      const mark = paint(`${isCursor ? (focused ? '▌' : '│') : ' '}${gutter} `, isCursor ? theme.gutterMark : theme.dim);
      const body = segments(marks, span.start, span.end).map((seg) => paint(text.slice(seg.start, seg.end), segmentStyle(seg, theme))).join('');
      rows.push(<Text key={`p${p}:${line}`} wrap="truncate-end">{mark + body}</Text>);
    }
    line++;
  }
  return <Box flexDirection="column">{rows}</Box>;
}
