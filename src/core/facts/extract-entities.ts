import type { Article, Entity } from '../article.js';
import { mergeMentions } from './merge-entities.js';
import { articleWords } from './name-evidence.js';
import { type Mention, runMentions } from './name-mentions.js';
import { nameRuns } from './name-runs.js';
import { paragraphTokens } from './paragraph-tokens.js';
import { isCapitalised, type Token } from './fact-tokens.js';
import { linkedTitles, withoutWorks } from './work-titles.js';
import { isCommonName, pointsToName } from './name-words-check.js';

/** People, organisations and places named in the article, merged across mentions. */
export function extractEntities(article: Article): Entity[] {
  const paragraphs = article.paragraphs.map((text) => paragraphTokens(text));
  const words = articleWords(paragraphs);
  const mentions: Mention[] = [];
  paragraphs.forEach(({ tokens, sentenceStarts }, index) => {
    if (isCredit(article.paragraphs[index]!)) return;
    const runs = nameRuns(tokens, sentenceStarts);
    const titles = linkedTitles(runs, article.paragraphs[index]!, isCommonName, pointsToName);
    const lineUp = isLineUp(tokens, runs.length);
    for (const run of runs) {
      if (titles.has(run)) continue;
      const found = runMentions(run, index, words);
      // `J Bloggs (Bath)`: a word in brackets after a player is a club.
      const player = lineUp && article.paragraphs[index]![run.start - 1] !== '(';
      mentions.push(...(player ? found.map((m) => ({ ...m, lineUp: true })) : found));
    }
  });
  return mergeMentions(withoutWorks(mentions));
}

/** A photo credit or caption line (`dpa/picture-alliance/Sipa USA`, `Getty Images`): names there are not the story's. */
function isCredit(paragraph: string): boolean {
  if (paragraph.length > 80 || /[.!?]["”’]?$/.test(paragraph.trim())) return false;
  return /\//.test(paragraph) || /\b(getty images|afp|ap photo|reuters|epa|pa wire|photo|credit|picture-alliance)\b/i.test(paragraph);
}

/**
 * A team line-up or a list of players (`Smith; Jones, Brown, Green; White`): many names set apart by commas
 * and semicolons, few lower-case words. A lone unknown word there is a player, not a body.
 */
function isLineUp(tokens: readonly Token[], runs: number): boolean {
  if (runs < 6) return false;
  let lower = 0;
  let marks = 0;
  for (const token of tokens) {
    if (token.type === 'mark') {
      if (token.text === ',' || token.text === ';') marks++;
    } else if (token.type === 'word' && !isCapitalised(token)) lower++;
  }
  return marks >= 4 && lower * 3 <= runs;
}
