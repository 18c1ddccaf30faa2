/** Where a paragraph is now: its new index, and whether it was found at all. */
export interface Relocated {
  readonly paragraph: number;
  readonly found: boolean;
}

/**
 * Finds a paragraph again in edited text by its opening words: the same place when it still opens
 * there, else the nearest paragraph that opens with them, else the nearest that holds them. When
 * none does, the same index (kept within the article) and `found` false.
 */
export function relocate(paragraphs: readonly string[], paragraph: number, anchor: string): Relocated {
  const last = Math.max(0, paragraphs.length - 1);
  const clamped = Math.min(Math.max(0, paragraph), last);
  if (!anchor) return { paragraph: clamped, found: paragraph <= last };
  const opens = (p: number) => paragraphs[p]!.startsWith(anchor);
  const head = anchor.slice(0, 40);
  const holds = (p: number) => paragraphs[p]!.includes(head);
  for (const test of [opens, holds]) {
    const near = nearest(paragraphs.length, clamped, test);
    if (near !== null) return { paragraph: near, found: true };
  }
  return { paragraph: clamped, found: false };
}

/** The index nearest to `from` that passes `test` (the earlier one on a tie). */
function nearest(count: number, from: number, test: (p: number) => boolean): number | null {
  for (let d = 0; d < count; d++) {
    if (from - d >= 0 && test(from - d)) return from - d;
    if (from + d < count && d > 0 && test(from + d)) return from + d;
  }
  return null;
}
