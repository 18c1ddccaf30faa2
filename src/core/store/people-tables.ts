// The people (p) and names (i) tables as the store keeps them: worked out once per state of the
// archive (their merging rules are archive-wide), so a view reads rows instead of every analysis.
import type { Entity } from '../article.js';
import { foldText } from '../search/fold.js';

/** What the tables need of one article, kept beside it: small, so 100,000 read quickly. */
export interface PeopleSourceRow {
  readonly section: string | null;
  /** Each quote's speaker as the analysis wrote it, in the article's order (null: none found). */
  readonly speakers: readonly (string | null)[];
  /** Its names (paragraphs left out: the tables do not use them). */
  readonly entities: readonly Entity[];
}

/** Every article's source row in the archive's order, as of one generation. */
export interface PeopleSources {
  readonly generation: number;
  /** The archive's paths in its order: a source's place here is the position references name. */
  readonly paths: readonly string[];
  /** Null for an article not analysed yet. */
  readonly sources: readonly (PeopleSourceRow | null)[];
}

/** Hears each article's people source in the archive's order (null: not analysed yet). */
export type PeopleSourceVisitor = (source: PeopleSourceRow | null, position: number) => void;

/** What reading every people source one by one leaves: its generation and the archive's paths. */
export interface PeopleSourcesRead {
  readonly generation: number;
  readonly paths: readonly string[];
}

/** One row of the kept people table. */
export interface KeptPerson {
  readonly name: string;
  /** `person`, `organization` or `description`. */
  readonly kind: string;
  readonly quotes: number;
  readonly articles: number;
  /** Most quotes first. */
  readonly sections: readonly string[];
  /** The speaker strings merged here, most quoted first. */
  readonly forms: readonly string[];
  /** The folded name and forms, each after a space: what the view's filter looks in. */
  readonly search: string;
}

/** One row of the kept names table. */
export interface KeptName {
  readonly name: string;
  readonly kind: string;
  readonly articles: number;
  readonly mentions: number;
  readonly forms: readonly string[];
  readonly search: string;
}

/** A quotation by its article's position (in the tables' paths) and its index in that article's quotes. */
export interface QuotePlace {
  readonly article: number;
  readonly quote: number;
}

/** Both tables as worked out for one generation, with their references, most quoted (named) first. */
export interface KeptTables {
  readonly generation: number;
  readonly paths: readonly string[];
  readonly people: readonly (KeptPerson & { readonly refs: readonly QuotePlace[] })[];
  /** Each name's refs are article positions, ascending. */
  readonly names: readonly (KeptName & { readonly refs: readonly number[] })[];
}

/** A kept table's rows and the generation they were made for (older than the store's: stale). */
export interface KeptRows<Row> {
  readonly generation: number;
  readonly rows: readonly Row[];
}

/** The filter's text for a name and its forms: each folded, after a space. */
export function searchKey(names: readonly string[]): string {
  return ` ${names.map((n) => foldText(n)).join(' ')}`;
}

/** The source row of an analysis: its speakers and names only. */
export function sourceRowOf(section: string | null, quotes: readonly { readonly speaker: string | null }[], entities: readonly Entity[]): PeopleSourceRow {
  return { section, speakers: quotes.map((q) => q.speaker), entities: entities.map((e) => ({ kind: e.kind, name: e.name, mentions: e.mentions, paragraphs: [] })) };
}

/** A source row as stored: `[speakers, [[kind, name, mentions], …]]` (the section is the article's own column). */
export function packSource(row: PeopleSourceRow): string {
  return JSON.stringify([row.speakers, row.entities.map((e) => [e.kind, e.name, e.mentions])]);
}

/** A stored source row read back. */
export function unpackSource(section: string | null, packed: string): PeopleSourceRow {
  const [speakers, entities] = JSON.parse(packed) as [(string | null)[], [Entity['kind'], string, number][]];
  return { section, speakers, entities: entities.map(([kind, name, mentions]) => ({ kind, name, mentions, paragraphs: [] })) };
}

/** Quote places as bytes: (article, quote) pairs of 32-bit integers. */
export function packQuotePlaces(refs: readonly QuotePlace[]): Buffer {
  const ints = new Int32Array(refs.length * 2);
  refs.forEach((r, i) => {
    ints[2 * i] = r.article;
    ints[2 * i + 1] = r.quote;
  });
  return Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength);
}

/** Quote places from their bytes. */
export function unpackQuotePlaces(bytes: Uint8Array): QuotePlace[] {
  const ints = int32s(bytes);
  const refs: QuotePlace[] = [];
  for (let i = 0; i + 1 < ints.length; i += 2) refs.push({ article: ints[i]!, quote: ints[i + 1]! });
  return refs;
}

/** Article positions as bytes (32-bit integers). */
export function packPositions(positions: readonly number[]): Buffer {
  const ints = Int32Array.from(positions);
  return Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength);
}

/** Article positions from their bytes. */
export function unpackPositions(bytes: Uint8Array): number[] {
  return Array.from(int32s(bytes));
}

/** The bytes as 32-bit integers (copied when not aligned, as a driver's buffer may not be). */
function int32s(bytes: Uint8Array): Int32Array {
  const length = Math.floor(bytes.byteLength / 4);
  if (bytes.byteOffset % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset, length);
  return new Int32Array(Uint8Array.from(bytes.subarray(0, length * 4)).buffer);
}
