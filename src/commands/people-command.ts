import stringWidth from 'string-width';
import type { InputPath } from '../core/load/find-files.js';
import { PeopleTally, type Person } from '../core/people/people.js';
import type { KeptPerson } from '../core/store/people-tables.js';
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
  const people = storeFile === null ? await analysedPeople(inputs, maxBytes) : await (await import('./people-from-store.js')).storedPeople(inputs, storeFile, maxBytes);
  if (people === null) return 1;
  await writeAll(json ? peopleJson(people) : peopleTable(people));
  process.stderr.write(`${peopleSummary(people)}\n`);
  return 0;
}

/** A row of the printed table: the kept table's, or a person's counted. */
export type PeopleRow = Omit<KeptPerson, 'search'>;

/** Reads and analyses every file, keeping of each article only what the table needs (its section, speakers and names); null when none loaded. */
async function analysedPeople(inputs: readonly InputPath[], maxBytes: number | undefined): Promise<PeopleRow[] | null> {
  const tally = new PeopleTally();
  const { count } = await forEachAnalyzedArticle(inputs, null, maxBytes, (article, index) => tally.add(index, article));
  return count === 0 ? null : tally.people().map(peopleRow);
}

/** A person as the table prints them. */
export function peopleRow(p: Person): PeopleRow {
  return { name: p.name, kind: p.kind, quotes: p.quotes.length, articles: p.articles.length, sections: p.sections, forms: p.forms };
}

/** The JSON array, one person a line. */
export function* peopleJson(people: readonly PeopleRow[]): Generator<string> {
  if (people.length === 0) {
    yield '[]\n';
    return;
  }
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    const row = { name: p.name, kind: p.kind, quotes: p.quotes, articles: p.articles, forms: p.forms };
    yield `${i === 0 ? '[\n' : ',\n'}  ${escapeJsonForTerminal(JSON.stringify(row))}`;
  }
  yield '\n]\n';
}

/** The table: name, kind, quotes, articles, sections (names and sections made safe for a terminal). */
export function* peopleTable(people: readonly PeopleRow[]): Generator<string> {
  const names = people.map((p) => clip(sanitizeForTerminal(p.name), NAME_COLUMNS));
  const nameWidth = Math.max(4, ...names.map((n) => stringWidth(n)));
  const line = (name: string, kind: string, quotes: string, articles: string, sections: string) =>
    `${name}${' '.repeat(nameWidth - stringWidth(name))}  ${kind.padEnd(12)}  ${quotes.padStart(6)}  ${articles.padStart(8)}  ${sections}`.trimEnd() + '\n';
  yield line('NAME', 'KIND', 'QUOTES', 'ARTICLES', 'SECTIONS');
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    yield line(names[i]!, p.kind, groupDigits(p.quotes), groupDigits(p.articles), sanitizeForTerminal(p.sections.join(', ')));
  }
}

/** `2,619 speakers: 2,057 people, 210 organisations, 352 descriptions`. */
export function peopleSummary(people: readonly PeopleRow[]): string {
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
