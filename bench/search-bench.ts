// `npm run bench`: search as you type, measured. Types each query one char at a time over the BBC
// corpus (../shared/corpus/bbc or READER_BBC; a generated corpus of the same size when absent) and
// over copies of it (10x; add `--scales 1,10,50` for more), and prints one JSON line per corpus:
// build time, per-keystroke p50/p95/max (each keystroke = a complete answer: counts, the ranked
// first page of 50 with snippets and hit offsets), memory, and the same for a naive full scan.
// It asserts nothing: the figures go in the README.
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Analysis, Article, Fact, Quote } from '../src/core/article.js';
import { loadCorpus } from '../src/core/load/load-corpus.js';
import { createSearchIndex } from '../src/core/search/index.js';

/** The queries typed, one char at a time (the list, then a typo and an exclusion). */
const QUERIES = ['government', 'prime minister', 'gonzalez', 'Chelsea', 'broadband', '"human shield"', 'speaker:wenger', 'goverment', 'eu -europe'];
/** Misspellings whose "did you mean" is timed: the first builds the word list. */
const TYPOS = ['goverment', 'brodband', 'chelsae', 'goverm'];
/** Typed first, untimed, so both engines are measured warm. */
const WARM_UP = ['market', 'football match', 'in:titles oil', '"world cup" -final', 'speaker:blair', 'bank rates'];
const PAGE = 50;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const args = process.argv.slice(2);
const scalesArg = args.includes('--scales') ? args[args.indexOf('--scales') + 1] ?? '1,10' : '1,10';
const scales = scalesArg.split(',').map(Number).filter((n) => n >= 1);

// ---------------------------------------------------------------- corpus

const bbc = process.env['READER_BBC'] ?? fileURLToPath(new URL('../../shared/corpus/bbc', import.meta.url));
const base = existsSync(bbc) ? loadCorpus([{ path: bbc }]).articles : generateCorpus();
const source = existsSync(bbc) ? 'bbc' : 'generated';

/** A made-up corpus the size of the BBC one (2,225 articles, ~10,500 paragraphs, ~5 MB). */
function generateCorpus(): Article[] {
  let seed = 42;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const common = 'the of to and a in is that for it on was with he as said at by be this from have has are were which but not an they his will had year government minister people new also would their been more one two after over told could market first last other who into than its company time up about prime some firms sales growth match game team players season club chelsea football broadband internet users mobile phone service music film award election labour party plans country economy bank rate shares deal europe european union human shield rights court police report police plans week month'.split(' ');
  const names = ['Gonzalez', 'González', 'Wenger', 'Blair', 'Brown', 'Howard', 'Mourinho', 'Kennedy', 'Straw'];
  const word = () => (random() < 0.02 ? names[Math.floor(random() * names.length)]! : common[Math.floor(random() ** 2.2 * common.length)]!);
  const sentence = (n: number) => Array.from({ length: n }, word).join(' ');
  return Array.from({ length: 2225 }, (_, a) => {
    const paragraphs = Array.from({ length: 3 + Math.floor(random() * 4) }, () => {
      const text = `${sentence(50 + Math.floor(random() * 60))}.`;
      return random() < 0.3 ? `"${sentence(12)}," said ${names[Math.floor(random() * names.length)]}. ${text}` : text;
    });
    const title = sentence(5);
    return { path: `generated/${a}.txt`, title, byline: null, section: null, paragraphs, boilerplate: [], words: 0, readingMinutes: 1 };
  });
}

/** `times` copies of the corpus with new ids and their own strings (as if read from disk). */
function scaled(articles: readonly Article[], times: number): Article[] {
  if (times === 1) return [...articles];
  const copy = (s: string) => Buffer.from(s, 'utf8').toString('utf8');
  const out: Article[] = [];
  for (let k = 0; k < times; k++) {
    for (const a of articles) out.push({ ...a, path: `${a.path}#${k}`, title: copy(a.title), paragraphs: a.paragraphs.map(copy) });
  }
  return out;
}

/**
 * Quotes and facts for the bench, found by two regular expressions: a stand-in for the real
 * extractors (too slow to run over 22,250 articles here), so the index holds a realistic number
 * of quote and fact units with speakers.
 */
