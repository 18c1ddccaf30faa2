// Shared by the sampling benches: the BBC corpus as parsed articles named `section/file`, and a seeded
// random order, so a sample can be drawn again and judged by hand.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../src/core/article.js';
import { parseArticle } from '../src/core/parse/parse-article.js';

/** Where the BBC corpus is read from (READER_BBC overrides). */
export const CORPUS = process.env['READER_BBC'] ?? fileURLToPath(new URL('../../shared/corpus/bbc', import.meta.url));

/** Every article of the corpus in file order, or null when the corpus is absent. */
export function loadBbc(): Article[] | null {
  if (!existsSync(CORPUS)) return null;
  const articles: Article[] = [];
  for (const section of readdirSync(CORPUS).sort()) {
    for (const file of readdirSync(join(CORPUS, section)).sort()) {
      if (!file.endsWith('.txt')) continue;
      const path = `${section}/${file}`;
      articles.push(parseArticle({ path, section, format: 'text', text: readFileSync(join(CORPUS, path), 'utf8') }));
    }
  }
  return articles;
}

/** A seeded generator of numbers in [0, 1) (mulberry32): the same seed draws the same sample. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` items drawn without replacement, in the order drawn. */
export function sample<T>(items: readonly T[], count: number, random: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) {
    const k = Math.floor(random() * pool.length);
    out.push(pool[k]!);
    pool[k] = pool[pool.length - 1]!;
    pool.pop();
  }
  return out;
}

/** Up to `width` characters either side of `at` in one line, for judging an item by eye (never stored). */
export function around(text: string, at: number, length: number, width = 70): string {
  const from = Math.max(0, at - width);
  const to = Math.min(text.length, at + length + width);
  return `${from > 0 ? '…' : ''}${text.slice(from, at)}[${text.slice(at, at + length)}]${text.slice(at + length, to)}${to < text.length ? '…' : ''}`;
}
