// Quote recall, precision and speaker accuracy against bench/gold/quotes.json, and extraction speed over
// the whole corpus. The gold file holds file names, quotation openings and speakers only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Quote } from '../src/core/article.js';
import { parseArticle } from '../src/core/parse/parse-article.js';
import { extractQuotes } from '../src/core/quotes/extract-quotes.js';

interface GoldQuote {
  readonly opening: string;
  readonly speaker: string | readonly string[] | null;
  readonly partial?: boolean;
  readonly continues?: readonly string[];
}
interface GoldArticle {
  readonly file: string;
  /** `tune`, `heldout`, then `blind`, `blind2`, ... in the order they were graded. */
  readonly set: string;
  readonly quotes: readonly GoldQuote[];
}

interface Tally {
  gold: number;
  found: number;
  extracted: number;
  correct: number;
  speakerRight: number;
  goldPartial: number;
  partialFound: number;
  /** Gold quotations found as a later paragraph of a run-on quotation. */
  runOn: number;
}

const SET_NAMES: Readonly<Record<string, string>> = { tune: 'tuning', heldout: 'held out' };

const GOLD = fileURLToPath(new URL('./gold/quotes.json', import.meta.url));

/** Lower case, straight apostrophes, single spaces, no marks at the edges. */
function normal(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.(\u2026]+/, '')
    .toLowerCase()
    .trim();
}

const HONORIFICS = /\b(mr|mrs|ms|miss|dr|sir|dame|lord|lady|qc|mp)\b\.?/g;

