import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/article.js';
import { factRows, quoteRows } from '../../src/core/reader/pane-rows.js';
import { readerDoc } from '../../src/core/reader/doc.js';
import { QUERY_LIMIT } from '../../src/core/reader/search.js';
import { paragraphMarks } from '../../src/core/reader/text-marks.js';
import { helpSections, KEYMAP } from '../../src/ui/keymap.js';
import { ArticleList } from '../../src/ui/panes/article-list.js';
import { Facts } from '../../src/ui/panes/facts.js';
import { Help } from '../../src/ui/panes/help.js';
import { Problems } from '../../src/ui/panes/problems.js';
import { Quotes } from '../../src/ui/panes/quotes.js';
import { Reader } from '../../src/ui/panes/reader.js';
import { SearchPanel } from '../../src/ui/panes/search.js';
import { makeTheme } from '../../src/ui/theme.js';
import { makeArticle } from '../helpers/seed.js';

const theme = makeTheme(false);
const analysis: Analysis = {
  quotes: [
    { text: 'We will not give up', speaker: 'Ana Pérez', cue: 'said', paragraph: 1, start: 1, end: 20, paragraphEnd: 1, partial: false },
    { text: 'deeply flawed', speaker: 'the observers', cue: 'called it', paragraph: 0, start: 10, end: 23, paragraphEnd: 0, partial: true },
  ],
  facts: [
    { kind: 'percent', text: '52%', value: 52, sentence: '', sentenceStart: 0, sentenceEnd: 0, paragraph: 0, start: 0, end: 3 },
    { kind: 'money', text: '$15 million', value: 15e6, currency: 'USD', sentence: '', sentenceStart: 0, sentenceEnd: 0, paragraph: 1, start: 0, end: 11 },
    { kind: 'money', text: '$15 million', value: 15e6, currency: 'USD', sentence: '', sentenceStart: 0, sentenceEnd: 0, paragraph: 2, start: 0, end: 11 },
  ],
  entities: [{ kind: 'organization', name: 'Electoral Council', mentions: 4, paragraphs: [0, 2] }],
};

describe('article list', () => {
  it('renders only the visible entries of 100,000, with the current one marked', () => {
    const articles = Array.from({ length: 100_000 }, (_, i) => makeArticle(['Some words here.'], `Story number ${i}`));
    const { lastFrame } = render(
      <ArticleList geometry={{ articles, shown: null, width: 40, height: 10 }} cursor={50_001} top={50_000} current={50_002} showSection focused theme={theme} quoteCount={(i) => (i === 50_000 ? 3 : undefined)} />,
    );
    const frame = lastFrame()!;
    expect(frame.split('\n')).toHaveLength(10);
    expect(frame).toContain('Story number 50000');
    expect(frame).toContain(' ● Story number 50002');
    // The cursor entry carries a bar down its first column, visible without colour.
    expect(frame).toMatch(/▌  Story number 50001/);
    expect(frame).not.toContain('Story number 50005');
    expect(frame).toMatch(/3 quotes/);
    expect(frame).toMatch(/… quotes/);
  });
});

describe('reader', () => {
  it('shows the header, numbered wrapped paragraphs, and the cursor', () => {
    const article = makeArticle(['“We will not give up,” Ana Pérez said at the rally.', 'Second paragraph is here.'], 'Rally title');
    const doc = readerDoc(article, 30);
    const { lastFrame } = render(
      <Reader article={article} doc={doc} cursor={1} top={{ block: 0, line: 0 }} height={12} focused theme={theme} marksOf={(p, t) => paragraphMarks(p, t, undefined, undefined, null)} />,
    );
    const lines = lastFrame()!.split('\n');
    expect(lines[0]).toBe('Rally title');
    expect(lines).toContain(' 1 “We will not give up,” Ana');
    expect(lines.some((l) => l.startsWith('▌2 Second paragraph'))).toBe(true);
  });
  it('keeps columns aligned with wide characters and combining accents', () => {
    const article = makeArticle(['日本語のテキストです。日本語のテキストです。', 'cafe\u0301 cafe\u0301 cafe\u0301 cafe\u0301 cafe\u0301'], 'Wide');
    const doc = readerDoc(article, 12);
    for (let p = 0; p < 2; p++) for (const l of doc.lines(p)) expect(l.end).toBeGreaterThan(l.start);
    const { lastFrame } = render(<Reader article={article} doc={doc} cursor={0} top={{ block: 1, line: 0 }} height={8} focused={false} theme={theme} marksOf={() => []} />);
    expect(lastFrame()).toContain('日本語の');
    expect(lastFrame()).toContain(' 2 café café');
  });
});

