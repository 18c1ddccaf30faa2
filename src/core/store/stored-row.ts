// An article as the local store writes it, made apart from the store so an analysis thread can make
// it beside the analysis and hand over flat strings and bytes. The text and the analysis go as one
// deflated body: a quote repeats its paragraph's words, which one stream stores once (a third of the
// JSON's bytes at level 3, 64 µs an article, and 35 µs to read back with the JSON parse).
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { Analysis, Article } from '../article.js';
import { unitWords } from '../search/unit-words.js';
import type { Kind } from '../search/unit-store.js';
import { packAnalysis, unpackAnalysis } from './analysis-packing.js';
import { packSource, sourceRowOf } from './people-tables.js';

/** One unit of the full-text index: its kind, its words joined by spaces, and a quote's speaker's words. */
export type UnitRow = readonly [kind: Kind, words: string, speaker: string | null];

// Units travel between threads as one string, which a message copies in one piece rather than as
// forty small arrays. Folded words never hold these two controls.
const FIELD = '\u0001';
const UNIT = '\u0002';

/** What the store writes for one article, besides its stamp and list columns. */
export interface StoredRow {
  /** Paragraphs, boilerplate and packed analysis, deflated. */
  readonly body: Uint8Array;
  /** The units, packed (see unitRows). */
  readonly units: string;
  /** How many units. */
  readonly unitCount: number;
  /** Quotes found, or null while not analysed. */
  readonly quotes: number | null;
  /** The people source (see people-tables.ts), packed; null while not analysed. */
  readonly source: string | null;
}

/** Deflate level: 3 is as small as 6 here (9.2 against 8.8 MB for 5,000 articles) and quicker. */
const LEVEL = 3;

/** The stored form of an article and its analysis (null while not analysed). */
export function storedRowOf(article: Article, analysis: Analysis | null): StoredRow {
  // Copied to bytes of its own: zlib's result views a 16 KB buffer, which a message to another thread would copy whole.
  const body = new Uint8Array(deflateRawSync(JSON.stringify([article.paragraphs, article.boilerplate, analysis ? packAnalysis(analysis) : null]), { level: LEVEL }));
  const units = unitWords(article, analysis);
  return {
    body,
    units: units.map(({ kind, words, speaker }) => `${kind}${FIELD}${words.join(' ')}${speaker.length ? `${FIELD}${speaker.join(' ')}` : ''}`).join(UNIT),
    unitCount: units.length,
    quotes: analysis ? analysis.quotes.length : null,
    source: analysis ? packSource(sourceRowOf(article.section, analysis.quotes, analysis.entities)) : null,
  };
}

/** The paragraphs, boilerplate and analysis of a stored body. */
export function readBody(body: Uint8Array): { paragraphs: string[]; boilerplate: string[]; analysis: Analysis | null } {
  const [paragraphs, boilerplate, packed] = JSON.parse(inflateRawSync(body).toString('utf8')) as [string[], string[], Analysis | null];
  return { paragraphs, boilerplate, analysis: packed ? unpackAnalysis(packed, paragraphs) : null };
}

/** The units of a row, in order. */
export function unitRows(row: StoredRow): UnitRow[] {
  if (row.unitCount === 0) return [];
  return row.units.split(UNIT).map((unit) => {
    const [kind, words, speaker] = unit.split(FIELD);
    return [Number(kind) as Kind, words!, speaker ?? null];
  });
}
