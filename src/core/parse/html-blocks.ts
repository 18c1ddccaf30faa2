import { decodeHTML } from 'entities';

// Pages past these sizes skip the DOM and Readability. Measured here: linkedom took 2.6 s to build
// 100,000 nested divs, Readability did not finish on them, and htmlparser2's tag stack is quadratic in
// depth (4.8 s). The fallback below is one linear pass; it keeps every word, not the page's main text.

/** Largest number of elements given to Readability. */
export const MAX_READABLE_ELEMENTS = 20_000;
/** Deepest nesting given to Readability. */
export const MAX_READABLE_DEPTH = 400;
/**
 * Most `<`, `>` and `&` outside tags given to Readability. Text full of them is slow there: measured
 * here, 100 KB of `> ` in one text node took 0.9 s and 200 KB overflowed its stack; 1 MB of `&amp; `
 * took 38 s in linkedom and Readability together. 19,000 of them cost about 0.45 s, 10,000 about
 * 0.25 s; an article has a few hundred (entities, and `&` in link addresses).
 */
export const MAX_READABLE_STRAY_MARKS = 10_000;
/** Longest page given to Readability, in UTF-16 units (a saved news page is well under 1 MB). */
export const MAX_READABLE_LENGTH = 4_000_000;

const TAG = /<(\/?)([a-zA-Z][\w:-]{0,30})[^<>]{0,4000}?(\/?)>/g;
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'p', 'li', 'td', 'tr', 'th', 'option']);
const BLOCK = /^(p|h[1-6]|li|blockquote|pre|figcaption|td|th|dt|dd|div|section|article|br|tr|title|header|footer|main|aside|ul|ol|table)$/i;
const HIDDEN = ['script', 'style', 'noscript', 'template'];

/** How many elements, how deep they nest, and how many `<` `>` `&` stand outside tags: one linear scan. */
export function measureHtml(html: string): { elements: number; depth: number; strayMarks: number } {
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  let marks = 0;
  for (let i = 0; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (code === 0x3c || code === 0x3e || code === 0x26) marks++;
  }
  let tags = 0;
  for (const match of html.matchAll(TAG)) {
    tags++;
    const name = match[2]!.toLowerCase();
    if (match[1]) depth = Math.max(0, depth - 1);
    else {
      elements++;
      // Void and optionally-closed elements do not nest in practice.
      if (!match[3] && !VOID.has(name)) maxDepth = Math.max(maxDepth, ++depth);
    }
  }
  return { elements, depth: maxDepth, strayMarks: Math.max(0, marks - 2 * tags) };
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
