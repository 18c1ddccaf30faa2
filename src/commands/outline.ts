import type { AnalyzedArticle } from '../core/article.js';
import { sanitizeForTerminal } from '../core/sanitize.js';

/**
 * One article of the plain-text outline (for `reader | less` and other non-terminals): title, quotes,
 * facts and names. The outline is these, one after another; problems go to stderr, not here.
 */
export function formatOutlineArticle(a: AnalyzedArticle): string {
  const lines: string[] = [`# ${a.title}`];
  const meta = [a.path, a.section, a.byline, `${a.words} words`, `${a.readingMinutes} min`].filter(Boolean);
  lines.push(meta.join(' · '));
  if (a.quotes.length) {
    lines.push('', 'Quotes:');
    for (const q of a.quotes) {
      const who = q.speaker ? ` — ${q.speaker}${q.cue ? ` (${q.cue})` : ''}` : '';
      lines.push(`  ${q.partial ? '(partial) ' : ''}“${q.text}”${who}  [¶${q.paragraph + 1}]`);
    }
  }
  if (a.facts.length) {
    lines.push('', 'Facts:');
    for (const f of a.facts) lines.push(`  ${f.kind}: ${f.text}  [¶${f.paragraph + 1}]`);
  }
  if (a.entities.length) {
    lines.push('', 'Names:');
    for (const e of a.entities) lines.push(`  ${e.kind}: ${e.name} (${e.mentions})`);
  }
  lines.push('');
  return sanitizeForTerminal(lines.join('\n')) + '\n';
}