function standInAnalysis(article: Article): Analysis {
  const quotes: Quote[] = [];
  const facts: Fact[] = [];
  article.paragraphs.forEach((text, paragraph) => {
    for (const m of text.matchAll(/["\u201C]([^"\u201D]{15,})["\u201D]/g)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
      const before = text.slice(Math.max(0, m.index - 60), m.index);
      const speaker = /^,?\s*(?:said|says|told)\s+((?:Mr|Mrs|Ms|Dr)\s+)?([A-Z]\w+(?:\s+[A-Z]\w+)?)/.exec(after)?.[2] ??
        /([A-Z]\w+(?:\s+[A-Z]\w+)?)\s+(?:said|says|told \w+):?\s*$/.exec(before)?.[1] ?? null;
      const start = m.index + 1;
      quotes.push({ text: m[1]!, speaker, cue: speaker ? 'said' : null, paragraph, start, end: start + m[1]!.length, paragraphEnd: paragraph, partial: false });
    }
    for (const m of text.matchAll(/[£$€]\d[\d,.]*(?:bn|m\b)?|\d[\d,.]*(?:%| per cent|bn\b|m\b)/g)) {
      facts.push({ kind: 'count', text: m[0], value: Number.parseFloat(m[0].replace(/[^\d.]/g, '')) || null, sentence: '', sentenceStart: 0, sentenceEnd: 0, paragraph, start: m.index, end: m.index + m[0].length });
    }
  });
  return { quotes, facts, entities: [] };
}

// ---------------------------------------------------------------- naive full scan

/** The baseline: every keystroke scans every unit of lower-cased, accent-stripped text, ranks all matches, no reuse. */
function naiveEngine(articles: readonly Article[], analyses: readonly Analysis[]) {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"');
  const units: { article: number; kind: number; paragraph: number; text: string; folded: string; speaker: string }[] = [];
  articles.forEach((a, article) => {
    units.push({ article, kind: 0, paragraph: -1, text: a.title, folded: fold(a.title), speaker: '' });
    a.paragraphs.forEach((p, paragraph) => units.push({ article, kind: 1, paragraph, text: p, folded: fold(p), speaker: '' }));
    for (const q of analyses[article]?.quotes ?? []) units.push({ article, kind: 2, paragraph: q.paragraph, text: q.text, folded: fold(q.text), speaker: fold(q.speaker ?? '') });
    for (const f of analyses[article]?.facts ?? []) units.push({ article, kind: 3, paragraph: f.paragraph, text: f.text, folded: fold(f.text), speaker: '' });
  });
  const wordChar = /[\p{L}\p{N}]/u;
  const startsWord = (s: string, at: number) => at === 0 || !wordChar.test(s[at - 1]!);
  const endsWord = (s: string, at: number) => at >= s.length || !wordChar.test(s[at]!);
  const find = (s: string, w: string) => {
    for (let at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) if (startsWord(s, at)) return at;
    return -1;
  };
  return (query: string) => {
    const speaker = /speaker:(\S*)/.exec(query)?.[1];
    const rest = query.replace(/speaker:\S*/, '');
    const words = fold(rest).replace(/"/g, ' ').split(/\s+/).filter((w) => w && w !== '-');
    const positives = words.filter((w) => !w.startsWith('-'));
    const negatives = words.filter((w) => w.startsWith('-')).map((w) => w.slice(1));
    if (positives.length === 0 && speaker === undefined) return 0;
    const matches: { unit: number; score: number }[] = [];
    const articlesSeen = new Set<number>();
    units.forEach((u, i) => {
      if (speaker !== undefined && (u.kind !== 2 || find(u.speaker, fold(speaker)) < 0)) return;
      let whole = 0;
      for (const w of positives) {
        const at = find(u.folded, w);
        if (at < 0) return;
        if (endsWord(u.folded, at + w.length)) whole++;
      }
      if (negatives.some((w) => find(u.folded, w) >= 0)) return;
      matches.push({ unit: i, score: whole * 16 + (u.kind === 0 || u.kind === 2 ? 8 : 0) + (u.paragraph <= 0 ? 2 : 0) });
      articlesSeen.add(u.article);
    });
    matches.sort((a, b) => b.score - a.score || a.unit - b.unit);
    for (const { unit } of matches.slice(0, PAGE)) {
      const u = units[unit]!;
      const at = Math.max(0, find(u.folded, positives[0] ?? '') - 30);
      void u.text.slice(at, at + 100);
    }
    return matches.length + articlesSeen.size;
  };
}

// ---------------------------------------------------------------- measuring

function percentiles(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (f: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * f))] ?? 0);
  return { p50: at(0.5), p95: at(0.95), max: round(sorted[sorted.length - 1] ?? 0) };
}
const round = (n: number) => Math.round(n * 1000) / 1000;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const memory = () => {
  for (let i = 0; i < 3; i++) gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};

