// Renders the whole app in ink-testing-library at a chosen terminal size, with fake services.
import { render } from 'ink-testing-library';
import type { Article } from '../../src/core/article.js';
import type { SearchResults } from '../../src/core/search/search-types.js';
import { App } from '../../src/ui/app.js';
import { NO_SERVICES, type ReaderServices, type ServiceEvent } from '../../src/ui/services.js';
import { makeTheme } from '../../src/ui/theme.js';

/** Lets effects scheduled with setImmediate (search, hits) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** Key sequences as a terminal sends them. */
export const KEYS = { up: '\x1b[A', down: '\x1b[B', enter: '\r', esc: '\x1b', tab: '\t', shiftTab: '\x1b[Z', backspace: '\x7f', ctrlU: '\x15', ctrlW: '\x17', ctrlC: '\x03', pageDown: '\x1b[6~' } as const;

/** A fake engine: case-insensitive substring search over paragraphs. */
export function substringSearch(articles: readonly Article[]): ReaderServices['search'] {
  return (query, limit): SearchResults => {
    const q = query.toLowerCase();
    const all = articles.flatMap((a, article) => a.paragraphs.flatMap((p, paragraph) => {
      const at = p.toLowerCase().indexOf(q);
      return at < 0 ? [] : [{ article, where: 'paragraph' as const, paragraph, item: null, hits: [[at, at + q.length] as const], snippet: p.slice(0, 80), snippetHits: at + q.length <= 80 ? [[at, at + q.length] as const] : [] }];
    }));
    return { query, total: all.length, articleCount: new Set(all.map((r) => r.article)).size, results: all.slice(0, limit), didYouMean: null };
  };
}

/** Renders the app; returns the frame, key presses, resize, and a way to send service events. */
export function renderApp(articles: readonly Article[], options: { columns?: number; rows?: number; color?: boolean; services?: Partial<ReaderServices> } = {}) {
  let listener: ((event: ServiceEvent) => void) | null = null;
  const services: ReaderServices = {
    ...NO_SERVICES, subscribe: (l) => ((listener = l), () => (listener = null)), ...options.services,
    startSearch(query, limit) {
      return { query, done: true, step: () => services.search(query, limit) };
    },
  };
  const app = render(<App articles={articles} loadErrors={[]} services={services} theme={makeTheme(options.color ?? false)} />);
  const resize = (columns: number, rows: number) => {
    Object.defineProperty(app.stdout, 'columns', { value: columns, configurable: true });
    Object.defineProperty(app.stdout, 'rows', { value: rows, configurable: true });
    app.stdout.emit('resize');
  };
  resize(options.columns ?? 120, options.rows ?? 36);
  return {
    ...app,
    resize: async (columns: number, rows: number) => {
      resize(columns, rows);
      await settle();
    },
    press: async (...keys: string[]) => {
      await settle();
      for (const key of keys) {
        app.stdin.write(key);
        await settle();
      }
    },
    send: async (event: ServiceEvent) => {
      listener?.(event);
      await settle();
    },
    frame: () => app.lastFrame() ?? '',
  };
}
