import { Box, Text } from 'ink';
import type { ArticleRows } from '../../core/reader/article-rows.js';
import { groupDigits } from '../../core/group-digits.js';
import type { FinderRow, FinderState } from '../../core/reader/finder.js';
import { sanitizeForTerminal } from '../../core/sanitize.js';
import type { Analysis } from '../../core/article.js';
import { paint } from '../paint.js';
import type { Theme } from '../theme.js';

/** Props of the people and names views. */
export interface FinderProps {
  readonly finder: FinderState;
  /** The rows for the filter typed (people or names). */
  readonly rows: readonly FinderRow[];
  /** Rows shown at once in the list; quotes shown at once in a person's view. */
  readonly shown: number;
  readonly quotesShown: number;
  readonly articles: ArticleRows;
  readonly analysisOf: (article: number) => Analysis | undefined;
  readonly width: number;
  readonly theme: Theme;
}

const KIND_TAGS: Readonly<Record<string, string>> = { person: '', organization: 'org', description: 'unnamed', place: 'place', organisation: 'org' };

/** Everyone quoted (p) or every name (i), filtered as you type; or one person's quotes across the archive. */
export function Finder({ finder, rows, shown, quotesShown, articles, analysisOf, width, theme }: FinderProps) {
  const lines: string[] = [];
  if (finder.person) {
    const p = finder.person;
    lines.push(paint(`${sanitizeForTerminal(p.name)}: ${groupDigits(p.quotes.length)} ${p.quotes.length === 1 ? 'quote' : 'quotes'} in ${groupDigits(p.articles.length)} ${p.articles.length === 1 ? 'article' : 'articles'}`, theme.heading));
    p.quotes.slice(finder.quoteTop, finder.quoteTop + quotesShown).forEach((ref, i) => {
      const here = finder.quoteTop + i === finder.quoteCursor;
      const bar = here ? paint('▌', theme.gutterMark) : ' ';
      const quote = analysisOf(ref.article)?.quotes[ref.quote];
      const article = articles.at(ref.article);
      lines.push(`${bar} ${paint(`“${sanitizeForTerminal((quote?.text ?? '').replace(/\s+/g, ' '))}”`, here ? theme.cursor : theme.quote)}`);
      lines.push(`${bar}   ${paint(`${sanitizeForTerminal(article?.title ?? '')} · ${article?.path ?? ''} ¶${(quote?.paragraph ?? 0) + 1}`, theme.dim)}`);
      lines.push('');
    });
  } else {
    const what = finder.kind === 'people' ? 'people quoted' : 'names';
    lines.push(paint(`${groupDigits(rows.length)} ${what}${finder.query ? ` matching “${sanitizeForTerminal(finder.query)}”` : ''}`, theme.heading));
    lines.push(`${paint('filter:', theme.dim)} ${sanitizeForTerminal(finder.query)}${paint(' ', { inverse: true })}`);
    const all = finder.kind === 'names' ? [null, ...rows] : rows;
    all.slice(finder.top, finder.top + shown).forEach((row, i) => {
      const here = finder.top + i === finder.cursor;
      const bar = here ? paint('▌', theme.gutterMark) : ' ';
      if (!row) {
        lines.push(`${bar} ${paint('all articles', here ? theme.cursor : theme.title)}`);
        return;
      }
      const tag = KIND_TAGS[row.kind] ?? row.kind;
      lines.push(`${bar} ${paint(sanitizeForTerminal(row.name), here ? theme.cursor : theme.title)}${tag ? paint(` (${tag})`, theme.dim) : ''}  ${paint(row.detail, theme.dim)}`);
    });
  }
  return (
    <Box flexDirection="column" width={width}>
      {lines.map((line, i) => <Text key={i} wrap="truncate-end">{line}</Text>)}
    </Box>
  );
}
