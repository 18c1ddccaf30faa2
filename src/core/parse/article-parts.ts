import type { Article } from '../article.js';
import { isBoilerplate } from './boilerplate.js';
import { countWords } from './normalize-text.js';

/** What every format is reduced to before the common finishing steps. */
export interface ArticleParts {
  readonly title: string;
  readonly byline: string | null;
  /** Body blocks in order, boilerplate not yet set aside. */
  readonly blocks: readonly string[];
}

/** Words per minute for reading time: a common figure for news prose. */
export const WORDS_PER_MINUTE = 230;

/** Sets boilerplate aside and counts words. */
export function finishArticle(parts: ArticleParts, path: string, section: string | null): Article {
  const paragraphs: string[] = [];
  const boilerplate: string[] = [];
  for (const block of parts.blocks) (isBoilerplate(block) ? boilerplate : paragraphs).push(block);
  const words = paragraphs.reduce((sum, p) => sum + countWords(p), 0);
  const readingMinutes = words === 0 ? 0 : Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
  return { path, title: parts.title, byline: parts.byline, section, paragraphs, boilerplate, words, readingMinutes };
}
