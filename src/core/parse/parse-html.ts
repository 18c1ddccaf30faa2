import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleParts } from './article-parts.js';
import { normalizeText } from './normalize-text.js';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dt, dd';

/** A saved web page: Readability finds the main text, title and byline. */
export function parseHtml(html: string): ArticleParts {
  const { document } = parseHTML(normalizeText(html));
  const pageTitle = clean(document.querySelector('title')?.textContent ?? '');
  const parsed = new Readability(document as unknown as Document, { charThreshold: 0 }).parse();
  const { document: body } = parseHTML(`<html><body>${parsed?.content ?? ''}</body></html>`);
  let blocks = [...body.querySelectorAll(BLOCKS)]
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => clean(el.textContent ?? ''))
    .filter(Boolean);
  if (blocks.length === 0 && parsed?.textContent) blocks = [clean(parsed.textContent)].filter(Boolean);
  const title = clean(parsed?.title ?? '') || pageTitle || blocks[0] || '';
  const byline = clean(parsed?.byline ?? '') || null;
  // Readability leaves the headline and byline in the content; they have their own fields.
  blocks = blocks.filter((block, i) => !(i < 3 && (block === title || block === byline)));
  return { title, byline, blocks };
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
