// loadCorpus for a fast start: plain-text and Markdown articles are parsed without loading the HTML
// parser (linkedom, Readability, entities), which is imported only when an HTML file is among the
// documents. The reader's first frame on text files comes about 40 ms sooner (see the README).
import type { Article, RawDocument } from '../article.js';
import type { Corpus } from './load-corpus.js';
import { parseDocuments } from '../parse/parse-documents.js';
import type { InputPath } from './find-files.js';
import { loadDocuments, type LoadOptions } from './load-documents.js';
import { finishArticle } from '../parse/article-parts.js';
import { parseMarkdown } from '../parse/parse-markdown.js';
import { parsePlainText } from '../parse/parse-plain-text.js';

/** parseArticle for the formats that need no HTML parser (it gives the same result for them). */
function parseTextArticle(doc: RawDocument): Article {
  return finishArticle(doc.format === 'markdown' ? parseMarkdown(doc.text) : parsePlainText(doc.text), doc.path, doc.section);
}

/** Files and folders -> parsed articles, as loadCorpus does, importing the HTML parser only when needed. */
export async function loadCorpusLazily(inputs: readonly InputPath[], options: LoadOptions = {}): Promise<Corpus> {
  const loaded = loadDocuments(inputs, options);
  const parse = loaded.documents.some((d) => d.format === 'html') ? (await import('../parse/parse-article.js')).parseArticle : parseTextArticle;
  return parseDocuments(loaded, parse);
}
