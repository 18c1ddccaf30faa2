import { Box, Text } from 'ink';
import type { ArticleRows } from '../../core/reader/article-rows.js';
import { engineQuery, LIST_ROWS, QUERY_LIMIT } from '../../core/reader/search.js';
import { sanitizeForTerminal } from '../../core/sanitize.js';
import type { SearchState } from '../../core/reader/state.js';
import type { SearchResult, SearchResults } from '../../core/search/search-types.js';
import { segments } from '../../core/reader/text-marks.js';
import type { Theme } from '../theme.js';
import { SearchBox } from './search-box.js';
import { segmentStyle } from './styled-text.js';
import { paint } from '../paint.js';
import { groupDigits } from '../../core/group-digits.js';

/** Props of the search panel: the search state's box and results, and where they are drawn. */
export interface SearchPanelProps extends Pick<SearchState, 'query' | 'cursor' | 'replaceOnType' | 'results' | 'selected' | 'top'> {
  readonly articles: ArticleRows;
  readonly width: number;
  readonly height: number;
  /** Articles indexed so far, and in all (to say that results may grow). */
  readonly indexed: number;
  /** Articles whose quotes and facts are searchable so far (the counts grow until all are). */
  readonly analysed: number;
  /** Text typed into the search box. */
  readonly onType: (text: string) => void;
  /** The section searched (`in sport`), or null for every article; `chosen`, the section the list shows (Tab goes back to it). */
  readonly scope: { readonly section: string | null; readonly chosen: string | null };
  readonly theme: Theme;
}

const WHERE: Readonly<Record<SearchResult['where'], string>> = { title: 'title', paragraph: '¶', quote: 'quote ¶', fact: 'fact ¶' };

/** The search box (a window of the query around the cursor), the counts, and the visible results. */
export function SearchPanel({ query, cursor, replaceOnType, results, selected, top, articles, width, height, indexed, analysed, onType, scope, theme }: SearchPanelProps) {
  const stale = results !== null && results.query !== engineQuery(query);
  const count = Math.max(1, Math.floor((height - 2) / LIST_ROWS));
  return (
    <Box flexDirection="column" width={width}>
      <SearchBox query={query} cursor={cursor} replaceOnType={replaceOnType} width={width} onType={onType} theme={theme} />
      <Text wrap="truncate-end" {...theme.dim}>{summary(query, results, stale, indexed, analysed, articles.length, scope)}</Text>
      {(results?.results ?? []).slice(top, top + count).flatMap((r, i) => {
        const index = top + i;
        const article = articles.at(r.article);
        const here = index === selected;
        const snippet = sanitizeForTerminal(r.snippet.replace(/\s/g, ' '));
        const where = (r.where === 'title' ? 'title' : `${WHERE[r.where]}${(r.paragraph ?? 0) + 1}`) + (r.speaker ? ` — ${sanitizeForTerminal(r.speaker)}` : '');
        const marks = r.snippetHits.map(([start, end]) => ({ start, end, flag: 'hit' as const }));
        const hits = segments(marks, 0, snippet.length).map((seg) => paint(snippet.slice(seg.start, seg.end), segmentStyle(seg, theme))).join('');
        // A title hit is highlighted in the title itself; the line under it shows how the story opens.
        const title = r.where === 'title' ? hits : paint(sanitizeForTerminal(article?.title ?? '?'), here ? theme.cursor : theme.title);
        const under = r.where === 'title' ? paint(sanitizeForTerminal((article?.paragraphs[0] ?? '').slice(0, width * 2).replace(/\s/g, ' ')), theme.dim) : hits;
        const bar = paint(here ? '▌ ' : '  ', theme.accent);
        // One string per row: a row of nested <Text> elements costs several times more to draw.
        return [
          <Text key={`${index}t`} wrap="truncate-end">{bar + title + paint(`  ${where}`, theme.dim)}</Text>,
          <Text key={`${index}s`} wrap="truncate-end">{bar + under}</Text>,
        ];
      })}
    </Box>
  );
}

function summary(query: string, results: SearchResults | null, stale: boolean, indexed: number, analysed: number, total: number, scope: SearchPanelProps['scope']): string {
  const growing = indexed < total
    ? ` (indexing ${groupDigits(indexed)} of ${groupDigits(total)})`
    : analysed < total ? ` (quotes and facts of ${groupDigits(analysed)} of ${groupDigits(total)} so far)` : '';
  const where = scope.section !== null ? ` in ${sanitizeForTerminal(scope.section)} (Tab: all)` : scope.chosen !== null ? ` in all sections (Tab: ${sanitizeForTerminal(scope.chosen)})` : '';
  if (!query.trim()) return `type to search titles, paragraphs, quotes and facts${where}${growing}`;
  if (!results) return `searching…${growing}`;
  const n = results.total;
  const m = results.articleCount;
  // Past the cap both counts are "at least": 10,000+ matches in 1,234+ articles.
  const more = results.capped ? '+' : '';
  const counts = `${groupDigits(n)}${more} ${n === 1 && !more ? 'match' : 'matches'} in ${groupDigits(m)}${more} ${m === 1 && !more ? 'article' : 'articles'}${where}`;
  const hint = n === 0 ? (results.didYouMean ? ` · did you mean ${sanitizeForTerminal(results.didYouMean)}? (Enter)` : ' · no matches') : ' · ↑↓ choose, Enter open, Esc close';
  if (results.complete === false) return `searching… ${counts} so far${growing}`;
  const cut = query.length > QUERY_LIMIT ? ` · the first ${QUERY_LIMIT} characters searched` : '';
  return `${stale ? '… ' : ''}${counts}${hint}${cut}${growing}`;
}
