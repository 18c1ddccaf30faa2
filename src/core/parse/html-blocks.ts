import { decodeHTML } from 'entities';

// Pages past these sizes skip the DOM and Readability. Measured here: linkedom took 2.6 s to build
// 100,000 nested divs, Readability did not finish on them, and htmlparser2's tag stack is quadratic in
// depth (4.8 s). The fallback below is one linear pass; it keeps every word, not the page's main text.

/** Largest number of elements given to Readability. */
export const MAX_READABLE_ELEMENTS = 20_000;
/** Deepest nesting given to Readability. */
export const MAX_READABLE_DEPTH = 400;

const TAG = /<(\/?)([a-zA-Z][\w:-]{0,30})[^<>]{0,4000}?(\/?)>/g;
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'p', 'li', 'td', 'tr', 'th', 'option']);
const BLOCK = /^(p|h[1-6]|li|blockquote|pre|figcaption|td|th|dt|dd|div|section|article|br|tr|title|header|footer|main|aside|ul|ol|table)$/i;
const HIDDEN = ['script', 'style', 'noscript', 'template'];

/** How many elements and how deep a page nests, from one linear scan of its tags. */
export function measureHtml(html: string): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  for (const match of html.matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    if (match[1]) depth = Math.max(0, depth - 1);
    else {
      elements++;
      // Void and optionally-closed elements do not nest in practice.
      if (!match[3] && !VOID.has(name)) maxDepth = Math.max(maxDepth, ++depth);
    }
  }
  return { elements, depth: maxDepth };
}

/** Title and text blocks of any page in linear time: blocks split at block tags, other tags dropped. */
export function stripHtml(html: string): { title: string; blocks: string[] } {
  const visible = removeHidden(removeComments(html));
  const titleMatch = /<title[^<>]{0,200}>([^<]{0,2000})<\/title>/i.exec(visible);
  const body = titleMatch ? visible.slice(0, titleMatch.index) + visible.slice(titleMatch.index + titleMatch[0].length) : visible;
  const text = body.replace(TAG, (_whole, _close: string, name: string) => (BLOCK.test(name) ? '\n\n' : ' '));
  const blocks = text
    .split(/\n\n/)
    .map((block) => decodeHTML(block).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { title: decodeHTML(titleMatch?.[1] ?? '').replace(/\s+/g, ' ').trim(), blocks };
}

// indexOf loops rather than lazy regexes: an unclosed `<!--` must not make the scan quadratic.
function removeComments(html: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = html.indexOf('<!--', at);
    if (open < 0) return out + html.slice(at);
    out += html.slice(at, open);
    const close = html.indexOf('-->', open + 4);
    if (close < 0) return out;
    at = close + 3;
  }
}

function removeHidden(html: string): string {
  let text = html;
  for (const name of HIDDEN) {
    const lower = text.toLowerCase();
    let out = '';
    let at = 0;
    for (;;) {
      const open = lower.indexOf(`<${name}`, at);
      if (open < 0) break;
      const close = lower.indexOf(`</${name}`, open);
      if (close < 0) break;
      out += text.slice(at, open);
      const end = lower.indexOf('>', close);
      at = end < 0 ? text.length : end + 1;
    }
    text = out + text.slice(at);
  }
  return text;
}
