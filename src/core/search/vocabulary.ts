// The words of the corpus with their counts, for "did you mean". Built only when a query first finds
// nothing, and then in slices, so it costs nothing until a typo needs it.
import type { UnitStore } from './unit-store.js';

/** Folded words of four or more letters: an upper-case start and lower-case letters (see fold.ts). */
const WORD = /\p{Lu}\p{Ll}{3,}/gu;
const SLICE = 256;

/** Folded lower-case words (4+ letters) -> how often they occur. */
export class Vocabulary {
  private readonly counts = new Map<string, number>();
  private sortedWords: string[] | null = null;
  /** Units read so far. */
  private upTo = 0;
  private letterList: string[] = [];

  /** Reads units not read yet until `deadline`; returns true when up to date. */
  update(store: UnitStore, deadline: number): boolean {
    while (this.upTo < store.count) {
      const end = Math.min(store.count, this.upTo + SLICE);
      for (let unit = this.upTo; unit < end; unit++) {
        if (store.alive[unit] === 0) continue;
        for (const match of store.folded[unit]!.matchAll(WORD)) {
          const word = match[0].toLowerCase();
          this.counts.set(word, (this.counts.get(word) ?? 0) + 1);
        }
      }
      this.upTo = end;
      this.sortedWords = null;
      if (performance.now() >= deadline) return this.upTo >= store.count;
    }
    return true;
  }

  /** How often `word` occurs (0 when never). */
  count(word: string): number {
    return this.counts.get(word) ?? 0;
  }

  /** The most frequent word starting with `prefix`, or null. */
  bestWithPrefix(prefix: string, scanLimit = 500): { word: string; count: number } | null {
    const words = this.sorted();
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (words[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    let best: { word: string; count: number } | null = null;
    for (let i = lo; i < words.length && i < lo + scanLimit && words[i]!.startsWith(prefix); i++) {
      const count = this.counts.get(words[i]!)!;
      if (!best || count > best.count) best = { word: words[i]!, count };
    }
    return best;
  }

  private sorted(): string[] {
    if (!this.sortedWords) {
      this.sortedWords = [...this.counts.keys()].sort();
      const letters = new Map<string, number>();
      for (const word of this.sortedWords) for (const ch of word) letters.set(ch, (letters.get(ch) ?? 0) + 1);
      this.letterList = [...letters].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([ch]) => ch);
    }
    return this.sortedWords;
  }

  /** The 40 letters most used in corpus words: what an edit may insert or substitute. */
  alphabet(): readonly string[] {
    this.sorted();
    return this.letterList;
  }
}
