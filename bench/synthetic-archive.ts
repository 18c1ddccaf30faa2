// A synthetic archive made from the BBC corpus for the store benches: copies of its files, each made
// unique by a line of its own, until the size wanted. Figures from it are printed, never asserted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The BBC corpus: READER_BBC, else ../shared/corpus/bbc beside the project. */
export const BBC = process.env['READER_BBC'] ?? join(fileURLToPath(new URL('..', import.meta.url)), '..', 'shared', 'corpus', 'bbc');

/** Archive sizes by name, as `--size` takes them. */
export const SIZES: Readonly<Record<string, number>> = { '22k': 22_250, '100k': 100_125, '1m': 1_001_250 };

/** Copies of the corpus until `count` files, each with a line of its own so no two hash alike, in a new temporary folder. */
export function makeArchive(count: number, prefix: string): { dir: string; bytes: number } {
  const sources = readdirSync(BBC).flatMap((section) => readdirSync(join(BBC, section)).map((file) => ({ section, file, text: readFileSync(join(BBC, section, file), 'utf8') })));
  const dir = mkdtempSync(join(tmpdir(), prefix));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { section, file, text } = sources[i % sources.length]!;
    const copy = Math.floor(i / sources.length);
    const folder = join(dir, `copy-${copy}`, section);
    if (i % sources.length < 5 || !existsSync(folder)) mkdirSync(folder, { recursive: true });
    const body = `${text.trimEnd()}\n\nArchive copy ${copy}, item ${i}.\n`;
    writeFileSync(join(folder, file), body);
    bytes += Buffer.byteLength(body);
  }
  // The files written out before anything is timed: the kernel flushing 100,000 new files beside an
  // index run took CPU from it.
  spawnSync('sync');
  return { dir, bytes };
}
