// Fact and entity recall/precision against bench/gold/facts.json (hand-graded; only spans and names are kept there).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Entity, Fact } from '../src/core/article.js';
import { extractEntities } from '../src/core/facts/extract-entities.js';
import { extractFacts } from '../src/core/facts/extract-facts.js';
import { parseArticle } from '../src/core/parse/parse-article.js';

type GoldFact = [text: string, kind: string, value: number | string | null];
type GoldEntity = [name: string, kind: string, ...aliases: string[]];
interface GoldArticle {
  readonly file: string;
  readonly split: 'dev' | 'held-out' | 'blind' | 'blind2' | 'blind3' | 'blind4';
  readonly facts: GoldFact[];
  readonly optionalFacts: string[];
  readonly entities: GoldEntity[];
  readonly optionalEntities: string[];
}

/** Extractors to grade; the default is the project's own. */
export interface Extractors {
  readonly name: string;
  readonly facts: (article: Article) => readonly Fact[];
  readonly entities: (article: Article) => readonly Entity[];
}

const OWN: Extractors = { name: 'reader', facts: extractFacts, entities: extractEntities };

interface Tally {
  goldFacts: number; foundFacts: number; extractedFacts: number; goodFacts: number; valueChecked: number; valueRight: number;
  goldEntities: number; foundEntities: number; extractedEntities: number; goodEntities: number; kindRight: number;
}

const norm = (text: string) => text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
/** Folded name: no accents, no case, no leading `the`, no possessive, no dots. */
export const fold = (name: string) =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]s$/, '').replace(/^the /, '').replace(/\./g, '').replace(/\s+/g, ' ').trim();

