// The article list's entries at a width: the title on up to two lines, then a line of details
// (section, quotes, words / reading minutes). Shared by the reducer (to scroll) and the view (to draw).
import type { Article } from '../article.js';
import { sanitizeForTerminal } from '../sanitize.js';
import { displayWidth, wrapText } from './wrap-text.js';
import { groupDigits } from '../group-digits.js';

/** Title lines an entry shows at most; a longer title ends in an ellipsis. */
export const TITLE_LINES = 2;
/** Columns before an entry's text: the cursor bar, the current-article mark and a space. */
export const ENTRY_INDENT = 3;

const titleMemo = new WeakMap<Article, { width: number; lines: readonly string[] }>();

/** The title's lines in `width` columns (indent included), safe for the terminal. */
export function titleLines(article: Article, width: number): readonly string[] {
  const known = titleMemo.get(article);
  if (known && known.width === width) return known.lines;
  // Two lines never need more than a few hundred characters (a hostile title may be megabytes).
  const title = sanitizeForTerminal(article.title.slice(0, 400).replace(/\s+/g, ' ').trim()) || '(untitled)';
  const room = Math.max(4, width - ENTRY_INDENT);
  const spans = wrapText(title, room);
  const lines = spans.slice(0, TITLE_LINES).map((s) => title.slice(s.start, s.end));
  if (spans.length > TITLE_LINES) lines[TITLE_LINES - 1] = cutToWidth(`${lines[TITLE_LINES - 1]!} ${title.slice(spans[TITLE_LINES]!.start)}`, room);
  titleMemo.set(article, { width, lines });
  return lines;
}

/** Rows an entry takes: its title lines and the details line. */
export function entryHeight(article: Article, width: number): number {
  return titleLines(article, width).length + 1;
}

/** What the details line says. */
export interface EntryDetails {
  /** The section, or null when the list shows one section only (or the article has none). */
  readonly section: string | null;
  /** Quotes found, or undefined while the article is being analysed. */
  readonly quotes: number | undefined;
  readonly words: number;
  readonly minutes: number;
}

/** `business · 3 quotes · 415w/2m`; when it is too wide, words and minutes go first, then the line is cut. */
export function detailsLine(details: EntryDetails, width: number): string {
  const { section, quotes, words, minutes } = details;
  const parts = [
    section === null ? null : sanitizeForTerminal(section),
    quotes === undefined ? '… quotes' : `${quotes} ${quotes === 1 ? 'quote' : 'quotes'}`,
    `${groupDigits(words)}w/${minutes}m`,
  ].filter((p): p is string => p !== null);
  const room = Math.max(1, width - ENTRY_INDENT);
  const full = parts.join(' · ');
  if (displayWidth(full) <= room || parts.length < 3) return cutToWidth(full, room);
  return cutToWidth(parts.slice(0, -1).join(' · '), room);
}

/** Text cut to `width` columns, ending in an ellipsis when something was left out. */
export function cutToWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const spans = wrapText(text, Math.max(1, width - 1));
  const first = spans[0]!;
  // Prefer the words that fit; a single long word is cut inside.
  return `${text.slice(first.start, first.end)}…`;
}
