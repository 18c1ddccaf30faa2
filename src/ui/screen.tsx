import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { quoteOrder } from '../core/reader/fact-groups.js';
import { bodyInner, isPadded, MIN_SIZE, paneInner, PANES, type PaneId } from '../core/reader/layout.js';
import { factRows, quoteRows } from '../core/reader/pane-rows.js';
import { readerDoc } from '../core/reader/doc.js';
import { listLength, type ListFilter } from '../core/reader/list-view.js';
import { analysisOf, layoutOf, listGeometry, openFact, openQuote, sectionName } from '../core/reader/selectors.js';
import { problemCount, problemList, problemRows } from '../core/reader/problems.js';
import type { State } from '../core/reader/state.js';
import { sanitizeForTerminal } from '../core/sanitize.js';
import { paragraphMarks, titleMarks } from '../core/reader/text-marks.js';
import { footerHints, helpSections } from './keymap.js';
import { ArticleList } from './panes/article-list.js';
import { Facts } from './panes/facts.js';
import { Help } from './panes/help.js';
import { Problems } from './panes/problems.js';
import { PaneFrame } from './panes/pane-frame.js';
import { Quotes } from './panes/quotes.js';
import { Reader } from './panes/reader.js';
import { readerPosition } from '../core/reader/reading.js';
import { unreadBySection } from '../core/reader/list-view.js';
import { SectionMenu } from './panes/section-menu.js';
import { Bookmarks } from './panes/bookmarks.js';
import { Finder } from './panes/finder.js';
import { finderRows, finderShown, personQuotesShown } from '../core/reader/finder.js';
import { bookmarksShown } from '../core/reader/bookmarks.js';
import { unreadInList } from '../core/reader/read-marks.js';
import { SearchPanel } from './panes/search.js';
import { Footer, Header, TabBar } from './panes/status-bar.js';
import type { Theme } from './theme.js';
import { groupDigits } from '../core/group-digits.js';

/** Props of the whole screen. */
export interface ScreenProps {
  readonly state: State;
  readonly theme: Theme;
  /** Text typed into the search box. */
  readonly onType: (text: string) => void;
  /** A choice in the sections menu. */
  readonly onFilter: (filter: ListFilter | null) => void;
}

const TITLES: Readonly<Record<PaneId, string>> = { list: 'Articles', reader: 'Reader', quotes: 'Quotes', facts: 'Facts' };
const MODE_TITLES: Readonly<Record<Exclude<State['mode'], 'normal'>, string>> = { search: 'Search', help: 'Help', sections: 'Sections', problems: 'Errors', bookmarks: 'Bookmarks', note: 'Note', confirm: 'Mark read?', finder: 'Find', person: 'Quotes' };
const NUMBERS: Readonly<Record<PaneId, string>> = { list: '1', reader: '2', quotes: '3', facts: '4' };

