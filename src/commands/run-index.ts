import type { InputPath } from '../core/load/find-files.js';
import { asAsyncStore } from '../core/store/async-archive-store.js';
import { openSqliteStore } from '../core/store/sqlite-store.js';
import { analysisVersion } from './analyze-corpus.js';
import { indexArchive, summaryLine } from './index-command.js';
import { reportErrors } from './report-errors.js';
import { storeFileFor } from './store-file.js';

/** How often the progress line is redrawn, in ms. */
const PROGRESS_MS = 200;

/**
 * `reader --index PATH…`: builds or refreshes the archive's store and prints one summary line. A
 * progress line (articles a second, time left) is drawn on stderr when it is a terminal.
 */
export async function runIndex(inputs: readonly InputPath[], storeFlag: string | undefined, maxBytes: number | undefined): Promise<number> {
  const started = performance.now();
  const file = storeFileFor(inputs.map((i) => i.path), storeFlag);
  let opened;
  try {
    opened = openSqliteStore(file, analysisVersion());
  } catch (error) {
    process.stderr.write(`reader: cannot open the store ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const { store, notice } = opened;
  if (notice) process.stderr.write(`reader: ${notice}\n`);
  const tty = process.stderr.isTTY === true;
  let drawn = 0;
  const progress = (done: number, total: number) => {
    const now = performance.now();
    if (!tty || (now - drawn < PROGRESS_MS && done < total)) return;
    drawn = now;
    const rate = done / Math.max(0.001, (now - started) / 1000);
    const left = (total - done) / Math.max(1, rate);
    process.stderr.write(`\r\x1b[Kindexing ${done}/${total} · ${rate.toFixed(0)} articles/s · ${left.toFixed(0)} s left`);
  };
  try {
    const summary = await indexArchive(inputs, asAsyncStore(store), maxBytes === undefined ? { progress } : { maxBytes, progress });
    if (tty) process.stderr.write('\r\x1b[K');
    reportErrors(summary.errors, (line) => process.stderr.write(`${line}\n`));
    process.stdout.write(`${summaryLine(summary, (performance.now() - started) / 1000)}\n`);
    return summary.total > 0 ? 0 : 1;
  } finally {
    store.close();
  }
}
