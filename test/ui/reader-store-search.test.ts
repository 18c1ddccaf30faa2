// The reader's search over its store: the refresh makes it reopen the store, and a search already
// running in slices must finish on the connection it began on.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/core/store/sqlite-store.js';
import { ListWindow } from '../../src/core/store/list-window.js';
import { StoreCatalog } from '../../src/core/store/store-catalog.js';
import { readerStoreSearch } from '../../src/ui/reader-store-search.js';
import { tempTree } from '../helpers/temp-dir.js';
import { longArchive } from '../core/search/engine-conformance.js';

describe('the reader\'s search over its store', () => {
  it('lets a search begun before the store was reopened finish, with the answer a new search gives', () => {
    const file = join(tempTree(), 'store.sqlite');
    const archive = longArchive(400);
    const writer = openSqliteStore(file).store;
    writer.put(archive.map(({ article, analysis }, order) => ({ stamp: { path: article.path, size: order, mtimeMs: order, hash: `h${order}` }, order, article, analysis })));
    const search = readerStoreSearch(() => openSqliteStore(file).store, new ListWindow(new StoreCatalog(writer), writer));
    // One letter: read by the matcher in slices, several of them for 400 articles.
    const task = search.start('h', { limit: 5, cap: 100_000 });
    let answer = task.step(0);
    expect(task.done).toBe(false);
    search.changed();
    while (!task.done) answer = task.step(0);
    expect(answer).toEqual(search.search('h', { limit: 5, cap: 100_000 }));
    search.close();
    writer.close();
  });
});
