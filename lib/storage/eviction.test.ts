import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { database } from './database';
import { evictOldest } from './eviction';
import { keepImage, recentImages } from './history';
import type { HistoryRecord } from './history-record';
import { historyRecord } from './history.test-support';

async function keep(id: string, createdAt: number, handedOver: Partial<HistoryRecord> = { attachedAt: createdAt + 1 }, byteLength = 100) {
  await keepImage(historyRecord({ id, createdAt, bytes: new Uint8Array(byteLength), ...handedOver }));
}

beforeEach(async () => {
  await (await database()).clear('images');
});

describe('evictOldest', () => {
  it('deletes the oldest handed-over images until the history fits the image cap', async () => {
    for (const [index, id] of ['a', 'b', 'c', 'd'].entries()) await keep(id, index);
    expect(await evictOldest({ maxImages: 2, maxBytes: 10_000 })).toEqual(['a', 'b']);
    expect((await recentImages(10)).map((record) => record.id)).toEqual(['d', 'c']);
  });

  it('fits the byte cap too, counting saved-to-S3 images as handed over', async () => {
    await keep('saved', 1, { savedAt: 2 });
    await keep('attached', 2);
    await keep('new', 3);
    expect(await evictOldest({ maxImages: 10, maxBytes: 200 })).toEqual(['saved']);
  });

  it('never evicts an image still waiting to be attached or saved, even over the cap', async () => {
    await keep('waiting', 1, {});
    await keep('attached', 2);
    expect(await evictOldest({ maxImages: 0, maxBytes: 0 })).toEqual(['attached']);
    expect((await recentImages(10)).map((record) => record.id)).toEqual(['waiting']);
  });

  it('counts the size of the fitted copy that replaced the original', async () => {
    await keep('fitted', 1, undefined, 5_000);
    await keep('fitted', 1, undefined, 100);
    await keep('next', 2);
    expect(await evictOldest({ maxImages: 10, maxBytes: 200 })).toEqual([]);
    expect(await evictOldest({ maxImages: 10, maxBytes: 199 })).toEqual(['fitted']);
  });

  it('reads index keys only, never an image', async () => {
    for (const [index, id] of ['a', 'b', 'c'].entries()) await keep(id, index, index === 1 ? { savedAt: 9 } : undefined, 1_000);
    const valueReads = [
      ...(['get', 'getAll', 'openCursor'] as const).map((method) => vi.spyOn(IDBObjectStore.prototype, method)),
      ...(['get', 'getAll', 'openCursor'] as const).map((method) => vi.spyOn(IDBIndex.prototype, method)),
    ];
    const keyCursor = vi.spyOn(IDBIndex.prototype, 'openKeyCursor');

    expect(await evictOldest({ maxImages: 10, maxBytes: 1_000 })).toEqual(['a', 'b']);
    for (const read of valueReads) expect(read).not.toHaveBeenCalled();
    expect(keyCursor).toHaveBeenCalled();
  });
});
