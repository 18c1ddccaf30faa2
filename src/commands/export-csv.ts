import type { AnalyzedArticle, Quote } from '../core/article.js';
import { sanitizeForTerminal } from '../core/sanitize.js';

// RFC 4180: CRLF ends every record, a field holding a comma, a quotation mark or a line break is
// enclosed in quotation marks, and a quotation mark inside one is doubled.

/** The header row. */
export const CSV_HEADER = 'speaker,quote,cue,partial,title,path,section,paragraph\r\n';

/** One field: control characters shown as symbols (as on the screen), quoted when RFC 4180 needs it. */
export function csvField(value: string): string {
  const safe = sanitizeForTerminal(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record per kept quotation of the article, in article order; `paragraph` counts from 1. */
export function* csvArticleRows(article: AnalyzedArticle, keep: (quote: Quote) => boolean = () => true): Generator<string> {
  const tail = [article.title, article.path, article.section ?? ''].map(csvField).join(',');
  for (const q of article.quotes) {
    if (!keep(q)) continue;
    yield `${csvField(q.speaker ?? '')},${csvField(q.text)},${csvField(q.cue ?? '')},${q.partial},${tail},${q.paragraph + 1}\r\n`;
  }
}
