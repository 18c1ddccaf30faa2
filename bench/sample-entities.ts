// `npx tsx bench/sample-entities.ts [seed] [count]`: a seeded random sample of the entities found across
// the whole BBC corpus, each with a little context, to judge by hand (the context is printed, never stored).
// `npx tsx bench/sample-entities.ts --judged [file]`: re-grades a judged sample (bench/gold/entity-sample.json, drawn
// before the last rule changes, or entity-sample-2.json, drawn after) against the current extractor.
import { readFileSync } from 'node:fs';
import type { Article, Entity } from '../src/core/article.js';
import { extractEntities } from '../src/core/facts/extract-entities.js';
import { around, loadBbc, sample, seededRandom } from './sample-corpus.js';

type Verdict = 'ok' | 'kind' | 'junk';
interface Judged {
  readonly seed: number;
  readonly items: readonly [file: string, name: string, kind: string, verdict: Verdict, note?: string][];
}

const articles = loadBbc();
if (!articles) {
  console.log('sample-entities: no BBC corpus (set READER_BBC)');
  process.exit(0);
}
const found = new Map<string, readonly Entity[]>();
const started = performance.now();
for (const article of articles) found.set(article.path, extractEntities(article));
const ms = performance.now() - started;
const total = [...found.values()].reduce((n, list) => n + list.length, 0);
console.log(`${total} entities in ${articles.length} articles (${ms.toFixed(0)} ms, ${(total / articles.length).toFixed(1)} per article)`);

if (process.argv[2] === '--judged') regrade(process.argv[3] ?? 'entity-sample.json');
else draw(Number(process.argv[2] ?? 1), Number(process.argv[3] ?? 150));

function draw(seed: number, count: number): void {
  const all = articles!.flatMap((article) => found.get(article.path)!.map((entity) => ({ article, entity })));
  sample(all, count, seededRandom(seed)).forEach(({ article, entity }, k) => {
    console.log(`${String(k + 1).padStart(3)} ${article.path} ${entity.kind.padEnd(12)} ${JSON.stringify(entity.name)} x${entity.mentions}`);
    console.log(`      ${context(article, entity)}`);
  });
}

/** The first mention in its paragraph, by the whole name or its last word. */
function context(article: Article, entity: Entity): string {
  const paragraph = article.paragraphs[entity.paragraphs[0] ?? 0] ?? '';
  const words = entity.name.split(' ');
  for (const probe of [entity.name, words[words.length - 1]!, words[0]!]) {
    const at = paragraph.indexOf(probe);
    if (at >= 0) return around(paragraph, at, probe.length);
  }
  return paragraph.slice(0, 140);
}

function regrade(file: string): void {
  const judged = JSON.parse(readFileSync(new URL(`./gold/${file}`, import.meta.url), 'utf8')) as Judged;
  const counts = { ok: 0, kind: 0, junk: 0 };
  let junkGone = 0;
  let goodLost = 0;
  let kindFixed = 0;
  for (const [file, name, kind, verdict, note] of judged.items) {
    counts[verdict]++;
    const now = found.get(file)?.find((e) => e.name === name);
    if (verdict === 'junk') {
      if (!now) junkGone++;
      else console.log(`  still junk  ${file} ${kind} ${JSON.stringify(name)}${note ? ` (${note})` : ''}`);
    } else if (!now) {
      goodLost++;
      console.log(`  lost        ${file} ${kind} ${JSON.stringify(name)}`);
    } else if (verdict === 'kind' && now.kind !== kind) kindFixed++;
    else if (verdict === 'ok' && now.kind !== kind) console.log(`  kind now    ${file} ${JSON.stringify(name)}: ${kind} -> ${now.kind}`);
  }
  const n = judged.items.length;
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
  console.log(`judged sample (seed ${judged.seed}, ${n} entities): ${counts.ok} right, ${counts.kind} right name with the wrong kind, ${counts.junk} junk (${pct(counts.junk, n)})`);
  console.log(`  now: junk removed ${junkGone}/${counts.junk}, good names lost or renamed ${goodLost}/${counts.ok + counts.kind}, kinds fixed ${kindFixed}/${counts.kind}`);
}
