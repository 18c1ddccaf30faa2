// The conformance suite against every engine: the in-memory index, and the store's engine over the
// memory store and over the SQLite store (its full-text index choosing the candidates).
import { join } from 'node:path';
import type { StoredArticle } from '../../../src/core/store/archive-store.js';
import { createMemoryStore } from '../../../src/core/store/memory-store.js';
import { openSqliteStore } from '../../../src/core/store/sqlite-store.js';
import { createStoreSearch } from '../../../src/core/store/store-search.js';
import type { ArchiveStore } from '../../../src/core/store/archive-store.js';
import { tempTree } from '../../helpers/temp-dir.js';
import { engineConformance, inMemoryEngine, type ArchiveItem } from './engine-conformance.js';

function stored(archive: readonly ArchiveItem[]): StoredArticle[] {
  return archive.map(({ article, analysis }, order) => ({ stamp: { path: article.path, size: order, mtimeMs: order, hash: `h${order}` }, order, article, analysis }));
}

function storeEngine(open: () => ArchiveStore) {
  return (archive: readonly ArchiveItem[]) => {
    const store = open();
    store.put(stored(archive));
    store.keepWordCounts(); // as the refresh after an index does, for "did you mean"
    return createStoreSearch(store);
  };
}

engineConformance('the in-memory index', inMemoryEngine);
engineConformance('the memory store', storeEngine(() => createMemoryStore()));
engineConformance('the SQLite store', storeEngine(() => openSqliteStore(join(tempTree(), 'store.sqlite')).store));
