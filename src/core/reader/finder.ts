// The people (p) and names (i) views: every speaker or every name in the archive, filtered as you
// type with search's folding; Enter on a person shows their quotes across the archive, Enter on a
// name keeps the article list to the stories that name it. With a store, the tables are the ones
// it keeps (read as rows; a person's quotes only when chosen); without, worked out here once.
import type { Person } from '../people/people.js';
import type { IndexedEntity } from '../people/entity-index.js';
import { foldText } from '../search/fold.js';
import { searchKey, type KeptName, type KeptPerson } from '../store/people-tables.js';
import type { Analysis } from '../article.js';
import { chunkedGet } from './chunked-array.js';
import { sectionAt } from './article-rows.js';
import { analysisOf } from './selectors.js';
import { citation } from './citation.js';
import { editLine, type LineEdit } from './line-edit.js';
import { jumpTo, openAt, pushBack } from './navigation.js';
import { applyFilter } from './navigation.js';
import { changeFilter } from './list-view.js';
import type { State } from './state.js';

/** Which view is open. */
export type FinderKind = 'people' | 'names';

/** A view's filter, cursor and, for people, the person whose quotes show. */
export interface FinderState {
  readonly kind: FinderKind;
  readonly query: string;
  readonly cursor: number;
  readonly top: number;
  /** The person (an index in the filtered rows) whose quotes show, or null. */
  readonly person: Person | null;
  readonly quoteCursor: number;
  readonly quoteTop: number;
  /** Reopened with its earlier filter: the first typed key replaces it (as the search box does). */
  readonly replaceOnType?: boolean;
}

/** One row of a view: a person or a name, and how to show it. */
export interface FinderRow {
  readonly name: string;
  /** `person`, `organization`, `description`; for names, the entity's kind. */
  readonly kind: string;
  /** `185 quotes · 71 articles · politics, business` or `58 articles · 310 mentions`. */
  readonly detail: string;
  readonly person?: Person;
  readonly entity?: IndexedEntity;
  /** A row of the store's kept table: its place there, to read its person or name when chosen. */
  readonly kept?: number;
}

/** The tables an archive's store keeps, with references in the screen's article numbers (see reader-store-people.ts). */
export interface KeptPeopleTables {
  /** The kept people rows (the same array until they change), or null when the store has none yet. */
  people(): KeptTable<KeptPerson> | null;
  names(): KeptTable<KeptName> | null;
  /** The kept person at `rank` with their quotes (articles no longer on screen left out). */
  person(rank: number): Person;
  /** The kept name at `rank` with its articles, ascending. */
  name(rank: number): IndexedEntity;
}

/** A kept table's rows, and whether the archive changed since they were worked out. */
export interface KeptTable<Row> {
  readonly rows: readonly Row[];
  readonly stale: boolean;
}

/** How the tables are worked out: given once loaded (they bring the name lists, which a first frame need not wait for). */
export interface PeopleTables {
  readonly gatherPeople: (articles: readonly { section: string | null; quotes: Analysis['quotes']; entities: Analysis['entities'] }[]) => Person[];
  readonly indexEntities: (articles: readonly { section: string | null; entities: Analysis['entities'] }[]) => IndexedEntity[];
}

let tables: PeopleTables | null = null;
let kept: KeptPeopleTables | null = null;

/** Hands the finder the tables the archive's store keeps (store mode); null goes back to working them out. */
export function provideKeptTables(given: KeptPeopleTables | null): void {
  kept = given;
}

/** The store's table for this view, when it keeps one. */
function keptTable(kind: FinderKind): KeptTable<KeptPerson | KeptName> | null {
  return kind === 'people' ? (kept?.people() ?? null) : (kept?.names() ?? null);
}

/** Hands the finder the code that works out the tables (the app loads it after its first frame). */
export function providePeopleTables(given: PeopleTables): void {
  tables = given;
}

const peopleMemo = new WeakMap<object, readonly Person[]>();
const namesMemo = new WeakMap<object, readonly IndexedEntity[]>();

function analysedArticles(s: State): { section: string | null; quotes: Analysis['quotes']; entities: Analysis['entities'] }[] {
  // Only analyses that arrived in this session: over a store the kept tables answer instead.
  return Array.from({ length: s.articles.length }, (_, i) => {
    const analysis = chunkedGet(s.analyses, i);
    return { section: analysis ? (sectionAt(s.articles, i) ?? null) : null, quotes: analysis?.quotes ?? [], entities: analysis?.entities ?? [] };
  });
}

/** Everyone quoted in the archive as analysed so far (worked out once per set of analyses). */
export function peopleOf(s: State): readonly Person[] {
  if (!tables) return [];
  let people = peopleMemo.get(s.analyses);
  if (!people) peopleMemo.set(s.analyses, (people = tables.gatherPeople(analysedArticles(s))));
  return people;
}

