// The road not taken, kept to compare: compromise's own people/places/organisations and numbers on the same graded set.
// `npx tsx bench/compromise-baseline.ts` prints its recall/precision and its cost per article.
import { fileURLToPath } from 'node:url';
import type { Article, Entity, EntityKind, Fact } from '../src/core/article.js';
import { loadCorpus } from '../src/core/load/load-corpus.js';
import { evalFacts, type Extractors } from './eval-facts.js';

const importStart = performance.now();
const nlp = (await import('compromise')).default;
const importMs = performance.now() - importStart;

interface Term { text: string; offset?: { start: number; length: number } }
type View = { json: (o?: object) => { text: string; offset?: { start: number; length: number }; terms?: Term[] }[] };

function entities(article: Article): Entity[] {
  const byName = new Map<string, { kind: EntityKind; name: string; mentions: number; paragraphs: Set<number> }>();
  article.paragraphs.forEach((paragraph, index) => {
    const doc = nlp(paragraph);
    const found: [EntityKind, View][] = [['person', doc.people() as unknown as View], ['place', doc.places() as unknown as View], ['organization', doc.organizations() as unknown as View]];
    for (const [kind, view] of found) {
      for (const match of view.json()) {
        const name = match.text.replace(/['’]s\b/g, '').replace(/[^\p{L}\p{N}\s.&-]/gu, '').trim();
        if (!name) continue;
        const key = name.toLowerCase();
        const entry = byName.get(key) ?? { kind, name, mentions: 0, paragraphs: new Set<number>() };
        entry.mentions++;
        entry.paragraphs.add(index);
        byName.set(key, entry);
      }
    }
  });
  return [...byName.values()].map((e) => ({ ...e, paragraphs: [...e.paragraphs] }));
}

function facts(article: Article): Fact[] {
  const out: Fact[] = [];
  article.paragraphs.forEach((paragraph, index) => {
    const doc = nlp(paragraph);
    for (const [kind, view] of [['money', doc.money()], ['percent', doc.percentages()], ['count', doc.numbers()]] as const) {
      for (const match of (view as unknown as View).json({ offset: true })) {
        const start = match.offset?.start ?? paragraph.indexOf(match.text);
        const text = match.text.replace(/[.,;:]$/, '');
        if (out.some((f) => f.paragraph === index && f.start === start)) continue;
        out.push({ kind, text, value: null, sentence: '', sentenceStart: 0, sentenceEnd: 0, paragraph: index, start, end: start + text.length });
      }
    }
  });
  return out;
}

const compromiseExtractors: Extractors = { name: 'compromise people()/places()/organizations(), money()/percentages()/numbers()', facts, entities };

const corpus = process.env['READER_BBC'] ?? fileURLToPath(new URL('../../shared/corpus/bbc', import.meta.url));
await evalFacts(corpus, compromiseExtractors);
const { articles } = loadCorpus([{ path: corpus }]);
const sample = articles.filter((_, i) => i % 10 === 0);
const started = performance.now();
for (const article of sample) entities(article);
const ms = (performance.now() - started) / sample.length;
console.log(`\ncompromise: import ${importMs.toFixed(0)} ms; entities alone ${ms.toFixed(1)} ms per article (${sample.length} articles), ${((ms * articles.length) / 1000).toFixed(1)} s for ${articles.length} on one thread`);
