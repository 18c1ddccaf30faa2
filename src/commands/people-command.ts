import stringWidth from 'string-width';
import type { InputPath } from '../core/load/find-files.js';
import { PeopleTally, type Person } from '../core/people/people.js';
import { escapeJsonForTerminal, sanitizeForTerminal } from '../core/sanitize.js';
import { groupDigits } from '../core/group-digits.js';
import { forEachAnalyzedArticle } from './analyzed-archive.js';
import { writeAll } from './write-stdout.js';

/** Widest name shown in the table; longer ones end in `…` (`--json` keeps them whole). */
const NAME_COLUMNS = 40;

/**
 * `reader --people [--json]`: everyone quoted in the archive, most quotes first, as a table or as
 * `[{ name, kind, quotes, articles, forms }]`, and a count by kind on stderr. Exits 0 when an
 * article loaded, else 1.
 */
export async function runPeopleCommand(inputs: readonly InputPath[], storeFile: string | null, maxBytes: number | undefined, json: boolean): Promise<number> {
  const tally = new PeopleTally();
  // Only what the table needs of each article stays in memory: its section, speakers and names.
  const { count } = await forEachAnalyzedArticle(inputs, storeFile, maxBytes, (article, index) => tally.add(index, article));
  if (count === 0) return 1;
  const people = tally.people();
  await writeAll(json ? peopleJson(people) : peopleTable(people));
  process.stderr.write(`${peopleSummary(people)}\n`);
  return 0;
}

/** The JSON array, one person a line. */
export function* peopleJson(people: readonly Person[]): Generator<string> {
  if (people.length === 0) {
    yield '[]\n';
    return;
  }
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    const row = { name: p.name, kind: p.kind, quotes: p.quotes.length, articles: p.articles.length, forms: p.forms };
    yield `${i === 0 ? '[\n' : ',\n'}  ${escapeJsonForTerminal(JSON.stringify(row))}`;
  }
  yield '\n]\n';
}

/** The table: name, kind, quotes, articles, sections (names and sections made safe for a terminal). */
export function* peopleTable(people: readonly Person[]): Generator<string> {
  const names = people.map((p) => clip(sanitizeForTerminal(p.name), NAME_COLUMNS));
  const nameWidth = Math.max(4, ...names.map((n) => stringWidth(n)));
  const line = (name: string, kind: string, quotes: string, articles: string, sections: string) =>
    `${name}${' '.repeat(nameWidth - stringWidth(name))}  ${kind.padEnd(12)}  ${quotes.padStart(6)}  ${articles.padStart(8)}  ${sections}`.trimEnd() + '\n';
  yield line('NAME', 'KIND', 'QUOTES', 'ARTICLES', 'SECTIONS');
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    yield line(names[i]!, p.kind, groupDigits(p.quotes.length), groupDigits(p.articles.length), sanitizeForTerminal(p.sections.join(', ')));
  }
}

/** `2,619 speakers: 2,057 people, 210 organisations, 352 descriptions`. */
export function peopleSummary(people: readonly Person[]): string {
  const count = (n: number, one: string, many: string) => `${groupDigits(n)} ${n === 1 ? one : many}`;
  const of = (kind: Person['kind']) => people.filter((p) => p.kind === kind).length;
  return `${count(people.length, 'speaker', 'speakers')}: ${count(of('person'), 'person', 'people')}, ${count(of('organization'), 'organisation', 'organisations')}, ${count(of('description'), 'description', 'descriptions')}`;
}

/** Cut to `columns` display columns, with `…` when cut. */
function clip(text: string, columns: number): string {
  if (stringWidth(text) <= columns) return text;
  let out = '';
  for (const ch of text) {
    if (stringWidth(out + ch) > columns - 1) break;
    out += ch;
  }
  return `${out}…`;
}
