import { resolve } from 'node:path';
import type { InputPath } from '../core/load/find-files.js';
import { asAsyncStore, type AsyncArchiveStore } from '../core/store/async-archive-store.js';
import { openSqliteStore } from '../core/store/sqlite-store.js';
import { analysisVersion } from './analyze-corpus.js';
import { indexArchive, summaryLine } from './index-command.js';
import { refreshKeptTables } from './people-tables.js';
import { openServerStore } from './open-server-store.js';
import { isPostgresUrl } from './postgres-url.js';
import { reportErrors } from './report-errors.js';
import { storeFileFor } from './store-file.js';

/** How often the progress line is redrawn, in ms. */
const PROGRESS_MS = 200;

/** A store ready for indexing, the inputs as it keys them, and how to word a failure while writing (null: let it throw). */
interface IndexTarget {
  readonly store: AsyncArchiveStore;
  readonly inputs: readonly InputPath[];
  readonly describe: ((error: unknown) => string) | null;
}

/**
 * `reader --index PATH…`: builds or refreshes the archive's store (a SQLite file, or the shared
 * archive on a PostgreSQL server with `--store postgres://…`) and prints one summary line. A
 * progress line (articles a second, time left) is drawn on stderr when it is a terminal.
 */
export async function runIndex(inputs: readonly InputPath[], storeFlag: string | undefined, maxBytes: number | undefined): Promise<number> {
  const started = performance.now();
  const target = storeFlag !== undefined && isPostgresUrl(storeFlag) ? await serverTarget(inputs, storeFlag) : fileTarget(inputs, storeFlag);
  if (typeof target === 'string') {
    process.stderr.write(`${target}\n`);
    return 1;
  }
  const { store, describe } = target;
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
    const summary = await indexArchive(target.inputs, store, maxBytes === undefined ? { progress } : { maxBytes, progress });
    if (tty) process.stderr.write('\r\x1b[Kworking out the people and names tables');
    await refreshKeptTables(store);
    if (tty) process.stderr.write('\r\x1b[K');
    reportErrors(summary.errors, (line) => process.stderr.write(`${line}\n`));
    process.stdout.write(`${summaryLine(summary, (performance.now() - started) / 1000)}\n`);
    return summary.total > 0 ? 0 : 1;
  } catch (error) {
    if (!describe) throw error;
    if (tty) process.stderr.write('\r\x1b[K');
    process.stderr.write(`${describe(error)}\n`);
    return 1;
  } finally {
    await store.close().catch(() => {});
  }
}

/** The archive's SQLite file (set aside and rebuilt when damaged), or the line saying why it cannot open. */
function fileTarget(inputs: readonly InputPath[], storeFlag: string | undefined): IndexTarget | string {
  const file = storeFileFor(inputs.map((i) => i.path), storeFlag);
  try {
    const { store, notice } = openSqliteStore(file, analysisVersion());
    if (notice) process.stderr.write(`reader: ${notice}\n`);
    return { store: asAsyncStore(store), inputs, describe: null };
  } catch (error) {
    return `reader: cannot open the store ${file}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/**
 * The shared archive on a server. Articles there are keyed by absolute path, so runs from any folder
 * agree, and the store sees only the paths under these inputs: indexing one folder never removes
 * another's articles.
 */
async function serverTarget(inputs: readonly InputPath[], url: string): Promise<IndexTarget | string> {
  const keyed = inputs.map((input) => ({ path: input.path, label: resolve(input.path) }));
  const opened = await openServerStore(url, { analysisVersion: analysisVersion(), roots: keyed.map((i) => i.label), mode: 'write' });
  return 'failure' in opened ? opened.failure : { store: opened.store, inputs: keyed, describe: opened.describe };
}
