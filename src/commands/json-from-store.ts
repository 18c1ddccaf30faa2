import type { InputPath } from '../core/load/find-files.js';
import { openSqliteStore } from '../core/store/sqlite-store.js';
import { analysisVersion } from './analyze-corpus.js';
import { JSON_OPENING, jsonArticlePieces, jsonClosing } from './export-json.js';
import { indexArchive } from './index-command.js';
import { reportErrors } from './report-errors.js';
import { writeAll, writeOut } from './write-stdout.js';

/** Articles read from the store at a time. */
const PAGE = 256;

/**
 * `--json` on an archive that has a store: the store is refreshed (only changed files are parsed and
 * analysed), then every article is written from it in the archive's order, one at a time. The
 * document is the same as without a store.
 */
export async function runJsonFromStore(inputs: readonly InputPath[], file: string, maxBytes: number | undefined): Promise<number> {
  const { store, notice } = openSqliteStore(file, analysisVersion());
  try {
    if (notice) process.stderr.write(`reader: ${notice}\n`);
    const summary = await indexArchive(inputs, store, maxBytes === undefined ? {} : { maxBytes });
    reportErrors(summary.errors, (line) => process.stderr.write(`${line}\n`));
    await writeOut(JSON_OPENING);
    let written = 0;
    for (let offset = 0; offset < summary.total; offset += PAGE) {
      for (const { path } of store.list(offset, PAGE)) {
        const item = store.get(path);
        if (!item) continue;
        const analysis = item.analysis ?? { quotes: [], facts: [], entities: [] };
        await writeAll(jsonArticlePieces({ ...item.article, ...analysis }, written === 0));
        written++;
      }
    }
    await writeOut(jsonClosing(summary.errors, written > 0));
    return written > 0 ? 0 : 1;
  } finally {
    store.close();
  }
}
