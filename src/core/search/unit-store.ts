// The searchable units (titles, paragraphs, quotes, facts) as folded strings plus a few numbers
// each, in columns. Units only ever get appended; a replaced article's old units are marked dead.
import { foldText } from './fold.js';
import type { UnitKind } from './search-types.js';

/** Unit kinds as numbers: 0 title, 1 paragraph, 2 quote, 3 fact. */
export type Kind = 0 | 1 | 2 | 3;
/** Kind number -> name. */
export const KIND_NAME: readonly UnitKind[] = ['title', 'paragraph', 'quote', 'fact'];
/** Kind number -> bit in a scope mask. */
export const KIND_BIT: readonly number[] = [1, 2, 4, 8];

/** Separates a quote's folded text from its folded speaker: folding turns control chars to spaces, so no needle holds it. */
export const SPEAKER_SEPARATOR = '\u0000';

/** A growable list of int32. */
export class IntList {
  /** The values; only the first `length` are used. */
  data: Int32Array;
  /** How many values are used. */
  length = 0;
  constructor(capacity = 8) {
    this.data = new Int32Array(capacity);
  }
  /** Appends one value. */
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
  /** The used part, as a view. */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

function grown<T extends Int32Array | Uint8Array>(array: T, size: number, make: (n: number) => T): T {
  if (size <= array.length) return array;
  const next = make(Math.max(size, array.length * 2));
  next.set(array);
  return next;
}

/** Units in columns, with lists of the units holding each one- or two-letter word. */
export class UnitStore {
  /** Number of units ever added (dead ones included); unit ids are 0..count-1. */
  count = 0;
  /** Bumped whenever a unit dies, so cached hit lists are known stale. */
  version = 0;
  /** Folded text; for a quote with a speaker, text + SPEAKER_SEPARATOR + speaker. */
  readonly folded: string[] = [];
  /** Article index. */
  article = new Int32Array(1024);
  /** Paragraph index (-1 for a title). */
  paragraph = new Int32Array(1024);
  /** Quote or fact index in its article's analysis (-1 otherwise). */
  item = new Int32Array(1024);
  /** Length of the folded unit text, before any speaker part. */
  textLength = new Int32Array(1024);
  /** Kind (see Kind). */
  kind = new Uint8Array(1024);
  /** 1 while the unit is live. */
  alive = new Uint8Array(1024);
  /** Short-word key -> ascending units holding that whole word (for whole-word ranking of 1-2 letter queries). */
  readonly shortWords = new Map<number, IntList>();
  /** Total folded chars, for memory figures. */
  foldedChars = 0;

  private readonly keys: number[] = [];

  /** Appends a unit; returns its id. */
  add(article: number, kind: Kind, paragraph: number, item: number, text: string, speaker: string | null = null): number {
    const id = this.count++;
    if (id >= this.article.length) this.growTo(id + 1);
    const keys = this.keys;
    keys.length = 0;
    let folded = foldText(text, keys);
    const textLength = folded.length;
    if (speaker !== null && speaker.trim() !== '') folded += SPEAKER_SEPARATOR + foldText(speaker, keys);
    this.folded.push(folded);
    this.foldedChars += folded.length;
    this.article[id] = article;
    this.paragraph[id] = paragraph;
    this.item[id] = item;
    this.textLength[id] = textLength;
    this.kind[id] = kind;
    this.alive[id] = 1;
    for (const key of keys) {
      let list = this.shortWords.get(key);
      if (!list) this.shortWords.set(key, (list = new IntList(4)));
      if (list.length === 0 || list.data[list.length - 1] !== id) list.push(id);
    }
    return id;
  }

  /** Marks units dead (a re-added article or analysis). */
  kill(ids: readonly number[]): void {
    if (ids.length === 0) return;
    for (const id of ids) this.alive[id] = 0;
    this.version++;
  }

  /** Whether the unit has a speaker part. */
  hasSpeaker(id: number): boolean {
    return this.folded[id]!.length > this.textLength[id]!;
  }

  private growTo(size: number): void {
    this.article = grown(this.article, size, (n) => new Int32Array(n));
    this.paragraph = grown(this.paragraph, size, (n) => new Int32Array(n));
    this.item = grown(this.item, size, (n) => new Int32Array(n));
    this.textLength = grown(this.textLength, size, (n) => new Int32Array(n));
    this.kind = grown(this.kind, size, (n) => new Uint8Array(n));
    this.alive = grown(this.alive, size, (n) => new Uint8Array(n));
  }
}
