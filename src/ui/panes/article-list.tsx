import { Box, Text } from 'ink';
import type { Article } from '../../core/article.js';
import { LIST_ROWS } from '../../core/reader-state.js';
import { sanitizeForTerminal } from '../../core/sanitize.js';
import type { Theme } from '../theme.js';

/** Props of the article list. */
export interface ArticleListProps {
  readonly articles: readonly Article[];
  readonly cursor: number;
  /** First article shown. */
  readonly top: number;
  /** The article open in the reader. */
  readonly current: number;
  /** Rows available for entries. */
  readonly height: number;
  readonly focused: boolean;
  /** Quotes found in an article, or undefined while it is being analysed. */
  readonly quoteCount: (article: number) => number | undefined;
  readonly theme: Theme;
}

/** The corpus, two rows per article; only the visible entries are built, so 100,000 cost as much as 10. */
export function ArticleList({ articles, cursor, top, current, height, focused, quoteCount, theme }: ArticleListProps) {
  const count = Math.max(1, Math.floor(height / LIST_ROWS));
  const shown = articles.slice(top, top + count);
  if (!articles.length) return <Text {...theme.dim}>no articles loaded</Text>;
  return (
    <Box flexDirection="column">
      {shown.map((a, i) => {
        const index = top + i;
        const quotes = quoteCount(index);
        const meta = [quotes === undefined ? '… quotes' : `${quotes} ${quotes === 1 ? 'quote' : 'quotes'}`, `${a.words.toLocaleString('en-US')}w/${a.readingMinutes}m`, a.section && sanitizeForTerminal(a.section)];
        const rowStyle = index === cursor ? (focused ? theme.cursor : theme.cursorIdle) : {};
        return [
          <Text key={`t${index}`} wrap="truncate-end" {...rowStyle}>{`${index === current ? '● ' : '  '}${sanitizeForTerminal(a.title)}`}</Text>,
          <Text key={`m${index}`} wrap="truncate-end" {...theme.dim}>{`  ${meta.filter(Boolean).join(' · ')}`}</Text>,
        ];
      })}
    </Box>
  );
}