/** The slowest keystrokes of the last typeQueries call, for the report. */
let slowest: string[] = [];
/** CPU time (this process, all threads) of each keystroke of the last typeQueries call: steadier than wall time on a busy machine. */
let cpuTimes: number[] = [];

/** Types every query one char at a time; returns each keystroke's time in ms. */
function typeQueries(search: (q: string) => unknown, queries: readonly string[]): number[] {
  const times: number[] = [];
  const typed: string[] = [];
  cpuTimes = [];
  for (const query of queries) {
    for (let i = 1; i <= query.length; i++) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      search(query.slice(0, i));
      times.push(performance.now() - started);
      const used = process.cpuUsage(cpu);
      cpuTimes.push((used.user + used.system) / 1000);
      typed.push(query.slice(0, i));
    }
  }
  slowest = times.map((t, i) => [t, typed[i]!] as const).sort((a, b) => b[0] - a[0]).slice(0, 6).map(([t, q]) => `${q}=${round(t)}`);
  return times;
}

for (const scale of scales) {
  const articles = scaled(base, scale);
  const analyses = articles.map(standInAnalysis);
  const paragraphs = articles.reduce((n, a) => n + a.paragraphs.length, 0);
  const textChars = articles.reduce((n, a) => n + a.title.length + a.paragraphs.reduce((m, p) => m + p.length, 0), 0);

  const before = memory();
  let started = performance.now();
  const index = createSearchIndex();
  index.addArticles(articles, 0);
  const buildMs = performance.now() - started;
  started = performance.now();
  analyses.forEach((analysis, i) => index.addAnalysis(i, analysis));
  const analysisMs = performance.now() - started;
  const indexBytes = memory() - before;

  typeQueries((q) => index.search(q, { limit: PAGE, didYouMean: false }), WARM_UP);
  // A keystroke: counts and the ranked first page with snippets. "Did you mean" is measured apart:
  // it only runs when nothing matched, in later slices, and its first run builds the word list.
  const times = typeQueries((q) => index.search(q, { limit: PAGE, didYouMean: false }), QUERIES);
  const slowestKeystrokes = slowest;
  const cpu = percentiles(cpuTimes);
  const didYouMean = TYPOS.map((typo) => {
    const started = performance.now();
    const answer = index.search(typo, { limit: PAGE });
    return `${typo}->${answer.didYouMean}=${round(performance.now() - started)}`;
  });
  // A sliced keystroke as the UI runs it: the first slice of 8 ms, the rest on later ticks.
  const sliced = typeQueries((q) => index.start(q, { limit: PAGE }).step(8), QUERIES);
  const rssMB = mb(process.memoryUsage().rss);
  const sizes = index.size();

  started = performance.now();
  const naive = naiveEngine(articles, analyses);
  const naiveBuildMs = performance.now() - started;
  typeQueries(naive, WARM_UP);
  const naiveTimes = typeQueries(naive, QUERIES);
  const naiveCpu = percentiles(cpuTimes);

  const engine = percentiles(times);
  const baseline = percentiles(naiveTimes);
  console.log(JSON.stringify({
    corpus: source, scale, articles: articles.length, paragraphs, units: sizes.units, textMB: mb(textChars),
    buildMs: round(buildMs), analysisAddMs: round(analysisMs), indexMB: mb(indexBytes), indexToText: round(indexBytes / textChars),
    keystrokes: times.length, ...engine, slowest: slowestKeystrokes, cpu, didYouMeanMs: didYouMean, firstSliceMax8ms: percentiles(sliced).max, rssMB,
    naive: { buildMs: round(naiveBuildMs), ...baseline, cpu: naiveCpu },
    ratio: { p50: round(baseline.p50 / engine.p50), p95: round(baseline.p95 / engine.p95) },
    loadAverage: round(loadavg()[0]!),
  }));
}
