import { Lexer, type Token, type Tokens } from 'marked';
import type { ArticleParts } from './article-parts.js';
import { takeByline } from './byline.js';
import { normalizeText } from './normalize-text.js';

/** Markdown: the first heading (or first line) is the title; blocks become paragraphs as plain text. */
export function parseMarkdown(text: string): ArticleParts {
  const tokens = new Lexer().lex(normalizeText(text));
  const blocks: string[] = [];
  for (const token of tokens) collectBlocks(token, blocks);
  const [title = '', ...body] = blocks;
  return takeByline(title, body);
}

function collectBlocks(token: Token, out: string[]): void {
  switch (token.type) {
    case 'space':
    case 'hr':
      return;
    case 'list':
      for (const item of (token as Tokens.List).items) pushText(inlineText(item.tokens), out);
      return;
    case 'blockquote':
      for (const inner of (token as Tokens.Blockquote).tokens) collectBlocks(inner, out);
      return;
    case 'code':
      pushText((token as Tokens.Code).text, out);
      return;
    default:
      pushText('tokens' in token && token.tokens ? inlineText(token.tokens) : (token.raw ?? ''), out);
  }
}

function pushText(text: string, out: string[]): void {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean) out.push(clean);
}

// Inline markup to its words: emphasis and links keep their text, images their alt text.
function inlineText(tokens: readonly Token[]): string {
  return tokens
    .map((t) => {
      if (t.type === 'br') return ' ';
      if (t.type === 'image') return (t as Tokens.Image).text;
      if (t.type === 'codespan') return (t as Tokens.Codespan).text;
      if ('tokens' in t && t.tokens) return inlineText(t.tokens);
      if (t.type === 'list') return (t as Tokens.List).items.map((i) => inlineText(i.tokens)).join(' ');
      return 'text' in t ? decodeEntities(String(t.text)) : t.raw;
    })
    .join('');
}

// marked escapes &, <, > and quotes in text tokens.
function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) =>
    ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _);
}
