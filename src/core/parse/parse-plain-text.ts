import type { ArticleParts } from './article-parts.js';
import { takeByline } from './byline.js';
import { normalizeText } from './normalize-text.js';

/**
 * Plain-text layout: the first non-empty line is the title, an optional credit line follows, then
 * paragraphs separated by blank lines. Lines inside a paragraph are joined by a space (hard wraps).
 */
export function parsePlainText(text: string): ArticleParts {
  const normal = normalizeText(text);
  const titleMatch = /\S[^\n]*/.exec(normal);
  if (!titleMatch) return { title: '', byline: null, blocks: [] };
  const title = titleMatch[0].trim();
  const body = splitBlocks(normal.slice(titleMatch.index + titleMatch[0].length));
  return takeByline(title, body);
}

/** Blank-line separated blocks, each with its lines trimmed and joined. */
export function splitBlocks(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').map((line) => line.trim()).filter(Boolean).join(' '))
    .filter((block) => block.length > 0);
}
