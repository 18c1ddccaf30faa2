import { createHash } from 'node:crypto';
import type { Article } from '../article.js';

/** How reading state names an article: its path within the archive and a hash of its text. */
export interface ArticleKey {
  readonly path: string;
  readonly hash: string;
}

const hashes = new WeakMap<Article, string>();

/** A hash of what the reader shows (title and paragraphs): the same text at another path hashes the same. */
export function articleHash(article: Article): string {
  let hash = hashes.get(article);
  if (hash === undefined) {
    const h = createHash('sha1').update(article.title);
    for (const p of article.paragraphs) h.update('\n').update(p);
    hash = h.digest('hex').slice(0, 20);
    hashes.set(article, hash);
  }
  return hash;
}

/** The opening words of a paragraph, kept to find it again after an edit. */
export function anchorOf(paragraph: string): string {
  return paragraph.slice(0, 80);
}
