// The reader's copy of a shared archive: brought up to date by path and hash, in the server's order,
// with only what changed fetched again, and what is gone from the server removed.
import { describe, expect, it } from 'vitest';
import { mirrorArchive } from '../../src/commands/server-mirror.js';
import { asAsyncStore } from '../../src/core/store/async-archive-store.js';
import { createMemoryStore } from '../../src/core/store/memory-store.js';
import { storedItem } from '../core/store/store-conformance.js';

/** A server store that counts the whole articles it is asked for. */
function countingServer() {
  const store = asAsyncStore(createMemoryStore());
  const asked = { get: 0, window: 0 };
  return {
    asked,
    store: {
      ...store,
      get: async (path: string) => (asked.get++, store.get(path)),
      window: async (offset: number, limit: number) => {
        const page = await store.window(offset, limit);
        asked.window += page.length;
        return page;
      },
    },
  };
}

describe('mirrorArchive', () => {
  it('copies everything the first time, then only what changed, and removes what is gone', async () => {
    const server = countingServer();
    const local = asAsyncStore(createMemoryStore());
    await server.store.put(Array.from({ length: 20 }, (_, i) => storedItem(`news/${i}.txt`, i, `Story ${i}`, true)));
    const committed: string[] = [];
    let summary = await mirrorArchive(server.store, local, { committed: (paths) => committed.push(...paths) });
    expect([summary.added, summary.changed, summary.removed]).toEqual([20, 0, 0]);
    expect(committed).toHaveLength(20);
    expect((await local.list(0, 3)).map((s) => s.title)).toEqual(['Story 0', 'Story 1', 'Story 2']);

    // One story edited, one removed and one added on the server (placed first in its order).
    await server.store.put([{ ...storedItem('news/3.txt', 3, 'Story 3, edited', true), stamp: { ...storedItem('news/3.txt', 3, '').stamp, hash: 'edited' } }]);
    await server.store.remove(['news/7.txt']);
    await server.store.put([storedItem('news/new.txt', -1, 'A new story', true)]);
    server.asked.get = 0;
    server.asked.window = 0;
    summary = await mirrorArchive(server.store, local);
    expect([summary.added, summary.changed, summary.removed, summary.gone]).toEqual([1, 1, 1, ['news/7.txt']]);
    // Only the two that changed were fetched, one by one.
    expect(server.asked).toEqual({ get: 2, window: 0 });
    expect(await local.count()).toBe(20);
    expect((await local.get('news/3.txt'))?.article.title).toBe('Story 3, edited');
    expect(await local.get('news/7.txt')).toBeNull();
    expect((await local.list(0, 2)).map((s) => s.title)).toEqual(['A new story', 'Story 0']);

    // Nothing changed: nothing fetched.
    server.asked.get = 0;
    summary = await mirrorArchive(server.store, local);
    expect([summary.added, summary.changed, summary.removed, server.asked.get, server.asked.window]).toEqual([0, 0, 0, 0, 0]);
  });
});
