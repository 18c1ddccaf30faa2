import { Box, Text } from 'ink';
import { detailsLine, ENTRY_INDENT, titleLines } from '../../core/reader/list-entries.js';
import { entriesFrom, listArticle, type ListGeometry } from '../../core/reader/list-view.js';
import { paint } from '../paint.js';
import type { Theme } from '../theme.js';

/** Props of the article list. */
export interface ArticleListProps {
  /** The corpus, the positions shown, and the text area. */
  readonly geometry: ListGeometry;
  /** List position under the cursor. */
  readonly cursor: number;
  /** First list position shown. */
  readonly top: number;
  /** The article open in the reader. */
  readonly current: number;
  /** Whether entries name their section (not when the list shows one section). */
  readonly showSection: boolean;
  readonly focused: boolean;
  /** Quotes found in an article, or undefined while it is being analysed. */
  readonly quoteCount: (article: number) => number | undefined;
  /** Whether an article has been read (unread ones are bold, with a dot); every article counts as read without it. */
  readonly isRead?: (article: number) => boolean;
  readonly theme: Theme;
}

/** The list: each entry a title on up to two lines and a details line; only the entries that fit are built. */
export function ArticleList({ geometry, cursor, top, current, showSection, focused, quoteCount, isRead = () => true, theme }: ArticleListProps) {
  const { articles, width } = geometry;
  if (!articles.length) return <Text {...theme.dim}>no articles loaded</Text>;
  const count = entriesFrom(geometry, top);
  const rows: string[] = [];
  for (let position = top; position < top + count; position++) {
    const index = listArticle(geometry, position);
    const a = articles.at(index);
    if (!a) break;
    const here = position === cursor;
    const read = isRead(index);
    const titleStyle = here ? (focused ? theme.cursor : theme.cursorIdle) : read ? theme.readTitle : theme.title;
    // The cursor is a bar down the entry's first column, visible without colour; ● marks the open
    // article and • an unread one (unread titles are bold too).
    const bar = here ? paint(focused ? '▌' : '│', theme.gutterMark) : ' ';
    titleLines(a, width).forEach((line, i) => {
      const mark = `${bar}${i === 0 ? (index === current ? '●' : read ? ' ' : '•') : ' '} `;
      rows.push(mark + paint(line, titleStyle));
    });
    const details = detailsLine({ section: showSection ? a.section : null, quotes: quoteCount(index), words: a.words, minutes: a.readingMinutes }, width);
    rows.push(bar + ' '.repeat(ENTRY_INDENT - 1) + paint(details, theme.dim));
  }
  // One string per row: fewer elements per frame than a <Text> per part.
  return (
    <Box flexDirection="column">
      {rows.map((row, i) => <Text key={i} wrap="truncate-end">{row}</Text>)}
    </Box>
  );
}