describe('quotes pane', () => {
  it('shows “text” — Speaker (cue), partial quotes set apart, and the cursor', () => {
    const { lastFrame } = render(<Quotes rows={quoteRows(analysis, 40)} cursor={0} top={0} height={10} focused marked={null} theme={theme} />);
    const frame = lastFrame()!;
    expect(frame).toContain('▌ “We will not give up”');
    expect(frame).toContain('— Ana Pérez (said)');
    expect(frame.indexOf('Partial quotes')).toBeGreaterThan(frame.indexOf('Ana Pérez'));
    expect(frame).toContain('“deeply flawed”');
  });
  it('shows the quote under the cursor whole while the pane is focused, the others in three lines', () => {
    const long: Analysis = { ...analysis, quotes: [0, 1].map((i) => ({ ...analysis.quotes[0]!, text: `Quote ${i} ${'goes on and on '.repeat(8)}the end` })) };
    const text = (rows: ReturnType<typeof quoteRows>, item: number) => rows.filter((r) => r.kind === 'text' && r.item === item).length;
    const open = quoteRows(long, 24, { item: 1, lines: 20 });
    expect(text(open, 0)).toBe(3);
    expect(text(open, 1)).toBeGreaterThan(3);
    expect(open.filter((r) => r.kind === 'text' && r.item === 1).map((r) => (r.kind === 'text' ? r.text : '')).join(' ')).toMatch(/the\s+end”$/);
    expect(text(quoteRows(long, 24), 1)).toBe(3);
  });

  it('wraps the open quote’s speaker in a narrow pane instead of cutting it', () => {
    const described: Analysis = { ...analysis, quotes: [{ ...analysis.quotes[0]!, speaker: 'a senior administration official' }] };
    const { lastFrame } = render(<Quotes rows={quoteRows(described, 17, { item: 0, lines: 20 })} cursor={0} top={0} height={12} focused marked={null} theme={theme} />);
    const frame = lastFrame()!;
    expect(frame).toContain('— a senior');
    expect(frame).toContain('administration');
    expect(frame).toContain('official');
    expect(frame).toContain('(said)');
    expect(frame).not.toContain('…');
    expect(render(<Quotes rows={quoteRows(described, 17)} cursor={0} top={0} height={12} focused={false} marked={null} theme={theme} />).lastFrame()).toContain('— a senior');
  });

  it('says when quotes are still being found, or none were', () => {
    expect(render(<Quotes rows={null} cursor={0} top={0} height={5} focused={false} marked={null} theme={theme} />).lastFrame()).toContain('finding quotes');
    expect(render(<Quotes rows={[]} cursor={0} top={0} height={5} focused={false} marked={null} theme={theme} />).lastFrame()).toContain('no quotes found');
  });
});

describe('facts pane', () => {
  it('groups figures, money and names with counts', () => {
    const { lastFrame } = render(<Facts rows={factRows(analysis)} cursor={1} top={0} height={10} focused theme={theme} />);
    const lines = lastFrame()!.split('\n');
    expect(lines).toEqual([
      'Figures (1)', '  52%', 'Money (1)', '▌ $15 million  ×2', 'Organisations (1)', '  Electoral Council  ×4',
    ]);
  });
  it('shows a long name under the cursor whole in a narrow pane, with its count on the last row', () => {
    const lines = render(<Facts rows={factRows(analysis, 16, 2)} cursor={2} top={0} height={10} focused theme={theme} />).lastFrame()!.split('\n');
    expect(lines.slice(4)).toEqual(['Organisations (1)', '▌ Electoral', '▌ Council  ×4']);
  });
});

