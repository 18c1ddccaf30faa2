import type { Article, Entity } from '../article.js';
import { mergeMentions } from './merge-entities.js';
import { articleWords } from './name-evidence.js';
import { type Mention, runMentions } from './name-mentions.js';
import { nameRuns } from './name-runs.js';
import { paragraphTokens } from './paragraph-tokens.js';
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
    for (const run of runs) if (!titles.has(run)) mentions.push(...runMentions(run, index, words));
  });
  return mergeMentions(withoutWorks(mentions));
}

/** A photo credit or caption line (`dpa/picture-alliance/Sipa USA`, `Getty Images`): names there are not the story's. */
function isCredit(paragraph: string): boolean {
  if (paragraph.length > 80 || /[.!?]["”’]?$/.test(paragraph.trim())) return false;
  return /\//.test(paragraph) || /\b(getty images|afp|ap photo|reuters|epa|pa wire|photo|credit|picture-alliance)\b/i.test(paragraph);
}