/** A speaker reduced for comparison: no titles, brackets, determiners or punctuation. */
export function normalSpeaker(speaker: string): string {
  return normal(speaker)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(HONORIFICS, ' ')
    .replace(/^\s*(the|a|an)\s+/, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function speakerMatches(gold: GoldQuote['speaker'], got: string | null): boolean {
  if (gold === null) return got === null;
  if (got === null) return false;
  const wanted = (typeof gold === 'string' ? [gold] : gold).map(normalSpeaker);
  return wanted.includes(normalSpeaker(got));
}

function emptyTally(): Tally {
  return { gold: 0, found: 0, extracted: 0, correct: 0, speakerRight: 0, goldPartial: 0, partialFound: 0, runOn: 0 };
}

/**
 * The full quotation that runs on into a later paragraph opening with `opening` (a quotation over several
 * paragraphs reopens its mark on each, and the extractor keeps it whole, where a grader may list each).
 */
function runOnHolding(paragraphs: readonly string[], quotes: readonly Quote[], opening: string): Quote | undefined {
  return quotes.find((q) => {
    for (let k = q.paragraph + 1; k <= q.paragraphEnd; k++) if (normal(paragraphs[k] ?? '').startsWith(opening)) return !q.partial;
    return false;
  });
}

function grade(article: GoldArticle, paragraphs: readonly string[], quotes: readonly Quote[], tally: Tally, misses: string[]): void {
  const used = new Set<number>();
  const matchOf = new Map<GoldQuote, Quote>();
  for (const gold of article.quotes) {
    const opening = normal(gold.opening);
    const index = quotes.findIndex((q, i) => !used.has(i) && normal(q.text).startsWith(opening));
    if (index >= 0) {
      used.add(index);
      matchOf.set(gold, quotes[index] as Quote);
    }
  }
  for (const gold of article.quotes) {
    const runOn = matchOf.has(gold) || gold.partial ? undefined : runOnHolding(paragraphs, quotes, normal(gold.opening));
    if (runOn) {
      matchOf.set(gold, runOn);
      tally.runOn++;
    }
  }
  const continuations = article.quotes.flatMap((g) => (g.continues ?? []).map(normal));
  for (const gold of article.quotes) {
    const got = matchOf.get(gold);
    if (gold.partial) {
      tally.goldPartial++;
      if (got?.partial) tally.partialFound++;
      continue;
    }
    tally.gold++;
    if (!got || got.partial) {
      misses.push(`  missed    ${article.file} "${gold.opening}..."${got ? ' (read as a fragment)' : ''}`);
      continue;
    }
    tally.found++;
    if (speakerMatches(gold.speaker, got.speaker)) tally.speakerRight++;
    else misses.push(`  speaker   ${article.file} "${gold.opening}...": got ${JSON.stringify(got.speaker)}, want ${JSON.stringify(gold.speaker)}`);
  }
  quotes.forEach((q, i) => {
    if (q.partial) return;
    tally.extracted++;
    const gold = [...matchOf.entries()].find(([, m]) => m === q)?.[0];
    if (gold && !gold.partial) {
      tally.correct++;
      return;
    }
    const why = gold ? 'a fragment read as full' : continuations.some((c) => normal(q.text).startsWith(c)) ? 'a run-on quotation split' : 'not a quotation';
    misses.push(`  extra     ${article.file} "${q.text.slice(0, 40)}..." (${why})`);
  });
}

function pct(n: number, d: number): string {
  return d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

function report(name: string, t: Tally): void {
  console.log(
    `  ${name.padEnd(9)} recall ${pct(t.found, t.gold)} (${t.found}/${t.gold})  precision ${pct(t.correct, t.extracted)} (${t.correct}/${t.extracted})  speaker ${pct(t.speakerRight, t.found)} (${t.speakerRight}/${t.found})  fragments found ${t.partialFound}/${t.goldPartial}${t.runOn ? `  (${t.runOn} found as run-on paragraphs)` : ''}`,
  );
}

function load(corpus: string, file: string): Article {
  const [section] = file.split('/');
  return parseArticle({ path: file, section: section ?? null, format: 'text', text: readFileSync(join(corpus, file), 'utf8') });
}

/** Prints quote recall, precision and speaker accuracy over the graded set, then speed over the corpus. */
export async function evalQuotes(corpus: string): Promise<void> {
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as { articles: GoldArticle[] };
  const sets = [...new Set(gold.articles.map((a) => a.set))];
  const tallies = new Map(sets.map((set) => [set, emptyTally()]));
  const all = emptyTally();
  const misses: string[] = [];
  for (const article of gold.articles) {
    const parsed = load(corpus, article.file);
    const quotes = extractQuotes(parsed);
    grade(article, parsed.paragraphs, quotes, tallies.get(article.set)!, misses);
    grade(article, parsed.paragraphs, quotes, all, []);
  }
  console.log(`quotes: ${gold.articles.length} hand-graded BBC stories (full quotations; fragments counted apart)`);
  for (const set of sets) report(SET_NAMES[set] ?? set.replace(/(\d+)$/, ' $1'), tallies.get(set)!);
  report('all', all);
  console.log(misses.length ? `quote misses:\n${misses.join('\n')}` : 'quote misses: none');
  speed(corpus);
}

/**
 * Extraction time over every article of the corpus, in one process, parsing not counted: the first
 * (cold) pass and the best of three more, as wall-clock and as CPU time (the machine may be shared).
 */
function speed(corpus: string): void {
  const articles: Article[] = [];
  for (const section of readdirSync(corpus).sort()) {
    for (const file of readdirSync(join(corpus, section)).sort()) if (file.endsWith('.txt')) articles.push(load(corpus, `${section}/${file}`));
  }
  const passes: { wall: number; cpu: number; count: number }[] = [];
  for (let pass = 0; pass < 4; pass++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    let count = 0;
    for (const article of articles) count += extractQuotes(article).length;
    const wall = performance.now() - started;
    const used = process.cpuUsage(cpu);
    passes.push({ wall, cpu: (used.user + used.system) / 1000, count });
  }
  const [cold, ...warm] = passes as [(typeof passes)[number], ...typeof passes];
  const best = warm.reduce((a, b) => (b.wall < a.wall ? b : a));
  const per = (ms: number) => (ms / articles.length).toFixed(3);
  console.log(`quotes speed: ${articles.length} articles, ${cold.count} quotations`);
  console.log(`  first pass ${cold.wall.toFixed(0)} ms wall, ${cold.cpu.toFixed(0)} ms CPU (${per(cold.wall)} ms per article)`);
  console.log(`  best of 3 more ${best.wall.toFixed(0)} ms wall, ${best.cpu.toFixed(0)} ms CPU (${per(best.wall)} ms per article)`);
}
