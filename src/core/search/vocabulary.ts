// The words of the corpus with their counts, for "did you mean". Built only when a query first finds
// nothing, and then in slices, so it costs nothing until a typo needs it. (Words of units that died
// since are still counted: harmless for suggestions.)
import type { UnitStore } from './unit-store.js';

/** Folded words of four or more letters: an upper-case start and lower-case letters (see fold.ts). */
const WORD = /\p{Lu}\p{Ll}{3,}/gu;
const SLICE = 256;

/** Folded lower-case words (4+ letters) -> how often they occur. */
export class Vocabulary {
  private readonly counts = new Map<string, number>();
  /** First four letters -> the words starting so (every word has four or more letters). */
  private readonly byPrefix = new Map<string, string[]>();
  private readonly letterCounts = new Map<string, number>();
  /** Units read so far. */
  private upTo = 0;

  /** Reads units not read yet until `deadline`; returns true when up to date. */
  update(store: UnitStore, deadline: number): boolean {
    while (this.upTo < store.count) {
      // Up to SLICE units of one chunk, read in one pass over the chunk's text.
      const chunk = store.chunk[this.upTo]!;
      const last = Math.min(store.chunkEnd(chunk), this.upTo + SLICE) - 1;
      const text = store.chunkText(chunk);
      const stop = store.end(last);
      WORD.lastIndex = store.start[this.upTo]!;
      for (let m = WORD.exec(text); m !== null && m.index < stop; m = WORD.exec(text)) this.addWord(m[0].toLowerCase());
      this.upTo = last + 1;
      if (performance.now() >= deadline) return this.upTo >= store.count;
    }
    return true;
  }

  /** How often `word` occurs (0 when never). */
  count(word: string): number {
    return this.counts.get(word) ?? 0;
  }

  /** The most frequent word starting with `prefix` (four letters or more), or null. */
  bestWithPrefix(prefix: string): { word: string; count: number } | null {
    let best: { word: string; count: number } | null = null;
    for (const word of this.byPrefix.get(prefix.slice(0, 4)) ?? []) {
      if (!word.startsWith(prefix)) continue;
      const count = this.counts.get(word)!;
      if (!best || count > best.count) best = { word, count };
    }
    return best;
  }

  /** The 40 letters most used in corpus words: what an edit may insert or substitute. */
  alphabet(): string[] {
    return [...this.letterCounts].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([ch]) => ch);
  }

  private addWord(word: string): void {
    const count = this.counts.get(word);
    if (count !== undefined) {
      this.counts.set(word, count + 1);
      return;
    }
    this.counts.set(word, 1);
    const key = word.slice(0, 4);
    const list = this.byPrefix.get(key);
    if (list) list.push(word);
    else this.byPrefix.set(key, [word]);
    for (const ch of word) this.letterCounts.set(ch, (this.letterCounts.get(ch) ?? 0) + 1);
  }
}
