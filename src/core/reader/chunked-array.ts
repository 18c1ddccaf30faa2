// A persistent array: setting entries copies one small chunk, not the whole array, so the reducer
// can record 100,000 arriving analyses without quadratic copying.

const CHUNK = 256;

/** An immutable sparse array of T. */
export interface ChunkedArray<T> {
  readonly chunks: readonly (readonly (T | undefined)[] | undefined)[];
}

/** An empty array. */
export function emptyChunked<T>(): ChunkedArray<T> {
  return { chunks: [] };
}

/** The entry at `index`, or undefined. */
export function chunkedGet<T>(array: ChunkedArray<T>, index: number): T | undefined {
  return array.chunks[Math.floor(index / CHUNK)]?.[index % CHUNK];
}

/** A new array with these entries set; untouched chunks are shared. */
export function chunkedSet<T>(array: ChunkedArray<T>, entries: readonly (readonly [number, T])[]): ChunkedArray<T> {
  if (!entries.length) return array;
  const chunks = array.chunks.slice();
  const copied = new Set<number>();
  for (const [index, value] of entries) {
    const c = Math.floor(index / CHUNK);
    if (!copied.has(c)) {
      chunks[c] = chunks[c] ? chunks[c]!.slice() : new Array<T | undefined>(CHUNK);
      copied.add(c);
    }
    (chunks[c] as (T | undefined)[])[index % CHUNK] = value;
  }
  return { chunks };
}
