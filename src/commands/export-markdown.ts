import type { AnalyzedArticle, Quote } from '../core/article.js';
import { factContext } from '../core/reader/fact-groups.js';
import { sanitizeForTerminal } from '../core/sanitize.js';

/**
 * Article text as Markdown inline text: control characters shown as symbols (as on the screen), line
 * breaks as spaces, and the marks Markdown reads as syntax (`*`, `_`, `#`, `[`, `<`, a backtick, `~`)
 * escaped, so a title such as `<b>*Pay* rises</b>` renders as written.
 */
export function markdownText(text: string): string {
  return sanitizeForTerminal(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*_[\]<>#~]/g, '\\$&');
}

/** A path as inline code, with a fence longer than any run of backticks in it. */
function code(text: string): string {
  const safe = sanitizeForTerminal(text).replace(/\n/g, ' ');
  const longest = Math.max(0, ...[...safe.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return longest ? `${fence} ${safe} ${fence}` : `${fence}${safe}${fence}`;
}

/**
 * One article of the digest, in pieces: its title as a heading, the byline and path, each kept quote
 * as a blockquote with its speaker and paragraph (counted from 1), and the facts as a list.
 */
export function* markdownArticle(article: AnalyzedArticle, keep: (quote: Quote) => boolean = () => true): Generator<string> {
  const meta = [article.byline ? markdownText(article.byline) : null, code(article.path), article.section ? markdownText(article.section) : null].filter(Boolean);
  yield `## ${markdownText(article.title) || code(article.path)}\n\n${meta.join(' · ')}\n`;
  for (const q of article.quotes) {
    if (!keep(q)) continue;
    const who = q.speaker ? markdownText(q.speaker) : 'unknown speaker';
    yield `\n> \u201C${markdownText(q.text)}\u201D\n>\n> \u2014 ${who}${q.partial ? ' (in part)' : ''}, \u00B6${q.paragraph + 1}\n`;
  }
  if (article.facts.length) yield '\n';
  for (const f of article.facts) {
    const context = factContext(f);
    yield `- **${markdownText(f.text)}**${context ? ` \u2014 ${markdownText(context)}` : ''} (${f.kind}, \u00B6${f.paragraph + 1})\n`;
  }
  yield '\n';
}
