import type { ArticleParts } from './article-parts.js';
import { normalizeText } from './normalize-text.js';
import { parsePlainText } from './parse-plain-text.js';

// Hand-written on purpose: measured here, marked hung for over 20 s on 200 KB of `_a` and overflowed
// the stack on 100,000 `>`; mdast-util-from-markdown took 104 s on the same `>` run. An article needs
// only its words, so one pass per line with bounded patterns reduces Markdown to the plain-text
// layout in linear time, and the plain-text parser does the rest.

/** Markdown: the first line (a heading, usually) is the title; markup is reduced to its words. */
export function parseMarkdown(text: string): ArticleParts {
  const lines: string[] = [];
  let fence: string | null = null;
  for (const raw of normalizeText(text).split('\n')) {
    const opening: { fence: string; info: string } | null = fence === null ? openingFence(raw) : null;
    if (opening) {
      fence = opening.fence;
      // The info string (`python`) is the writer's text too; it stays, on a line of its own.
      lines.push('', opening.info, '');
    } else if (fence !== null && isClosingFence(raw, fence)) {
      fence = null;
      lines.push('');
    } else {
      if (fence !== null) lines.push(raw);
      // A heading or list item is a block of its own, even without blank lines around it.
      else if (/^\s*(?:>\s*)*(?:#{1,6}\s|[-*+]\s|\d{1,9}[.)]\s)/.test(raw)) lines.push('', markdownLine(raw), '');
      else lines.push(markdownLine(raw));
    }
  }
  return parsePlainText(lines.join('\n'));
}

// CommonMark fences: three or more backticks or tildes; a backtick fence's info string holds no
// backtick (so "```code```" is inline code), and only a bare run as long, of the same mark, closes it.
function openingFence(line: string): { fence: string; info: string } | null {
  const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
  if (!match || (match[1]![0] === '`' && match[2]!.includes('`'))) return null;
  return { fence: match[1]!, info: match[2]!.trim() };
}

function isClosingFence(line: string, fence: string): boolean {
  const match = /^ {0,3}(`{3,}|~{3,}) *$/.exec(line);
  return match !== null && match[1]![0] === fence[0] && match[1]!.length >= fence.length;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ', '#39': "'" };

/** One line of Markdown -> its plain words (block markers and inline markup removed). */
export function markdownLine(line: string): string {
  const { text: body, heading } = stripBlockMarkers(line);
  if (/^([-*_])(?: *\1){2,} *$/.test(body)) return '';
  return (heading ? stripClosingHashes(body) : body)
    .replace(/!?\[([^\]\n]{0,500})\]\([^()\s]{0,2000}(?: "[^"\n]{0,200}")?\)/g, '$1')
    .replace(/\[([^\]\n]{0,500})\]\[[^\]\n]{0,100}\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]{1,2000})>/g, '$1')
    .replace(/(^|[\s([{"'“‘])(?:\*{1,3}|_{1,3})(?=\S)/g, '$1')
    .replace(/(?<=\S)(?:\*{1,3}|_{1,3})(?=$|[\s)\]}.,;:!?"'”’])/g, '')
    // Code marks go; a backtick between two letters (`don`t`) is text, so the word stays whole.
    .replace(/`+/g, (run: string, at: number, all: string) => (WORD_CHAR.test(all[at - 1] ?? '') && WORD_CHAR.test(all[at + run.length] ?? '') ? run : ''))
    .replace(/&(amp|lt|gt|quot|nbsp|#39);/g, (whole, name: string) => ENTITIES[name] ?? whole);
}

// Quote, list and heading markers at the start of a line, read with a sticky pattern (no re-slicing,
// so 100,000 `>` cost one pass).
const MARKER = /(?: {0,3}> ?)|(?:[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S))|( {0,3}#{1,6}(?:[ \t]+|$))/y;

function stripBlockMarkers(line: string): { text: string; heading: boolean } {
  let at = 0;
  let heading = false;
  for (;;) {
    MARKER.lastIndex = at;
    const match = MARKER.exec(line);
    if (!match || match[0].length === 0) break;
    if (match[1] !== undefined) heading = true;
    at += match[0].length;
  }
  return { text: line.slice(at), heading };
}

// `## Title ##` -> `## Title`.
function stripClosingHashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  return end < text.length && (end === 0 || /\s/.test(text[end - 1]!)) ? text.slice(0, end).trimEnd() : text;
}
