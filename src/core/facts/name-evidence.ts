// What the whole article says about its capitalised words: where a word is written in lower case, and
// which words it plainly uses as names (`Sky said`, `Shell's`, `told the Times`, `Sky Plus`).
import { foldName } from './fold-name.js';
import type { ParagraphTokens } from './paragraph-tokens.js';
import { startsUpper, withoutPossessive, type Token } from './fact-tokens.js';

/** What the whole article says about words, to judge capitalised words that could be common words. */
export interface ArticleWords {
  /** Folded words seen capitalised away from the start of a sentence. */
  readonly capitalisedInside: ReadonlySet<string>;
  /** Words seen in lower case. */
  readonly lowerCase: ReadonlySet<string>;
  /** Folded capitalised words the article uses as names somewhere (possessive, subject of `said`, part of a longer name). */
  readonly namedUse: ReadonlySet<string>;
  /** The same, part of a longer name left out: the first or last word of a phrase that plainly names something. */
  readonly strongUse: ReadonlySet<string>;
}

/** Words after a capitalised word that show it names someone or something (`Sky said`, `Blur frontman`). */
const NAME_AFTER = new Set([
  'said', 'says', 'told', 'added', 'announced', 'reported', 'claimed', 'insisted', 'warned', 'confirmed', 'revealed', 'denied', 'argued',
  'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chief', 'boss', 'shares', 'shareholders', 'frontman', 'singer',
  'bassist', 'guitarist', 'drummer', 'founder', 'executive', 'executives', 'director', 'owner', 'subscribers', 'customers', 'itself',
]);
/** Nouns before a name that say it is a firm or a title (`magazine Rolling Stone`, `retailer Best Buy`). */
export const ORG_BEFORE = new Set([
  'magazine', 'newspaper', 'paper', 'firm', 'company', 'group', 'band', 'bank', 'retailer', 'airline', 'carrier', 'network', 'channel', 'station',
  'label', 'publisher', 'broadcaster', 'website', 'agency', 'chain', 'giant', 'maker', 'manufacturer', 'operator', 'supermarket', 'insurer',
  'lender', 'brewer', 'studio', 'charity', 'watchdog', 'regulator', 'consultancy', 'consultants', 'analysts', 'outfit', 'rivals', 'champions',
]);

/** Gathers the article's word evidence in one pass over its tokens. */
export function articleWords(paragraphs: readonly ParagraphTokens[]): ArticleWords {
  const capitalisedInside = new Set<string>();
  const lowerCase = new Set<string>();
  const namedUse = new Set<string>();
  const strongUse = new Set<string>();
  for (const { tokens, sentenceStarts } of paragraphs) {
    tokens.forEach((token, i) => {
      if (token.type !== 'word') return;
      if (!startsUpper(token.text)) {
        lowerCase.add(withoutPossessive(token.text));
        return;
      }
      const inside = !sentenceStarts.has(i) && tokens[i - 1]?.type !== 'mark';
      const shown = showsName(tokens, i, inside);
      const named = shown || partOfName(tokens, i, inside, sentenceStarts);
      if (!inside && !named) return;
      // The folded form drops a possessive ending anyway (`Sky's` -> `sky`).
      const folded = foldName(token.text);
      if (inside) capitalisedInside.add(folded);
      if (shown) strongUse.add(folded);
      if (named) namedUse.add(folded);
    });
  }
  return { capitalisedInside, lowerCase, namedUse, strongUse };
}

/** `Shell's`, `Sky said`, `told the Times`, `according to Reuters`, `magazine Variety`. */
function showsName(tokens: readonly Token[], i: number, inside: boolean): boolean {
  const token = tokens[i]!;
  if (inside && withoutPossessive(token.text) !== token.text) return true;
  const next = tokens[i + 1];
  if (next?.type === 'word' && next.gap && NAME_AFTER.has(next.text)) return true;
  const before = tokens[i - 1];
  if (before?.type === 'word' && ORG_BEFORE.has(before.text)) return true;
  const k = before?.text === 'the' ? i - 2 : i - 1;
  return tokens[k]?.text === 'told' || (tokens[k]?.text === 'to' && tokens[k - 1]?.text === 'according');
}

/** Part of a longer capitalised name mid-sentence (`Sky Plus`, `Kim Wall`; not `Brown's Budget`). */
function partOfName(tokens: readonly Token[], i: number, inside: boolean, sentenceStarts: ReadonlySet<number>): boolean {
  const token = tokens[i]!;
  const next = tokens[i + 1];
  if (inside && withoutPossessive(token.text) === token.text && next?.type === 'word' && next.gap && startsUpper(next.text)) return true;
  const before = tokens[i - 1];
  return before?.type === 'word' && token.gap && startsUpper(before.text) && withoutPossessive(before.text) === before.text && !sentenceStarts.has(i - 1);
}
