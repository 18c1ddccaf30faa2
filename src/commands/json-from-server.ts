import { resolve } from 'node:path';
import { analysisVersion } from './analyze-corpus.js';
import { JSON_OPENING, jsonArticlePieces, jsonClosing } from './export-json.js';
import { openServerStore } from './open-server-store.js';
import { writeAll, writeOut } from './write-stdout.js';

/** Articles asked of the server at a time. */
const PAGE = 256;

/**
 * `--json --store postgres://… [PATH…]`: the shared archive (or only the articles indexed under the
 * paths given) written from the server as it arrives, page by page, in the same document as
 * `--json` on the files. Nothing is read from disk: the reader need not have the files.
 */
export async function runJsonFromServer(url: string, paths: readonly string[]): Promise<number> {
  const opened = await openServerStore(url, { analysisVersion: analysisVersion(), roots: paths.length ? paths.map((p) => resolve(p)) : null, mode: 'read' });
  if ('failure' in opened) {
    process.stderr.write(`${opened.failure}\n`);
    return 1;
  }
  const { store, describe } = opened;
  let count = 0;
  try {
    await writeOut(JSON_OPENING);
    for (let offset = 0; ; offset += PAGE) {
      const page = await store.window(offset, PAGE);
      for (const item of page) {
        await writeAll(jsonArticlePieces({ ...item.article, ...(item.analysis ?? { quotes: [], facts: [], entities: [] }) }, count === 0));
        count++;
      }
      if (page.length < PAGE) break;
    }
    await writeOut(jsonClosing([], count > 0));
    return count > 0 ? 0 : 1;
  } catch (error) {
    // The document stops where the connection did: one line says so, and the exit code too.
    process.stderr.write(`${describe(error)}\n`);
    return 1;
  } finally {
    await store.close().catch(() => {});
  }
}