/** Prints fact and entity recall and precision over the graded set. */
export async function evalFacts(corpus: string, extractors: Extractors = OWN): Promise<void> {
  const gold = JSON.parse(readFileSync(new URL('./gold/facts.json', import.meta.url), 'utf8')) as { articles: GoldArticle[] };
  const tallies = new Map<string, Tally>();
  const misses: string[] = [];
  const junk: string[] = [];
  const wrongValues: string[] = [];
  const wrongKinds: string[] = [];
  for (const entry of gold.articles) {
    const text = readFileSync(join(corpus, entry.file), 'utf8');
    const article = parseArticle({ path: entry.file, section: entry.file.split('/')[0]!, format: 'text', text });
    const tally = tallies.get(entry.split) ?? emptyTally();
    tallies.set(entry.split, tally);
    const tag = `${entry.file} [${entry.split}]`;

    const facts = extractors.facts(article);
    const all = [...entry.facts.map((g) => g[0]), ...entry.optionalFacts];
    const overlaps = (fact: Fact, goldText: string) => norm(fact.text).includes(norm(goldText)) || norm(goldText).includes(norm(fact.text));
    for (const [goldText, , value] of entry.facts) {
      tally.goldFacts++;
      const matching = facts.filter((f) => overlaps(f, goldText));
      if (matching.length === 0) {
        misses.push(`${tag} fact: ${goldText}`);
        continue;
      }
      tally.foundFacts++;
      if (value === null) continue;
      tally.valueChecked++;
      const best = matching.find((f) => norm(f.text) === norm(goldText)) ?? matching.find((f) => containsWhole(norm(f.text), norm(goldText))) ?? matching[0]!;
      const right = best.kind === 'range' ? best.from === value || best.to === value : sameValue(best.value, value);
      if (right) tally.valueRight++;
      else wrongValues.push(`${tag} ${goldText}: got ${JSON.stringify(best.value)} (${best.text}), want ${JSON.stringify(value)}`);
    }
    for (const fact of facts) {
      tally.extractedFacts++;
      if (all.some((g) => overlaps(fact, g))) tally.goodFacts++;
      else junk.push(`${tag} fact: ${fact.kind} ${JSON.stringify(fact.text)}`);
    }

    const entities = extractors.entities(article);
    const forms = entry.entities.map(([name, , ...aliases]) => new Set([name, ...aliases].map(fold)));
    const optional = new Set(entry.optionalEntities.map(fold));
    const used = new Set<number>();
    for (const entity of entities) {
      tally.extractedEntities++;
      const at = forms.findIndex((set) => set.has(fold(entity.name)));
      if (at >= 0 && !used.has(at)) {
        used.add(at);
        tally.goodEntities++;
        const kind = entry.entities[at]![1];
        if (kind === entity.kind) tally.kindRight++;
        else wrongKinds.push(`${tag} ${entity.name}: ${entity.kind}, want ${kind}`);
      } else if (at < 0 && optional.has(fold(entity.name))) tally.goodEntities++;
      else junk.push(`${tag} entity: ${entity.kind} ${JSON.stringify(entity.name)}${at >= 0 ? ' (not merged)' : ''}`);
    }
    tally.goldEntities += forms.length;
    tally.foundEntities += used.size;
    entry.entities.forEach(([name], k) => {
      if (!used.has(k)) misses.push(`${tag} entity: ${name}`);
    });
  }
  const total = [...tallies.values()].reduce(add, emptyTally());
  console.log(`\nfacts and entities (${extractors.name}) over ${gold.articles.length} hand-graded BBC articles`);
  const splits = ['dev', 'held-out', 'blind', 'blind2', 'blind3', 'blind4'].filter((split) => tallies.has(split)).map((split) => [split, tallies.get(split)!] as const);
  for (const [label, t] of [...splits, ['all', total] as const]) {
    console.log(
      `  ${label.padEnd(8)} facts recall ${pct(t.foundFacts, t.goldFacts)} (${t.foundFacts}/${t.goldFacts})  precision ${pct(t.goodFacts, t.extractedFacts)} (${t.goodFacts}/${t.extractedFacts})  values ${pct(t.valueRight, t.valueChecked)}` +
        `  | entities recall ${pct(t.foundEntities, t.goldEntities)} (${t.foundEntities}/${t.goldEntities})  precision ${pct(t.goodEntities, t.extractedEntities)} (${t.goodEntities}/${t.extractedEntities})  kinds ${pct(t.kindRight, t.foundEntities)}`,
    );
  }
  const list = (title: string, items: string[]) => {
    console.log(`  ${title} (${items.length}):`);
    for (const item of items) console.log(`    ${item}`);
  };
  list('missed', misses);
  list('junk or unmatched', junk);
  list('wrong values', wrongValues);
  if (process.env['READER_EVAL_KINDS']) list('wrong entity kinds', wrongKinds);
  else console.log(`  wrong entity kinds: ${wrongKinds.length} (READER_EVAL_KINDS=1 lists them)`);
}

/** `$40 a barrel` holds `$40` whole; `$40.15` does not. */
function containsWhole(text: string, part: string): boolean {
  const at = text.indexOf(part);
  return at >= 0 && !/^[\d.,]/.test(text.slice(at + part.length));
}

function sameValue(got: Fact['value'], want: number | string): boolean {
  if (typeof want === 'number') return typeof got === 'number' && Math.abs(got - want) <= Math.abs(want) * 1e-6 + 0.051;
  return got === want;
}

function emptyTally(): Tally {
  return { goldFacts: 0, foundFacts: 0, extractedFacts: 0, goodFacts: 0, valueChecked: 0, valueRight: 0, goldEntities: 0, foundEntities: 0, extractedEntities: 0, goodEntities: 0, kindRight: 0 };
}

function add(a: Tally, b: Tally): Tally {
  const out = { ...a };
  for (const key of Object.keys(b) as (keyof Tally)[]) out[key] += b[key];
  return out;
}

function pct(part: number, whole: number): string {
  return whole === 0 ? '  n/a' : `${((100 * part) / whole).toFixed(1)}%`;
}