describe('search panel', () => {
  it('highlights a title hit in the title and shows how that story opens under it, not the title twice', () => {
    const article = makeArticle(['Ministers met on Monday to agree the plan.'], 'Budget plan agreed');
    const frame = render(
      <SearchPanel query="budget" cursor={6} replaceOnType={false} selected={0} top={0} articles={[article]} width={72} height={10} indexed={1} analysed={1} theme={theme} onType={() => {}} scope={{ section: null, chosen: null }}
        results={{ query: 'budget', total: 1, articleCount: 1, didYouMean: null, results: [{ article: 0, where: 'title', paragraph: null, item: null, hits: [[0, 6]], snippet: 'Budget plan agreed', snippetHits: [[0, 6]] }] }} />,
    ).lastFrame()!;
    const lines = frame.split('\n');
    expect(lines[2]).toBe('▌ Budget plan agreed  title');
    expect(lines[3]).toBe('▌ Ministers met on Monday to agree the plan.');
    expect(frame.match(/Budget plan agreed/g)).toHaveLength(1);
  });
  it('shows the counts and a window of a huge query around the cursor', () => {
    const query = 'x'.repeat(100_000) + 'END';
    const { lastFrame } = render(
      <SearchPanel query={query} cursor={query.length} replaceOnType={false} selected={0} top={0} articles={[]} width={120} height={10} indexed={0} analysed={0} theme={theme} onType={() => {}} scope={{ section: 'sport', chosen: 'sport' }}
        results={{ query: query.slice(0, QUERY_LIMIT), total: 0, articleCount: 0, results: [], didYouMean: 'blair' }} />,
    );
    const [box, counts] = lastFrame()!.split('\n');
    expect(box).toMatch(/^\/ …x+END ?$/);
    expect(box!.length).toBeLessThanOrEqual(120);
    expect(counts).toContain('0 matches in 0 articles in sport (Tab: all) · did you mean blair? (Enter) · the first 200 characters searched');
  });
  it('says a count passed the cap as "at least"', () => {
    const { lastFrame } = render(
      <SearchPanel query="the" cursor={3} replaceOnType={false} selected={0} top={0} articles={[]} width={120} height={10} indexed={0} analysed={0} theme={theme} onType={() => {}} scope={{ section: null, chosen: null }}
        results={{ query: 'the', total: 10_000, articleCount: 1, capped: true, results: [], didYouMean: null }} />,
    );
    expect(lastFrame()!.split('\n')[1]).toContain('10,000+ matches in 1+ articles');
  });
});

describe('help', () => {
  it('is generated from the key table', () => {
    const { lastFrame } = render(<Help sections={helpSections()} width={110} height={40} top={0} theme={theme} />);
    for (const b of KEYMAP.filter((k) => k.modes.includes('normal'))) expect(lastFrame()).toContain(b.does);
  });
});

describe('untrusted text', () => {
  it('never reaches the terminal with control characters (titles, sections, messages)', async () => {
    const { Footer } = await import('../../src/ui/panes/status-bar.js');
    const evil = makeArticle(['Body \x1b]52;c;aGk=\x07 text.'], 'Title \x1b[31mred\x1b[0m');
    const list = render(<ArticleList geometry={{ articles: [{ ...evil, section: 'sec\x1b[2Jtion' }], shown: null, width: 40, height: 4 }} cursor={0} top={0} current={0} showSection focused theme={theme} quoteCount={() => 0} />);
    const footer = render(<Footer where="List" hints={[]} message={'bad \x1b[2J path'} width={60} theme={theme} />);
    for (const frame of [list.lastFrame()!, footer.lastFrame()!]) expect(frame).not.toMatch(/\x1b/);
    expect(list.lastFrame()).toContain('Title ␛[31mred␛[0m');
  });

  it('the errors list shows each problem with its reason, the rows it shows, and file names made harmless', () => {
    const problems = [
      { path: 'a.bin', message: 'binary file (contains NUL bytes), skipped' },
      { path: 'evil\u001b]0;owned\u0007.txt', message: 'no such file or folder' },
      { path: 'c.txt', message: 'too large' },
    ];
    const frame = render(<Problems problems={problems} top={1} rows={2} width={70} theme={theme} />).lastFrame()!;
    expect(frame).toContain('3 problems with the input');
    expect(frame).not.toContain('a.bin');
    expect(frame).toContain('c.txt: too large');
    expect(frame).toContain('2-3 of 3');
    expect(frame).not.toContain('\u001b]');
    expect(frame).not.toContain('\u0007');
  });
});
