// The data every part of the reader shares. Offsets are UTF-16 code units, as JavaScript strings count.

/** A raw document as read from disk or stdin, before parsing. */
export interface RawDocument {
  /** Path as given or found (relative to the working directory when possible); `-` for stdin. */
  readonly path: string;
  /** Parent folder relative to the path the user gave (`politics`), or null. */
  readonly section: string | null;
  /** How the text should be parsed. */
  readonly format: 'text' | 'markdown' | 'html';
  /** Decoded text (UTF-8, UTF-16 or Windows-1252 on disk), not yet normalised. */
  readonly text: string;
}

/** One parsed article: the `articles[]` entry of `--json` without its analysis. */
export interface Article {
  /** Where it came from (see RawDocument.path). */
  readonly path: string;
  /** First non-empty line (or the HTML/Markdown title). */
  readonly title: string;
  /** A credit or byline line under the title, or null. */
  readonly byline: string | null;
  /** Parent folder relative to the path given, or null. */
  readonly section: string | null;
  /** Body paragraphs, in order; `paragraph` indexes everywhere point into this. */
  readonly paragraphs: readonly string[];
  /** Page furniture set aside (`Advertisement`, `Share this article`, ...). */
  readonly boilerplate: readonly string[];
  /** Number of words in the paragraphs. */
  readonly words: number;
  /** Whole minutes to read the paragraphs, at least 1 for a non-empty article. */
  readonly readingMinutes: number;
}

/** A direct quotation. */
export interface Quote {
  /** The quoted words, without the marks. */
  readonly text: string;
  /** Who said it, in the fullest form the article gives, or null when unknown. */
  readonly speaker: string | null;
  /** The reporting verb (`said`, `told`, `according to`), or null. */
  readonly cue: string | null;
  /** Paragraph the quotation starts in. */
  readonly paragraph: number;
  /** Offset of the first quoted character in `paragraph`. */
  readonly start: number;
  /** Offset just past the last quoted character in `paragraphEnd`. */
  readonly end: number;
  /** Paragraph the quotation ends in (same as `paragraph` unless it runs on). */
  readonly paragraphEnd: number;
  /** A fragment embedded in the writer's own sentence. */
  readonly partial: boolean;
}

/** What kind of figure a fact is. */
export type FactKind = 'percent' | 'money' | 'count' | 'quantity' | 'date' | 'range';

/** A figure, amount or date stated in the text. */
export interface Fact {
  readonly kind: FactKind;
  /** The span exactly as written. */
  readonly text: string;
  /** A number for numeric kinds; an ISO date (`2024-07-28`, `2024-07`) for a fixed date; else null. */
  readonly value: number | string | null;
  /** What a count or quantity measures (`people`, `days`), when known. */
  readonly unit?: string;
  /** ISO 4217 code for money (`USD`, `GBP`, `EUR`). */
  readonly currency?: string;
  /** For a range: the first end as written (`65` in `65% to 30%`). */
  readonly from?: number;
  /** For a range: the second end as written (`30` in `65% to 30%`). */
  readonly to?: number;
  /**
   * The sentence the fact stands in: all of it when it is short, else an excerpt of at most about 300
   * characters around the figure, cut at spaces and marked with `…` where cut.
   */
  readonly sentence: string;
  /** Offset in the paragraph where the whole sentence starts (`paragraphs` holds it exactly as loaded). */
  readonly sentenceStart: number;
  /** Offset in the paragraph just past the whole sentence. */
  readonly sentenceEnd: number;
  /** Paragraph index. */
  readonly paragraph: number;
  /** Offset of the span in the paragraph. */
  readonly start: number;
  /** Offset just past the span. */
  readonly end: number;
}

/** What kind of name an entity is. */
export type EntityKind = 'person' | 'organization' | 'place';

/** A named person, organisation or place, merged across its mentions. */
export interface Entity {
  readonly kind: EntityKind;
  /** The fullest form of the name in the article (`Nicolás Maduro`). */
  readonly name: string;
  /** How many times it is mentioned, in any form. */
  readonly mentions: number;
  /** Paragraph indexes where it is mentioned, ascending, without repeats. */
  readonly paragraphs: readonly number[];
}

/** The extracted analysis of one article. */
export interface Analysis {
  readonly quotes: readonly Quote[];
  readonly facts: readonly Fact[];
  readonly entities: readonly Entity[];
}

/** A path that could not be loaded, and why. */
export interface LoadError {
  readonly path: string;
  readonly message: string;
}

/** An article together with its analysis, as `--json` prints it. */
export type AnalyzedArticle = Article & Analysis;
