import chalk from 'chalk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/article.js';
import { makeArticle } from '../helpers/seed.js';
import { KEYS, renderApp } from './render-app.js';

const articles = [
  makeArticle(['The election council said turnout was high.', '“We counted every vote,” Ana Pérez said on Sunday.', 'Observers disputed the count.'], 'Vote count disputed'),
  makeArticle(['Markets rose 2% in early trading.', 'The central bank held rates.'], 'Markets rise'),
  makeArticle(['A quiet day in the harbour town.', 'Fishing boats came back with a good catch of cod.'], 'Harbour news'),
];
const analysis: Analysis = {
  quotes: [{ text: 'We counted every vote', speaker: 'Ana Pérez', cue: 'said', paragraph: 1, start: 1, end: 22, paragraphEnd: 1, partial: false }],
  facts: [{ kind: 'date', text: 'Sunday', value: null, sentence: '', sentenceStart: 0, sentenceEnd: 0, paragraph: 1, start: 42, end: 48 }],
  entities: [],
};

describe('the reader app', () => {
  it('shows all four panes at 120x36, one row short of the terminal', async () => {
    const app = renderApp(articles);
    await app.press();
    const lines = app.frame().split('\n');
    expect(lines).toHaveLength(35);
    expect(lines[0]).toMatch(/^reader · 3 articles · Vote count disputed/);
    for (const title of ['1 Articles', '2 Reader', '3 Quotes', '4 Facts']) expect(app.frame()).toContain(title);
    expect(app.frame()).toContain('1 The election council said turnout was high.');
    expect(lines.at(-1)).toMatch(/Articles .*Enter open/);
  });

  it('at 80x24 shows the list and the reader, quotes and facts as tabs in place of the list, re-laid out on resize', async () => {
    const app = renderApp(articles, { columns: 80, rows: 24 });
    await app.press();
    expect(app.frame().split('\n')).toHaveLength(23);
    expect(app.frame()).toContain('1 Articles');
    expect(app.frame()).not.toContain('3 Quotes');
    await app.press('3');
    expect(app.frame()).toContain('3 Quotes 4 Facts');
    expect(app.frame()).not.toContain('1 Articles');
    expect(app.frame()).toContain('finding quotes…');
    await app.press('4');
    expect(app.frame()).toContain('finding facts…');
    expect(app.frame()).not.toContain('finding quotes…');
    await app.resize(130, 40);
    expect(app.frame().split('\n')).toHaveLength(39);
    expect(app.frame()).toContain('3 Quotes');
    expect(app.frame()).toContain('▶ 4 Facts');
  });

  it('shows one pane with a tab bar when narrow, and a message when too small', async () => {
    const app = renderApp(articles, { columns: 60, rows: 24 });
    await app.press('2');
    expect(app.frame()).toMatch(/1 Articles .* 2 Reader .* 3 Quotes .* 4 Facts/);
    expect(app.frame()).toContain('▶ 2 Reader');
    expect(app.frame()).not.toContain('Harbour news');
    await app.press(KEYS.tab);
    expect(app.frame()).toContain('▶ 3 Quotes');
    await app.resize(30, 8);
    expect(app.frame()).toMatch(/Terminal too small: 30x8/);
    await app.resize(60, 24);
    expect(app.frame()).toContain('▶ 3 Quotes');
  });

  it('opens an article from the list with j and Enter', async () => {
    const app = renderApp(articles);
    await app.press('j', KEYS.enter);
    expect(app.frame().split('\n')[0]).toContain('Markets rise');
    expect(app.frame()).toContain('▶ 2 Reader');
    expect(app.frame()).toContain('1 Markets rose 2% in early trading.');
  });

  it('fills quote counts and the quotes pane as analyses arrive; Enter on a quote jumps', async () => {
    const app = renderApp(articles);
    await app.press();
    expect(app.frame()).toContain('finding quotes…');
    await app.send({ type: 'analyses', entries: [[0, analysis], [1, { quotes: [], facts: [], entities: [] }]] });
    expect(app.frame()).toMatch(/1 quote · \d+w\/1m/);
    expect(app.frame()).toMatch(/0 quotes · \d+w\/1m/);
    expect(app.frame()).toContain('“We counted every vote”');
    expect(app.frame()).toContain('— Ana Pérez (said)');
    await app.press('3', KEYS.enter);
    expect(app.frame()).toContain('¶ 2/3');
  });

  it('searches as you type, q and digits included, and Enter opens the result', async () => {
    const app = renderApp(articles);
    await app.press('/', 'c', 'o', 'd');
    expect(app.frame()).toContain('/ cod');
    expect(app.frame()).toContain('1 match in 1 article');
    expect(app.frame()).toContain('Harbour news');
    await app.press(KEYS.backspace, KEYS.backspace, 'q', '1');
    expect(app.frame()).toContain('/ cq1');
    await app.press(KEYS.ctrlW);
    expect(app.frame()).toMatch(/\/ {2}|\/ $/m);
    await app.press('the ');
    expect(app.frame()).toMatch(/\d+ matches in 3 articles/);
    await app.press(KEYS.ctrlU, 'cod', KEYS.enter);
    expect(app.frame().split('\n')[0]).toContain('Harbour news');
    expect(app.frame()).toContain('¶ 2/2');
  });

  it('asks an open search again as analyses arrive, so quotes by a speaker fill in', async () => {
    const app = renderApp(articles);
    await app.press('/', 'speaker:perez');
    expect(app.frame()).toContain('0 matches in 0 articles');
    await app.send({ type: 'analyses', entries: [[0, analysis]] });
    expect(app.frame()).toContain('1 match in 1 article');
    expect(app.frame()).toContain('We counted every vote');
  });

  it('Esc closes the search without moving and keeps the query for n and for /', async () => {
    const app = renderApp(articles);
    await app.press('/', 'rose', KEYS.esc);
    expect(app.frame().split('\n')[0]).toContain('Vote count disputed');
    await app.press('n');
    expect(app.frame().split('\n')[0]).toContain('Markets rise');
    await app.press('/');
    expect(app.frame()).toContain('/ rose');
    await app.press('x');
    expect(app.frame()).toContain('/ x');
  });

  it('opens help with ?, scrolls it with j/k when it does not fit, and closes it with any other key', async () => {
    const app = renderApp(articles);
    await app.press('?');
    expect(app.frame()).toContain('next / previous pane');
    expect(app.frame()).toContain('Search box (every key types');
    expect(app.frame()).not.toContain('A person\'s quotes:');
    await app.press('G');
    // The last block of help: the keys of a person's quotes (p, Enter).
    expect(app.frame()).toContain('A person\'s quotes:');
    expect(app.frame()).not.toContain('next / previous pane');
    await app.press('g');
    expect(app.frame()).toContain('next / previous pane');
    await app.press('x');
    expect(app.frame()).not.toContain('next / previous pane');
    expect(app.frame()).toContain('1/3'); // that key only closed help: the list cursor did not move
  });
});

describe('colour', () => {
  let level: typeof chalk.level;
  beforeEach(() => {
    level = chalk.level;
    chalk.level = 3;
  });
  afterEach(() => {
    chalk.level = level;
  });
  const COLOUR = /\x1b\[(3[0-79]|9[0-7]|4[0-79]|10[0-7]|38;|48;)/;
  it('uses colours by default', async () => {
    const app = renderApp(articles, { color: true });
    await app.press();
    expect(app.frame()).toMatch(COLOUR);
  });
  it('uses none with NO_COLOR or --no-color, keeping the focused pane obvious', async () => {
    const app = renderApp(articles, { color: false });
    await app.press();
    expect(app.frame()).not.toMatch(COLOUR);
    expect(app.frame()).toContain('╔');
    expect(app.frame()).toContain('▶ 1 Articles');
  });
});
