import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Article } from '../../src/core/article.js';
import { parseArticle } from '../../src/core/parse/parse-article.js';

/** Absolute path of the bundled seed article. */
export const SEED_PATH = fileURLToPath(new URL('../../seeds/000_5cde5d4b43064cba.txt', import.meta.url));

/** The seed, parsed. */
export function seedArticle(): Article {
  return parseArticle({ path: 'seeds/000_5cde5d4b43064cba.txt', section: null, format: 'text', text: readFileSync(SEED_PATH, 'utf8') });
}

/** A made-up article from a title and paragraphs. */
export function makeArticle(paragraphs: readonly string[], title = 'Test article'): Article {
  return parseArticle({ path: 'test.txt', section: null, format: 'text', text: [title, ...paragraphs].join('\n\n') });
}
