// A quote as it goes into a draft: the words, who said them, and where to find them again.
import type { Article, Quote } from '../article.js';

/** `“…” — Tony Blair, "Blair to face trust issue head on", bbc/politics/123.txt ¶3` (¶ from 1). */
export function citation(quote: Quote, article: Article): string {
  const text = quote.text.replace(/\s+/g, ' ').trim();
  const who = quote.speaker ? ` — ${quote.speaker},` : ' —';
  return `“${text}”${who} "${article.title.replace(/\s+/g, ' ').trim()}", ${article.path} ¶${quote.paragraph + 1}`;
}
