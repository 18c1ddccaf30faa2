import { describe, expect, it } from 'vitest';
import { footerHints } from '../../src/ui/keymap.js';
import { fitHints } from '../../src/ui/panes/status-bar.js';
import { makeArticle } from '../helpers/seed.js';
import { KEYS, renderApp } from './render-app.js';

const articles = [
  { ...makeArticle(['Turnout was high.'], 'Council vote disputed'), section: 'politics' },
  { ...makeArticle(['Boats landed cod.'], 'Harbour trade grows'), section: 'business' },
  { ...makeArticle(['The mayor opened a bridge.'], 'Mayor opens bridge'), section: 'politics' },
];

describe('sections menu (ink-select-input)', () => {
  it('s lists all sections and each section with its count; a number key chooses without moving the focus', async () => {
    const app = renderApp(articles, { columns: 80, rows: 24 });
    await app.press('2', 's');
    const menu = app.frame();
    expect(menu).toContain('1 All sections (3)');
    expect(menu).toContain('2 business (1)');
    expect(menu).toContain('3 politics (2)');
    expect(menu).toContain('▶ 1 Articles');
    expect(menu.split('\n').at(-1)).toMatch(/Sections .*Esc close/);
    await app.press('3');
    const lines = app.frame().split('\n');
    expect(lines[0]).toContain('politics: 2 of 3 articles');
    expect(app.frame()).toContain('▶ 1 Articles  1/2');
    expect(app.frame()).toContain('Mayor opens bridge');
    expect(app.frame()).not.toContain('Harbour trade grows');
  });

  it('moves with arrows and chooses with Enter; Esc closes without a change', async () => {
    const app = renderApp(articles, { columns: 120, rows: 36 });
    await app.press('s', KEYS.down, KEYS.enter);
    expect(app.frame().split('\n')[0]).toContain('business: 1 of 3 articles');
    expect(app.frame()).toContain('business');
    await app.press('s');
    expect(app.frame()).toMatch(/▌ ?2 business \(1\)/); // it opens on the section shown
    await app.press(KEYS.esc);
    expect(app.frame()).not.toContain('All sections');
    expect(app.frame().split('\n')[0]).toContain('business: 1 of 3 articles');
    await app.press('s', '1');
    expect(app.frame().split('\n')[0]).toMatch(/reader · 3 articles/);
  });

  it('says in the footer that there are no sections (one story, or files given loose)', async () => {
    const app = renderApp([makeArticle(['One paragraph.'], 'Alone')]);
    await app.press('s');
    expect(app.frame()).not.toContain('All sections');
    expect(app.frame().split('\n').at(-1)).toContain('no sections');
  });
});

describe('footer', () => {
  it('drops the least important hints first; help and quit always show', () => {
    const hints = footerHints('reader');
    expect(fitHints(hints, 200)).toEqual(hints.map((h) => h.label));
    const narrow = fitHints(hints, 40);
    expect(narrow).toContain('? help');
    expect(narrow).toContain('q quit');
    expect(narrow.join(' · ').length).toBeLessThanOrEqual(40);
    expect(fitHints(hints, 5)).toEqual(['? help', 'q quit']);
  });

  it('shows whole hints at 80 columns in every pane', async () => {
    const app = renderApp(articles, { columns: 80, rows: 24 });
    for (const key of ['1', '2', '3', '4']) {
      await app.press(key);
      const footer = app.frame().split('\n').at(-1)!;
      expect(footer).toMatch(/\? help · q quit$/);
    }
  });
});
