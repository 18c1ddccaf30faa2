// Writing to stdout with backpressure: a slow reader at the other end of a pipe bounds memory.

/** Writes to stdout, waiting while the pipe is full so a slow reader at the other end bounds memory. */
export function writeOut(text: string): Promise<void> | undefined {
  return process.stdout.write(text) ? undefined : new Promise((resolve) => process.stdout.once('drain', () => resolve()));
}

/** Writes pieces to stdout in chunks of about 64 KB, each waiting for room in the pipe. */
export async function writeAll(pieces: Iterable<string>): Promise<void> {
  let chunk = '';
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= 65_536) {
      await writeOut(chunk);
      chunk = '';
    }
  }
  if (chunk) await writeOut(chunk);
}