/** The frame: header, the panes of the current layout (or search, or help), footer. One row short of the terminal. */
export function Screen({ state, theme, onType, onFilter }: ScreenProps) {
  const layout = layoutOf(state);
  const { columns } = state.size;
  if (layout.kind === 'too-small') {
    // Wrapped, so the whole message shows however narrow the terminal.
    return (
      <Box width={columns} height={Math.max(1, state.size.rows - 1)}>
        <Text wrap="wrap">{`Terminal too small: ${columns}x${state.size.rows}. The reader needs ${MIN_SIZE.columns}x${MIN_SIZE.rows}: enlarge it, or q to quit.`}</Text>
      </Box>
    );
  }
  const article = state.articles.at(state.current);
  let body: ReactNode;
  if (state.mode === 'search') {
    const inner = bodyInner(layout);
    body = (
      <PaneFrame title="Search" focused width={columns} height={layout.bodyHeight} theme={theme}>
        <SearchPanel
          {...state.search} articles={state.articles} width={inner.width} height={inner.height} indexed={state.indexed} analysed={state.analysed} theme={theme} onType={onType}
          scope={{ section: state.filter && state.search.inSection ? sectionName(state.filter) : null, chosen: state.filter ? sectionName(state.filter) : null }}
        />
      </PaneFrame>
    );
  } else if (state.mode === 'help') {
    // Help takes the whole body without a frame (the footer says Help), one key a row; it scrolls when it does not fit.
    body = (
      <Box flexDirection="column" height={layout.bodyHeight} paddingX={1}>
        <Help sections={helpSections()} width={columns - 2} height={layout.bodyHeight} top={state.helpTop} theme={theme} />
      </Box>
    );
  } else if (state.mode === 'problems') {
    body = (
      <Box flexDirection="column" height={layout.bodyHeight} paddingX={1}>
        <Problems problems={problemList(state)} top={state.problemsTop} rows={problemRows(state)} width={columns - 2} theme={theme} />
      </Box>
    );
  } else if ((state.mode === 'finder' || state.mode === 'person') && state.finder) {
    body = (
      <Box flexDirection="column" height={layout.bodyHeight} paddingX={1}>
        <Finder
          finder={state.finder} rows={finderRows(state, state.finder)} shown={finderShown(state)} quotesShown={personQuotesShown(state)}
          articles={state.articles} analysisOf={(i) => analysisOf(state, i)} width={columns - 2} theme={theme}
        />
      </Box>
    );
  } else if (state.mode === 'bookmarks') {
    body = (
      <Box flexDirection="column" height={layout.bodyHeight} paddingX={1}>
        <Bookmarks bookmarks={state.bookmarks} cursor={state.bookmarkList.cursor} top={state.bookmarkList.top} shown={bookmarksShown(state)} width={columns - 2} theme={theme} />
      </Box>
    );
  } else {
    body = (
      <Box flexDirection="column" height={layout.bodyHeight}>
        {layout.tabBar ? (
          <TabBar theme={theme} tabs={PANES.filter((p) => p !== 'list' || state.articles.length > 1).map((p) => ({ key: NUMBERS[p], label: TITLES[p], active: p === state.focus }))} />
        ) : null}
        <Box>
          {layout.columns.map((column) => (
            <Box key={column.panes[0]!.pane} flexDirection="column" width={column.width}>
              {column.panes.map((box) => (
                <PaneView key={box.pane} pane={box.pane} width={box.width} height={box.height} state={state} theme={theme} tabs={layout.kind === 'medium' && (box.pane === 'quotes' || box.pane === 'facts')} onFilter={onFilter} />
              ))}
            </Box>
          ))}
        </Box>
      </Box>
    );
  }
  const where = state.mode === 'finder' && state.finder ? (state.finder.kind === 'people' ? 'People' : 'Names') : state.mode === 'normal' ? TITLES[state.focus] : state.mode === 'note' && state.draft ? `Note for ${state.draft.kind === 'paragraph' ? '' : `the ${state.draft.kind} at `}¶ ${state.draft.paragraph + 1}` : MODE_TITLES[state.mode];
  const hints = state.mode === 'help'
    ? [{ places: [], label: 'j/k scroll · any other key closes help', rank: 0 } as const]
    : footerHints(state.mode === 'normal' ? state.focus : state.mode, state.sections.length > 0, problemCount(state) > 0);
  return (
    <Box flexDirection="column" width={columns} height={state.size.rows - 1}>
      <Header
        articleCount={state.articles.length} shown={state.shown?.length ?? null} section={state.filter ? sectionName(state.filter) : null}
        title={article ? sanitizeForTerminal(article.title) : ''} progress={progress(state)} width={columns} theme={theme}
      />
      {body}
      <Footer where={where} hints={hints} message={footerMessage(state)} prompt={state.mode === 'note' && state.draft ? { text: state.draft.note, cursor: state.draft.cursor } : null} width={columns} theme={theme} />
    </Box>
  );
}

/** The footer's message: the question while `A` asks, else the latest message. */
function footerMessage(state: State): string | null {
  if (state.mode !== 'confirm') return state.message;
  const n = unreadInList(state);
  return `mark ${groupDigits(listLength(listGeometry(state)))} articles in the list read (${groupDigits(n)} unread)? y/n`;
}

function progress(state: State): string | null {
  const total = state.articles.length;
  const parts: string[] = [];
  if (state.refresh) parts.push(state.refresh);
  // Over a store, counts are known once its list is read (the header says so meanwhile).
  const counted = state.articles.analysed?.() !== null;
  if (counted && state.indexed < total) parts.push(`indexing ${Math.floor((state.indexed / total) * 100)}%`);
  if (counted && state.analysed < total) parts.push(`analysing ${groupDigits(state.analysed)}/${groupDigits(total)}`);
  if (state.failed) parts.push(`${state.failed} failed`);
  return parts.length ? parts.join(' · ') : null;
}

interface PaneViewProps {
  readonly pane: PaneId;
  readonly width: number;
  readonly height: number;
  readonly state: State;
  readonly theme: Theme;
  /** Title the pane as a tab of the right column (medium layout). */
  readonly tabs: boolean;
  readonly onFilter: (filter: ListFilter | null) => void;
}

