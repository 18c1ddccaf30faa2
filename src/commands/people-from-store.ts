import type { InputPath } from '../core/load/find-files.js';
import { asAsyncStore } from '../core/store/async-archive-store.js';
import { openSqliteStore } from '../core/store/sqlite-store.js';
import { analysisVersion } from './analyze-corpus.js';
import { indexArchive } from './index-command.js';
import type { PeopleRow } from './people-command.js';
import { refreshKeptTables } from './people-tables.js';
import { reportErrors } from './report-errors.js';

/**
 * `--people` on an archive with a store: a quick refresh, the tables worked out again only when
 * it changed something, then the kept rows (no analysis is read). Null when the archive is empty.
 */
export async function storedPeople(inputs: readonly InputPath[], file: string, maxBytes: number | undefined): Promise<PeopleRow[] | null> {
  const { store, notice } = openSqliteStore(file, analysisVersion());
  try {
    if (notice) process.stderr.write(`reader: ${notice}\n`);
    const summary = await indexArchive(inputs, asAsyncStore(store), maxBytes === undefined ? {} : { maxBytes });
    reportErrors(summary.errors, (line) => process.stderr.write(`${line}\n`));
    if (summary.total === 0) return null;
    await refreshKeptTables(asAsyncStore(store));
    return store.keptPeople()?.rows.map(({ search: _, ...row }) => row) ?? [];
  } finally {
    store.close();
  }
}
