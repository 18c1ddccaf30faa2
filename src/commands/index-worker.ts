// `--index` run in a worker thread beside the reader: the store is refreshed while the screen stays
// responsive, and each transaction written is announced so the list can follow.
import { parentPort, workerData } from 'node:worker_threads';
import type { InputPath } from '../core/load/find-files.js';
import { asAsyncStore } from '../core/store/async-archive-store.js';
import { openSqliteStore } from '../core/store/sqlite-store.js';
import { analysisVersion } from './analyze-corpus.js';
import { indexArchive } from './index-command.js';
import { progressPoster, type IndexWorkerMessage, type ServerSource } from './background-index.js';
import { followServer } from './server-mirror.js';
import { refreshKeptTables } from './people-tables.js';

const { inputs, file, maxBytes, workers, server } = workerData as { inputs: InputPath[]; file: string; maxBytes?: number; workers: number; server?: ServerSource };
const post = (message: IndexWorkerMessage) => parentPort!.postMessage(message);

const { store, notice } = openSqliteStore(file, analysisVersion());
if (notice) post({ type: 'notice', text: notice });
// A shared archive: the local store is the reader's copy of the server's, kept up to date until the reader closes.
if (server) {
  const local = asAsyncStore(store);
  await followServer(server.url, server.roots, local, post, async () => {
    if (await refreshKeptTables(local)) post({ type: 'people-tables' });
  });
}
try {
  const summary = await indexArchive(inputs, asAsyncStore(store), {
    ...(maxBytes === undefined ? {} : { maxBytes }),
    workers,
    progress: progressPoster(post),
    committed: (paths) => post({ type: 'committed', paths }),
  });
  post({ type: 'done', summary });
  // After `done`, so the list is not kept waiting for the tables (seconds at 100,000 articles).
  if (await refreshKeptTables(asAsyncStore(store))) post({ type: 'people-tables' });
} catch (error) {
  post({ type: 'failed', text: error instanceof Error ? error.message : String(error) });
} finally {
  store.close();
}
