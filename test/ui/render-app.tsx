// Renders the whole app in ink-testing-library at a chosen terminal size, over the real search engine
// filled as run-tui.tsx fills it. No analysis workers run: a test sends analyses when it wants them.
import { render } from 'ink-testing-library';
import type { Article } from '../../src/core/article.js';
import { createSearchIndex } from '../../src/core/search/index.js';
import type { SearchIndex } from '../../src/core/search/search-types.js';
import { App } from '../../src/ui/app.js';
import { NO_SERVICES, type ReaderServices, type ServiceEvent } from '../../src/ui/services.js';
import { makeTheme } from '../../src/ui/theme.js';

/** Lets effects scheduled with setImmediate (search, hits) run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** Key sequences as a terminal sends them. */
export const KEYS = { up: '\x1b[A', down: '\x1b[B', enter: '\r', esc: '\x1b', tab: '\t', shiftTab: '\x1b[Z', backspace: '\x7f', ctrlU: '\x15', ctrlW: '\x17', ctrlC: '\x03', pageDown: '\x1b[6~' } as const;

/** The reader's search engine with these articles indexed. */
export function searchEngine(articles: readonly Article[]): SearchIndex {
  const index = createSearchIndex();
  index.addArticles(articles, 0);
  return index;
}

/**
 * Renders the app; returns the frame, key presses, resize, and a way to send service events. Searches
 * go to `index` (by default one holding `articles`), which the app hears is fully indexed once it
 * subscribes; analyses sent with `send` are added to it first, as the reader does.
 */
export function renderApp(
  articles: readonly Article[],
  options: { columns?: number; rows?: number; color?: boolean; index?: SearchIndex; services?: Partial<ReaderServices> } = {},
) {
  const index = options.index ?? searchEngine(articles);
  let listener: ((event: ServiceEvent) => void) | null = null;
  const services: ReaderServices = {
    ...NO_SERVICES,
    search: (query, limit) => index.search(query, { limit }),
    startSearch: (query, limit) => index.start(query, { limit }),
    subscribe: (l) => {
      listener = l;
      queueMicrotask(() => l({ type: 'indexed', count: articles.length }));
      return () => (listener = null);
    },
    ...options.services,
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
      if (event.type === 'analyses') for (const [article, result] of event.entries) if (!('error' in result)) index.addAnalysis(article, result);
      listener?.(event);
      await settle();
    },
    frame: () => app.lastFrame() ?? '',
  };
}
