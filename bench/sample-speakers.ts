// `npx tsx bench/sample-speakers.ts [seed] [count]`: a seeded random sample of full quotations across the
// whole BBC corpus with the speaker given to each and the text around the quotation, to judge by hand
// (the text is printed, never stored). `--judged [file]` re-grades a judged sample in bench/gold/
// (speaker-sample.json, -2 ... -5; each file's `about` says when it was drawn and judged).
import { readFileSync } from 'node:fs';
import type { Article, Quote } from '../src/core/article.js';
import { extractQuotes } from '../src/core/quotes/extract-quotes.js';
import { normalSpeaker } from './eval-quotes.js';
import { loadBbc, sample, seededRandom } from './sample-corpus.js';

type Verdict = 'right' | 'wrong' | 'none' | 'not-a-quote';
interface Judged {
  readonly seed: number;
  /** File, quotation opening, speaker given then, verdict, the right speaker when it was wrong. */
  readonly items: readonly [file: string, opening: string, speaker: string | null, verdict: Verdict, want?: string | null][];
}

const articles = loadBbc();
if (!articles) {
  console.log('sample-speakers: no BBC corpus (set READER_BBC)');
  process.exit(0);
}
const found = new Map<string, readonly Quote[]>();
for (const article of articles) found.set(article.path, extractQuotes(article));
const full = articles.flatMap((article) => found.get(article.path)!.filter((q) => !q.partial).map((quote) => ({ article, quote })));
console.log(`${full.length} full quotations in ${articles.length} articles, ${full.filter((x) => x.quote.speaker === null).length} without a speaker`);

if (process.argv[2] === '--judged') regrade(process.argv[3] ?? 'speaker-sample.json');
else draw(Number(process.argv[2] ?? 1), Number(process.argv[3] ?? 100));

function draw(seed: number, count: number): void {
  sample(full, count, seededRandom(seed)).forEach(({ article, quote }, k) => {
    console.log(`${String(k + 1).padStart(3)} ${article.path} ${JSON.stringify(opening(quote.text))} speaker ${JSON.stringify(quote.speaker)} (cue ${JSON.stringify(quote.cue)})`);
    console.log(`      ${context(article, quote)}`);
  });
}

/** The first few words of a quotation, as the judged file keeps them. */
function opening(text: string): string {
  return text.split(/\s+/).slice(0, 4).join(' ');
}

/** From the start of the sentence before the quotation to a little after it, the quotation shortened. */
function context(article: Article, quote: Quote): string {
  const before = article.paragraphs[quote.paragraph] ?? '';
  const after = article.paragraphs[quote.paragraphEnd] ?? '';
  let lead = before.slice(Math.max(0, quote.start - 220), quote.start);
  // A quotation opening its paragraph: show the end of the paragraph before.
  if (lead.length < 60 && quote.paragraph > 0) lead = `${(article.paragraphs[quote.paragraph - 1] ?? '').slice(-160)} ¶ ${lead}`;
  const body = quote.text.length > 60 ? `${quote.text.slice(0, 30)} … ${quote.text.slice(-20)}` : quote.text;
  const tail = after.slice(quote.end, quote.end + 100);
  return `${lead}<<${body}>>${tail}`.replace(/\s+/g, ' ');
}

function regrade(file: string): void {
  const judged = JSON.parse(readFileSync(new URL(`./gold/${file}`, import.meta.url), 'utf8')) as Judged;
  const tally = { right: 0, wrong: 0, none: 0, 'not-a-quote': 0 };
  let nowRight = 0;
  let nowGraded = 0;
  const norm = (s: string | null | undefined) => normalSpeaker(s ?? '');
  for (const [file, opening, speaker, verdict, want] of judged.items) {
    tally[verdict]++;
    if (verdict === 'not-a-quote') continue;
    const quote = found.get(file)?.find((q) => !q.partial && q.text.startsWith(opening));
    if (!quote) {
      console.log(`  gone        ${file} "${opening}"`);
      continue;
    }
    nowGraded++;
    const right = verdict === 'right' ? norm(speaker) : norm(want);
    const got = norm(quote.speaker);
    // A shorter or longer form of the same name counts (`Lee Gilmore` for `Magistrate Lee Gilmore`).
    if (got === right || (got.includes(' ') && right.endsWith(` ${got}`)) || (right.includes(' ') && got.endsWith(` ${right}`))) nowRight++;
    else console.log(`  wrong now   ${file} "${opening}": ${JSON.stringify(quote.speaker)}, want ${JSON.stringify(verdict === 'right' ? speaker : want)}`);
  }
  const n = judged.items.length;
  console.log(`judged sample (seed ${judged.seed}, ${n} quotations): ${tally.right} right, ${tally.wrong} wrong speaker, ${tally.none} no speaker given, ${tally['not-a-quote']} not quotations`);
  console.log(`  now: ${nowRight}/${nowGraded} right (${((100 * nowRight) / Math.max(1, nowGraded)).toFixed(1)}%)`);
}
