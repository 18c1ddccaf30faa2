import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ArticleParts } from './article-parts.js';
import { MAX_READABLE_DEPTH, MAX_READABLE_ELEMENTS, MAX_READABLE_LENGTH, MAX_READABLE_STRAY_MARKS, measureHtml, stripHtml } from './html-blocks.js';
import { normalizeText } from './normalize-text.js';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dt, dd';

/** A saved web page: Readability finds the main text, title and byline. */
export function parseHtml(html: string): ArticleParts {
  const text = normalizeText(html);
  const shape = measureHtml(text);
  const tooMuch = shape.elements > MAX_READABLE_ELEMENTS || shape.depth > MAX_READABLE_DEPTH
    || shape.strayMarks > MAX_READABLE_STRAY_MARKS || text.length > MAX_READABLE_LENGTH;
  if (tooMuch) {
    const { title, blocks } = stripHtml(text);
    const named = withoutSiteName(title);
    return { title: named || blocks[0] || '', byline: null, blocks: named ? blocks.filter((b, i) => !(i === 0 && b === named)) : blocks.slice(1) };
  }
  const document = parseDocument(text);
  const pageTitle = clean(document.querySelector('title')?.textContent ?? '');
  const fallbackText = clean(document.body?.textContent ?? document.documentElement?.textContent ?? '');
  let parsed: ReturnType<Readability['parse']> = null;
  try {
    parsed = new Readability(document as unknown as Document, { charThreshold: 0 }).parse();
  } catch {
    // Readability gives up on some broken pages; their text is still shown below.
  }
  const { document: body } = parseHTML(`<html><body>${parsed?.content ?? ''}</body></html>`);
  let blocks = [...body.querySelectorAll(BLOCKS)]
    .filter((el) => !el.querySelector(BLOCKS))
    .map((el) => clean(el.textContent ?? ''))
    .filter(Boolean);
  if (blocks.length === 0) blocks = [clean(parsed?.textContent ?? '') || fallbackText].filter(Boolean);
  const headline = clean(document.querySelector('h1')?.textContent ?? '');
  const title = pageHeadline(clean(parsed?.title ?? '') || pageTitle || blocks[0] || '', headline);
  const byline = clean(parsed?.byline ?? '') || null;
  // Readability leaves the headline and byline in the content; they have their own fields.
  blocks = blocks.filter((block, i) => !(i < 3 && (block === title || block === byline || block === headline)));
  return { title, byline, blocks };
}

/**
 * The story's headline: the page's <h1> when the <title> holds it (`Bridge opens | Example News`),
 * else the title without a site name after a separator.
 */
function pageHeadline(title: string, h1: string): string {
  if (h1 && h1 !== title && title.includes(h1)) return h1;
  return withoutSiteName(title);
}

// `Headline | Site`, `Headline — Site`: a short last part after a bar or a long dash names the site
// (not a colon or a hyphen: `Election 2005: Blair to go` is all headline).
const SITE_SUFFIX = /^(.{12,}?)\s+[|–—·]\s+([^|–—·]{1,40})$/;

/** A page title without the site's name after it (titles past 300 characters are left as they are). */
export function withoutSiteName(title: string): string {
  const match = title.length <= 300 ? SITE_SUFFIX.exec(title) : null;
  return match ? match[1]!.trim() : title;
}

// A fragment without <html> gets no document element from linkedom; Readability needs one. Text
// straight under the document is also slow to parse, so a page without `<html` is wrapped at once.
function parseDocument(html: string) {
  if (!/<html[\s>]/i.test(html)) return parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
  const { document } = parseHTML(html);
  return document.documentElement ? document : parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
