// Parsing: one raw document (text, Markdown, HTML) into an Article with title, byline and paragraphs.
// May import core/article and the HTML libraries; never the file system, React or Ink.
import type { Article, RawDocument } from '../article.js';
import { finishArticle, type ArticleParts } from './article-parts.js';
import { parseHtml } from './parse-html.js';
import { parseMarkdown } from './parse-markdown.js';
import { parsePlainText } from './parse-plain-text.js';

/** Raw text in any supported format -> Article. Never throws on odd text. */
export function parseArticle(doc: RawDocument): Article {
  return finishArticle(parseParts(doc), doc.path, doc.section);
}

function parseParts(doc: RawDocument): ArticleParts {
  switch (doc.format) {
    case 'html':
      return parseHtml(doc.text);
    case 'markdown':
      return parseMarkdown(doc.text);
    default:
      return parsePlainText(doc.text);
  }
}