function PaneView({ pane, width, height, state, theme, tabs, onFilter }: PaneViewProps) {
  const layout = layoutOf(state);
  const inner = paneInner(layout, pane);
  const focused = state.focus === pane;
  const analysis = analysisOf(state, state.current);
  const article = state.articles.at(state.current);
  const frame = (info: string | undefined, children: ReactNode) => {
    const title = `${NUMBERS[pane]} ${TITLES[pane]}`;
    // In the right column of the medium layout quotes and facts are tabs: both names, the shown one inverted.
    const titleNode = tabs ? (
      <>
        {(['quotes', 'facts'] as const).map((p) => (
          <Text key={p}>
            {p === 'facts' ? ' ' : ''}
            <Text {...(p === pane ? { ...(focused ? theme.focusTitle : theme.title), inverse: true } : theme.dim)}>{`${NUMBERS[p]} ${TITLES[p]}`}</Text>
          </Text>
        ))}
      </>
    ) : undefined;
    return <PaneFrame title={title} titleNode={titleNode} info={tabs ? undefined : info} focused={focused} padded={isPadded(pane)} width={width} height={height} theme={theme}>{children}</PaneFrame>;
  };
  switch (pane) {
    case 'list': {
      if (state.mode === 'sections') {
        return frame(undefined, (
          <SectionMenu sections={state.sections} total={state.articles.length} unread={unreadBySection(state)} filter={state.filter} height={inner.height} onChoose={onFilter} theme={theme} />
        ));
      }
      const geometry = listGeometry(state);
      // A narrow strip shows where the cursor is; the count follows when there is room.
      const at = groupDigits(state.list.cursor + 1);
      const all = groupDigits(listLength(geometry));
      const unread = `${groupDigits(unreadInList(state))} unread`;
      const info = inner.width >= 26 + at.length + all.length + unread.length ? `${at}/${all} · ${unread}` : inner.width >= 14 + at.length + all.length ? `${at}/${all}` : at;
      return frame(info, (
        <ArticleList
          geometry={geometry} cursor={state.list.cursor} top={state.list.top} current={state.current}
          showSection={state.filter === null} focused={focused} theme={theme}
          quoteCount={(i) => analysisOf(state, i)?.quotes.length} isRead={(i) => state.read.has(i)}
        />
      ));
    }
    case 'reader': {
      const doc = article ? readerDoc(article, inner.width) : undefined;
      const lit = state.search.active && state.search.highlight;
      const hits = lit ? state.search.hits?.spans.get(state.current) : undefined;
      const at = lit && state.search.current !== null ? state.search.hits?.positions[state.search.current] : undefined;
      const currentHit = at && at.article === state.current ? at : undefined;
      const info = article && doc ? readerPosition(article, doc, state.reader.cursor, state.reader.top, inner.height) : undefined;
      return frame(info, (
        <Reader
          article={article} doc={doc} cursor={state.reader.cursor} top={state.reader.top} height={inner.height} focused={focused} theme={theme}
          // The fact chosen in the facts pane is marked in the cursor paragraph only.
          marksOf={(p, text) => paragraphMarks(p, text, analysis, hits?.get(p), state.reader.markedQuote, p === state.reader.cursor ? state.reader.markedText : null, currentHit?.paragraph === p ? [currentHit.start, currentHit.end] : null)}
          titleMarks={titleMarks(hits?.get(-1), currentHit?.paragraph === -1 ? [currentHit.start, currentHit.end] : null)}
        />
      ));
    }
    case 'quotes': {
      const count = analysis ? analysis.quotes.length : undefined;
      const marked = state.reader.markedQuote === null ? null : quoteOrder(analysis).indexOf(state.reader.markedQuote);
      return frame(count === undefined ? undefined : `${count}`, (
        <Quotes rows={analysis ? quoteRows(analysis, inner.width, openQuote(state, state.quotes.cursor, inner.height)) : null} cursor={state.quotes.cursor} top={state.quotes.top} height={inner.height} focused={focused} marked={marked} theme={theme} />
      ));
    }
    case 'facts':
      return frame(undefined, (
        <Facts rows={analysis ? factRows(analysis, inner.width, openFact(state, state.facts.cursor)) : null} cursor={state.facts.cursor} top={state.facts.top} height={inner.height} focused={focused} theme={theme} />
      ));
  }
}
