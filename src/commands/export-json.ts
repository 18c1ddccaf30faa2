import type { AnalyzedArticle, LoadError } from '../core/article.js';
import { escapeJsonForTerminal } from '../core/sanitize.js';

// `--json` is written article by article, so output never has to fit one string: the pieces below
// join into exactly what `JSON.stringify({ articles, errors }, null, 2)` would print.

/** The fields of one article that come before its analysis, in the documented order. Text is kept as loaded. */
function articleHead(a: AnalyzedArticle): object {
  return {
    path: a.path,
    title: a.title,
    byline: a.byline,
    section: a.section,
    paragraphs: a.paragraphs,
    boilerplate: a.boilerplate,
    words: a.words,
    readingMinutes: a.readingMinutes,
  };
}

/** What comes before the first article. */
export const JSON_OPENING = '{\n  "articles": [';

/**
 * One article as an element of the `articles` array, in pieces (`first` says whether a comma goes
 * before it): each quote, fact and entity is its own piece, so a number-dense article with a hundred
 * thousand facts never becomes one huge string.
 */
export function* jsonArticlePieces(article: AnalyzedArticle, first: boolean): Generator<string> {
  const head = JSON.stringify(articleHead(article), null, 2);
  yield `${first ? '\n' : ',\n'}    ${escapeJsonForTerminal(indent(head.slice(0, -2), 4))}`;
  yield* arrayPieces('quotes', article.quotes);
  yield* arrayPieces('facts', article.facts);
  yield* arrayPieces('entities', article.entities);
  yield '\n    }';
}

function* arrayPieces(name: string, items: readonly object[]): Generator<string> {
  if (items.length === 0) {
    yield `,\n      "${name}": []`;
    return;
  }
  yield `,\n      "${name}": [`;
  for (let i = 0; i < items.length; i++) yield `${i ? ',' : ''}\n        ${escapeJsonForTerminal(indent(JSON.stringify(items[i], null, 2), 8))}`;
  yield '\n      ]';
}

/** What comes after the last article: the errors, and the end of the document. */
export function jsonClosing(errors: readonly LoadError[], anyArticles: boolean): string {
  const list = errors.map((e) => ({ path: e.path, message: e.message }));
  return `${anyArticles ? '\n  ]' : ']'},\n  "errors": ${escapeJsonForTerminal(indent(JSON.stringify(list, null, 2), 2))}\n}\n`;
}

// JSON.stringify escapes line breaks inside strings, so every raw newline is structure.
function indent(json: string, spaces: number): string {
  return json.replace(/\n/g, `\n${' '.repeat(spaces)}`);
}
