// The words of the corpus with their counts, for "did you mean". Built only when a query first finds
// nothing, and then in slices, so it costs nothing until a typo needs it. (Words of units that died
// since are still counted: harmless for suggestions.) Ties are broken by the words and letters
// themselves, never by the order they were read in, so a store's word counts suggest the same.
import type { UnitStore } from './unit-store.js';

/** Folded words of four or more letters: an upper-case start and lower-case letters (see fold.ts). */
const WORD = /\p{Lu}\p{Ll}{3,}/gu;
const SLICE = 256;

/** Folded lower-case words (4+ letters) -> how many units hold them. */
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
      // Each unit counts a word once (how many units hold it, as a full-text index tells), in one pass
      // over the slice: a search from each unit's start would run past units that hold no word.
      const seen = new Set<string>();
      const flush = () => {
        for (const word of seen) this.addWord(word, 1);
        seen.clear();
      };
      let unit = this.upTo;
      let unitEnd = unit === last ? stop : store.end(unit);
      WORD.lastIndex = store.start[this.upTo]!;
      for (let m = WORD.exec(text); m !== null && m.index < stop; m = WORD.exec(text)) {
        while (m.index >= unitEnd && unit < last) {
          flush();
          unit++;
          unitEnd = unit === last ? stop : store.end(unit);
        }
        seen.add(m[0].toLowerCase());
      }
      flush();
      this.upTo = last + 1;
      if (performance.now() >= deadline) return this.upTo >= store.count;
    }
    return true;
  }

  /** How many units hold `word` (0 when none). */
  count(word: string): number {
    return this.counts.get(word) ?? 0;
  }

  /** The most frequent word starting with `prefix` (four letters or more), or null. */
  bestWithPrefix(prefix: string): { word: string; count: number } | null {
    let best: { word: string; count: number } | null = null;
    for (const word of this.byPrefix.get(prefix.slice(0, 4)) ?? []) {
      if (!word.startsWith(prefix)) continue;
      const count = this.counts.get(word)!;
      if (!best || count > best.count || (count === best.count && word < best.word)) best = { word, count };
    }
    return best;
  }

  /** The 40 letters most used in corpus words: what an edit may insert or substitute. */
  alphabet(): string[] {
    return [...this.letterCounts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 40).map(([ch]) => ch);
  }

  /** Counts the words of one folded text, each once (as update does for each unit of an index). */
  addText(folded: string): void {
    const seen = new Set<string>();
    WORD.lastIndex = 0;
    for (let m = WORD.exec(folded); m !== null; m = WORD.exec(folded)) seen.add(m[0].toLowerCase());
    for (const word of seen) this.addWord(word, 1);
  }

  /** Counts a folded lower-case word `times` times. */
  addWord(word: string, times: number): void {
    const count = this.counts.get(word);
    if (count !== undefined) {
      this.counts.set(word, count + times);
      return;
    }
    this.counts.set(word, times);
    const key = word.slice(0, 4);
    const list = this.byPrefix.get(key);
    if (list) list.push(word);
    else this.byPrefix.set(key, [word]);
    for (const ch of word) this.letterCounts.set(ch, (this.letterCounts.get(ch) ?? 0) + 1);
  }
}

const WORD_START = /^\p{Lu}\p{Ll}{3,}/u;

/** The vocabulary word an index's lower-case word stands for (what Vocabulary counts in folded text), or null. */
export function vocabularyWord(word: string): string | null {
  const first = word.codePointAt(0);
  if (first === undefined) return null;
  const head = String.fromCodePoint(first);
  const found = WORD_START.exec(head.toUpperCase() + word.slice(head.length));
  return found ? found[0].toLowerCase() : null;
}
