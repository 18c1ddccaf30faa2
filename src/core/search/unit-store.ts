// The searchable units (titles, paragraphs, quotes, facts), folded and packed into chunks of about
// 64K chars separated by NUL, plus a few numbers per unit in columns. One indexOf then skips over
// many units at once, and there is no string object per unit. Units are only ever appended; a
// replaced article's old units are marked dead.
import { foldText, lastInitials } from './fold.js';
import type { UnitKind } from './search-types.js';

/** Unit kinds as numbers: 0 title, 1 paragraph, 2 quote, 3 fact. */
export type Kind = 0 | 1 | 2 | 3;
/** Kind number -> name. */
export const KIND_NAME: readonly UnitKind[] = ['title', 'paragraph', 'quote', 'fact'];
/** Kind number -> bit in a scope mask. */
export const KIND_BIT: readonly number[] = [1, 2, 4, 8];

/** Ends each unit in a chunk. Folding turns control chars into spaces, so no needle holds one. */
export const UNIT_SEPARATOR = '\u0000';
/** Separates a quote's folded text from its folded speaker. */
export const SPEAKER_SEPARATOR = '\u0001';
/** A chunk is closed once it holds this many chars. */
const CHUNK_CHARS = 1 << 16;

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
      const next = new Int32Array(Math.ceil(this.data.length * 1.5) + 4);
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
  const next = make(Math.max(size, Math.ceil(array.length * 1.5)));
  next.set(array);
  return next;
}

/** Units in chunks and columns, with lists of the units holding each one- or two-letter word. */
export class UnitStore {
  /** Number of units ever added (dead ones included); unit ids are 0..count-1. */
  count = 0;
  /** Bumped whenever a unit dies, so cached hit lists are known stale. */
  version = 0;
  /** Article index. */
  article = new Int32Array(1024);
  /** Paragraph index (-1 for a title). */
  paragraph = new Int32Array(1024);
  /** Quote or fact index in its article's analysis (-1 otherwise). */
  item = new Int32Array(1024);
  /** Chunk holding the unit. */
  chunk = new Int32Array(1024);
  /** Offset of the unit's folded text in its chunk (its end is the next unit's start less one). */
  start = new Int32Array(1024);
  /** Bit set of the ASCII letters that start its words (bit 0 = A). */
  initials = new Int32Array(1024);
  /** Kind (see Kind). */
  kind = new Uint8Array(1024);
  /** 1 while the unit is live. */
  alive = new Uint8Array(1024);
  /** Short-word key -> ascending units holding that whole word (for whole-word ranking of 1-2 letter queries). */
  readonly shortWords = new Map<number, IntList>();
  /** Total folded chars, for memory figures. */
  foldedChars = 0;
  /** First unit of each chunk. */
  readonly chunkFirst: number[] = [];
  /** Quote with a speaker -> offset of its speaker part in the chunk (few units have one, so no column). */
  private readonly speakerStart = new Map<number, number>();

  private readonly chunks: string[] = [];
  private openParts: string[] = [];
  private openLength = 0;
  private openText: string | null = '';
  private readonly keys: number[] = [];

  /** One more than the highest article index added (the size of a per-article table). */
  articleLimit(): number {
    return this.maxArticle + 1;
  }

  private maxArticle = -1;

  /** Appends a unit; returns its id. */
  add(article: number, kind: Kind, paragraph: number, item: number, text: string, speaker: string | null = null): number {
    const id = this.count++;
    if (id >= this.article.length) this.growTo(id + 1);
    const keys = this.keys;
    keys.length = 0;
    let folded = foldText(text, keys);
    let initials = lastInitials();
    if (this.openParts.length === 0) this.chunkFirst.push(id);
    const chunk = this.chunks.length;
    const start = this.openLength;
    if (speaker !== null && speaker.trim() !== '') {
      this.speakerStart.set(id, start + folded.length + 1);
      folded += SPEAKER_SEPARATOR + foldText(speaker, keys);
      initials |= lastInitials();
    }
    this.openParts.push(folded, UNIT_SEPARATOR);
    this.openLength += folded.length + 1;
    this.openText = null;
    this.foldedChars += folded.length;
    this.article[id] = article;
    if (article > this.maxArticle) this.maxArticle = article;
    this.paragraph[id] = paragraph;
    this.item[id] = item;
    this.chunk[id] = chunk;
    this.start[id] = start;
    this.initials[id] = initials;
    this.kind[id] = kind;
    this.alive[id] = 1;
    for (const key of keys) {
      let list = this.shortWords.get(key);
      if (!list) this.shortWords.set(key, (list = new IntList(4)));
      if (list.length === 0 || list.data[list.length - 1] !== id) list.push(id);
    }
    if (this.openLength >= CHUNK_CHARS) this.closeChunk();
    return id;
  }

  /** Offset just past the unit (its speaker part included) in its chunk. */
  end(unit: number): number {
    const next = unit + 1;
    const chunk = this.chunk[unit]!;
    if (next < this.count && this.chunk[next] === chunk) return this.start[next]! - 1;
    return (chunk < this.chunks.length ? this.chunks[chunk]!.length : this.openLength) - 1;
  }

  /** Offset of the unit's speaker part in its chunk, or -1 when it has none. */
  speakerAt(unit: number): number {
    return this.kind[unit] === 2 ? this.speakerStart.get(unit) ?? -1 : -1;
  }

  /** Offset just past the unit's own text (before any speaker part). */
  textEnd(unit: number): number {
    const speaker = this.speakerAt(unit);
    return speaker < 0 ? this.end(unit) : speaker - 1;
  }

  /** The folded text of a chunk (units separated by UNIT_SEPARATOR). */
  chunkText(chunk: number): string {
    if (chunk < this.chunks.length) return this.chunks[chunk]!;
    return (this.openText ??= this.openParts.join(''));
  }

  /** Index one past the last unit of a chunk. */
  chunkEnd(chunk: number): number {
    return chunk + 1 < this.chunkFirst.length ? this.chunkFirst[chunk + 1]! : this.count;
  }

  /** The unit of `chunk` whose text holds `offset`, searching units from `from` on. */
  unitAt(chunk: number, offset: number, from: number): number {
    let lo = from;
    let hi = this.chunkEnd(chunk) - 1;
    // Usually the hit is in one of the next few units.
    for (let probe = 0; probe < 4 && lo < hi; probe++, lo++) if (this.start[lo + 1]! > offset) return lo;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.start[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The folded text of one unit (speaker part included). */
  folded(unit: number): string {
    return this.chunkText(this.chunk[unit]!).slice(this.start[unit]!, this.end(unit));
  }

  /** Marks units dead (a re-added article or analysis). */
  kill(first: number, count: number): void {
    if (count <= 0) return;
    for (let id = first; id < first + count; id++) this.alive[id] = 0;
    this.version++;
  }

  private closeChunk(): void {
    this.chunks.push(this.openParts.join(''));
    this.openParts = [];
    this.openLength = 0;
    this.openText = '';
  }

  private growTo(size: number): void {
    const ints = (n: number) => new Int32Array(n);
    this.article = grown(this.article, size, ints);
    this.paragraph = grown(this.paragraph, size, ints);
    this.item = grown(this.item, size, ints);
    this.chunk = grown(this.chunk, size, ints);
    this.start = grown(this.start, size, ints);
    this.initials = grown(this.initials, size, ints);
    this.kind = grown(this.kind, size, (n) => new Uint8Array(n));
    this.alive = grown(this.alive, size, (n) => new Uint8Array(n));
  }
}
