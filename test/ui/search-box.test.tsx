import { Text, useInput } from 'ink';
import { render } from 'ink-testing-library';
import TextInput from 'ink-text-input';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { QUERY_LIMIT } from '../../src/core/reader/search.js';
import { SearchBox } from '../../src/ui/panes/search-box.js';
import { makeTheme } from '../../src/ui/theme.js';
import { makeArticle } from '../helpers/seed.js';
import { KEYS, renderApp, searchEngine, settle } from './render-app.js';

const theme = makeTheme(false);

describe('search box (ink-text-input on a window of the query)', () => {
  it('reports what a key typed, and nothing for Backspace', async () => {
    const typed: string[] = [];
    const box = render(<SearchBox query="prime" cursor={5} replaceOnType={false} width={40} onType={(t) => typed.push(t)} theme={theme} />);
    await settle();
    box.stdin.write('x');
    await settle();
    box.stdin.write(KEYS.backspace);
    await settle();
    box.stdin.write('minister');
    await settle();
    expect(typed).toEqual(['x', 'minister']);
    expect(box.lastFrame()!.trimEnd()).toBe('/ prime');
  });

  it('shows a 100,000-character query as the part around the cursor, with ellipses', () => {
    const query = `${'a'.repeat(50_000)}MIDDLE${'b'.repeat(50_000)}`;
    const frame = render(<SearchBox query={query} cursor={50_003} replaceOnType={false} width={40} onType={() => {}} theme={theme} />).lastFrame()!;
    expect(frame).toMatch(/^\/ …a+MIDDLEb+…$/);
    expect(frame.length).toBeLessThanOrEqual(40);
  });

  it('relies on the app reading a key before ink-text-input does (it subscribes first)', async () => {
    const order: string[] = [];
    function Harness() {
      const [open, setOpen] = useState(false);
      const [value, setValue] = useState('');
      useInput((input) => {
        order.push(`app:${input}`);
        if (input === '/') setOpen(true);
      });
      return open ? <TextInput value={value} onChange={(v) => (order.push(`box:${v}`), setValue(v))} /> : <Text>closed</Text>;
    }
    const h = render(<Harness />);
    await settle();
    h.stdin.write('/');
    await settle();
    h.stdin.write('a');
    await settle();
    h.stdin.write('b');
    await settle();
    expect(order).toEqual(['app:/', 'app:a', 'box:a', 'app:b', 'box:ab']);
  });
});

describe('typing in the app', () => {
  const articles = [makeArticle(['The harbour board met on Monday.'], 'Harbour')];

  it('keeps keys read together in order: text, Left, text', async () => {
    const app = renderApp(articles);
    await app.press('/', 'ab');
    app.stdin.write('cd\x1b[D\x1b[De');
    await settle();
    expect(app.frame()).toContain('/ abecd');
    app.stdin.write('\x15x\x17y');
    await settle();
    expect(app.frame()).toMatch(/║ \/ y +║/);
  });

  it('stays quick with a 100,000-character paste: the box shows the end, keys still edit', async () => {
    const app = renderApp(articles, { columns: 80, rows: 24 });
    await app.press('/', 'x'.repeat(100_000));
    expect(app.frame()).toMatch(/║ \/ …x+ +║/);
    await app.press('END');
    expect(app.frame()).toMatch(/║ \/ …x+END +║/);
    await app.press(KEYS.ctrlW);
    expect(app.frame()).toMatch(/║ \/ +║/);
  });

  it('does not search again when the typing is past the characters the engine reads', async () => {
    const asked: string[] = [];
    const engine = searchEngine(articles);
    const app = renderApp(articles, { index: engine, services: { startSearch: (q, limit) => (asked.push(q), engine.start(q, { limit })) } });
    await app.press('/', 'harbour '.repeat(30));
    const before = asked.length;
    expect(asked.at(-1)).toHaveLength(QUERY_LIMIT);
    await app.press('x', 'y', KEYS.backspace);
    expect(asked).toHaveLength(before);
    expect(app.frame()).toContain(`the first ${QUERY_LIMIT} characters searched`);
  });
});