/** Every name in the archive as analysed so far. */
export function namesOf(s: State): readonly IndexedEntity[] {
  if (!tables) return [];
  let names = namesMemo.get(s.analyses);
  if (!names) namesMemo.set(s.analyses, (names = tables.indexEntities(analysedArticles(s))));
  return names;
}

const plural = (n: number, one: string) => `${n.toLocaleString('en-GB')} ${one}${n === 1 ? '' : 's'}`;
const personDetail = (quotes: number, articles: number, sections: readonly string[]) =>
  `${plural(quotes, 'quote')} · ${plural(articles, 'article')}${sections.length ? ` · ${sections.slice(0, 3).join(', ')}${sections.length > 3 ? '…' : ''}` : ''}`;
const nameDetail = (articles: number, mentions: number) => `${plural(articles, 'article')} · ${plural(mentions, 'mention')}`;

/** A row before filtering, with the folded name and forms its filter looks in (each after a space). */
interface Entry {
  readonly row: FinderRow;
  readonly search: string;
}

const entriesMemo = new WeakMap<object, readonly Entry[]>();
/** Per list of entries, what each folded query matched (rows, and the entries to narrow a longer query from). */
const matchesMemo = new WeakMap<readonly Entry[], Map<string, { readonly entries: readonly Entry[]; readonly rows: readonly FinderRow[] }>>();
/** Queries remembered per list: a bound, not a cache to tune. */
const QUERIES_KEPT = 64;

/** The view's rows before filtering: the store's kept table, else the one worked out from the analyses. */
function entriesOf(s: State, kind: FinderKind): readonly Entry[] {
  const table = keptTable(kind);
  const source: readonly object[] = table ? table.rows : kind === 'people' ? peopleOf(s) : namesOf(s);
  let entries = entriesMemo.get(source);
  if (entries) return entries;
  if (table && kind === 'people') {
    entries = (table.rows as readonly KeptPerson[]).map((p, rank) => ({ search: p.search, row: { name: p.name, kind: p.kind, detail: personDetail(p.quotes, p.articles, p.sections), kept: rank } }));
  } else if (table) {
    entries = (table.rows as readonly KeptName[]).map((e, rank) => ({ search: e.search, row: { name: e.name, kind: e.kind, detail: nameDetail(e.articles, e.mentions), kept: rank } }));
  } else if (kind === 'people') {
    entries = (source as readonly Person[]).map((p) => ({ search: searchKey([p.name, ...p.forms]), row: { name: p.name, kind: p.kind, detail: personDetail(p.quotes.length, p.articles.length, p.sections), person: p } }));
  } else {
    entries = (source as readonly IndexedEntity[]).map((e) => ({ search: searchKey([e.name, ...e.forms]), row: { name: e.name, kind: e.kind, detail: nameDetail(e.articles.length, e.mentions), entity: e } }));
  }
  entriesMemo.set(source, entries);
  return entries;
}

/** The rows the view shows for its query: every folded query word starts a word of the name or one of its forms. */
export function finderRows(s: State, finder: FinderState): readonly FinderRow[] {
  const entries = entriesOf(s, finder.kind);
  const folded = foldText(finder.query);
  let byQuery = matchesMemo.get(entries);
  if (!byQuery) matchesMemo.set(entries, (byQuery = new Map()));
  const known = byQuery.get(folded);
  if (known) return known.rows;
  // A query that extends an earlier one matches only what that one matched: look only there.
  let from = entries;
  for (const [query, found] of byQuery) if (folded.startsWith(query) && found.entries.length < from.length) from = found.entries;
  const words = folded.split(/\s+/).filter(Boolean);
  const matched = words.length ? from.filter((e) => words.every((w) => e.search.includes(` ${w}`))) : from;
  if (byQuery.size >= QUERIES_KEPT) byQuery.clear();
  const rows = matched.map((e) => e.row);
  byQuery.set(folded, { entries: matched, rows });
  return rows;
}

/** Rows of the view shown at once (each row takes one line; the body less a heading, the filter and a last line). */
export function finderShown(s: Pick<State, 'size'>): number {
  return Math.max(1, s.size.rows - 6);
}

/** Quotes of a person shown at once (each takes three lines). */
export function personQuotesShown(s: Pick<State, 'size'>): number {
  return Math.max(1, Math.floor((s.size.rows - 5) / 3));
}

/** `p` or `i`: opens the view (the names view's first row is `all articles`, to clear its filter). */
export function openFinder(s: State, kind: FinderKind): State {
  const table = keptTable(kind);
  const analysing = s.analysed < s.articles.length ? ` (analysing: ${s.analysed.toLocaleString('en-GB')} of ${s.articles.length.toLocaleString('en-GB')} articles so far)` : '';
  const so = `${s.analysed.toLocaleString('en-GB')} article${s.analysed === 1 ? '' : 's'} analysed so far`;
  const note = table ? (table.stale ? ': as before the archive last changed (being worked out again)' : '')
    : kept ? `: being worked out by the refresh; meanwhile from the ${so}` : analysing;
  const same = s.finder?.kind === kind ? { ...s.finder, replaceOnType: s.finder.query !== '' } : null;
  return { ...s, mode: same?.person ? 'person' : 'finder', finder: same ?? { kind, query: '', cursor: 0, top: 0, person: null, quoteCursor: 0, quoteTop: 0 }, message: note ? `${kind === 'people' ? 'people' : 'names'}${note}` : null };
}

