// Web addresses named as firms and sites (`latinohiphopradio.com`, `Amazon.com`, `www.dec.org.uk`).
import type { Token } from './fact-tokens.js';

const TOP_LEVEL = new Set(['com', 'net', 'org', 'biz', 'info', 'tv']);
const COUNTRY_LEVEL = new Set(['uk', 'ie', 'au', 'nz']);
const SECOND_LEVEL = new Set(['co', 'org', 'ac', 'gov', 'com', 'net']);

/** The address that starts at token `i` and the index just past it, or undefined; `dot.com` is a word, and mail addresses are not read. */
export function webName(tokens: readonly Token[], i: number): { text: string; to: number } | undefined {
  const first = tokens[i];
  if (first?.type !== 'word' || tokens[i + 1]?.text !== '.' || tokens[i + 1]!.gap) return undefined;
  const before = tokens[i - 1];
  if (before && !first.gap && (before.text === '.' || before.text === '@')) return undefined;
  const labels = [first.text];
  let j = i + 1;
  while (tokens[j]?.text === '.' && !tokens[j]!.gap && tokens[j + 1]?.type === 'word' && !tokens[j + 1]!.gap) {
    labels.push(tokens[j + 1]!.text);
    j += 2;
  }
  const last = labels[labels.length - 1]!.toLowerCase();
  const site = labels.length >= 2 && (TOP_LEVEL.has(last) || (COUNTRY_LEVEL.has(last) && labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2]!.toLowerCase())));
  if (!site || (labels.length === 2 && first.text.toLowerCase() === 'dot')) return undefined;
  return { text: labels.join('.'), to: j };
}

/** The name an address is filed under: `Amazon.com` with `Amazon`, `www.arsenal.com` with `arsenal`. */
export function withoutWebSuffix(name: string): string {
  return name.replace(/^www\./i, '').replace(/\.(?:(?:co|org|ac|gov|com|net)\.(?:uk|ie|au|nz)|com|net|org|biz|info|tv)$/i, '');
}