/** Typing in the view's filter. */
export function editFinder(s: State, edit: LineEdit): State {
  const f = s.finder;
  if (!f || f.person) return s;
  const query = f.replaceOnType && edit.kind === 'insert' ? '' : f.query;
  const { value } = editLine({ value: query, cursor: query.length }, edit.kind === 'left' || edit.kind === 'right' || edit.kind === 'home' ? { kind: 'end' } : edit);
  // In the names view row 0 is `all articles`: a typed filter puts the cursor on its first match.
  const cursor = f.kind === 'names' && value.trim() !== '' ? 1 : 0;
  return { ...s, finder: { ...f, query: value, cursor, top: 0, replaceOnType: false } };
}

/** Moves the cursor of the list shown (the rows, or the person's quotes). */
export function moveFinder(s: State, delta: number): State {
  const f = s.finder;
  if (!f) return s;
  if (f.person) {
    const n = f.person.quotes.length;
    const cursor = clampTo(f.quoteCursor + delta, n);
    return { ...s, finder: { ...f, quoteCursor: cursor, quoteTop: keepInView(cursor, f.quoteTop, personQuotesShown(s)) } };
  }
  const n = finderRows(s, f).length + (f.kind === 'names' ? 1 : 0);
  const cursor = clampTo(f.cursor + delta, n);
  return { ...s, finder: { ...f, cursor, top: keepInView(cursor, f.top, finderShown(s)) } };
}

/** Enter: a person's quotes; in them, the article at that quote; on a name, the list of the stories naming it. */
export function enterFinder(s: State): State {
  const f = s.finder;
  if (!f) return s;
  if (f.person) {
    const ref = f.person.quotes[f.quoteCursor];
    const quote = ref ? analysisOf(s, ref.article)?.quotes[ref.quote] : undefined;
    if (!ref || !quote) return s;
    const opened = openAt(pushBack({ ...s, mode: 'normal' }), ref.article, null, 'reader');
    const shown = jumpTo(opened, quote.paragraph, { paragraph: quote.paragraph, start: quote.start, endParagraph: quote.paragraphEnd, end: quote.end });
    return { ...shown, reader: { ...shown.reader, markedQuote: ref.quote, markedText: null } };
  }
  if (f.kind === 'names') {
    if (f.cursor === 0) return applyFilter({ ...s, mode: 'normal' }, changeFilter(s.filter, { naming: undefined }));
    const row = finderRows(s, f)[f.cursor - 1];
    const entity = row?.entity ?? (row?.kept !== undefined ? kept?.name(row.kept) : undefined);
    if (!row || !entity) return s;
    const filtered = applyFilter({ ...s, mode: 'normal' }, changeFilter(s.filter, { naming: { name: row.name, articles: entity.articles } }));
    return { ...filtered, message: `naming ${row.name}: ${plural(entity.articles.length, 'article')} (Esc in the list shows all again)` };
  }
  const row = finderRows(s, f)[f.cursor];
  const person = row?.person ?? (row?.kept !== undefined ? kept?.person(row.kept) : undefined);
  if (!person) return s;
  return { ...s, mode: 'person', finder: { ...f, person, quoteCursor: 0, quoteTop: 0 } };
}

/** Esc: clears the filter, then closes; Backspace in a person's quotes goes back to the people. */
export function escapeFinder(s: State): State {
  const f = s.finder;
  if (!f) return s;
  if (f.person) return { ...s, mode: 'finder', finder: { ...f, person: null } };
  if (f.query) return { ...s, finder: { ...f, query: '', cursor: 0, top: 0 } };
  return { ...s, mode: 'normal' };
}

/** Backspace: back from a person's quotes, else deletes a character of the filter. */
export function backFinder(s: State): State {
  const f = s.finder;
  if (f?.person) return { ...s, mode: 'finder', finder: { ...f, person: null } };
  return editFinder(s, { kind: 'backspace' });
}

/** `y` in a person's quotes: the quote under the cursor with its citation, for the clipboard. */
export function finderCitation(s: State): string | null {
  const f = s.finder;
  const ref = f?.person?.quotes[f.quoteCursor];
  if (!ref) return null;
  const quote = analysisOf(s, ref.article)?.quotes[ref.quote];
  const article = s.articles.at(ref.article);
  return quote && article ? citation(quote, article) : null;
}

function clampTo(n: number, count: number): number {
  return Math.max(0, Math.min(count - 1, n));
}

function keepInView(cursor: number, top: number, rows: number): number {
  if (cursor < top) return cursor;
  if (cursor >= top + rows) return cursor - rows + 1;
  return top;
}
