import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, expect, it, vi } from 'vitest';
import type { HistoryRecord } from './history-record';
import { historyRecord } from './history.test-support';

/** The name users' data lives under: the upgrade must find it there. */
const DB_NAME = 'post-to-image-history';

beforeEach(() => {
  // Each test upgrades its own old database: a new IndexedDB, and a database module that has not opened it yet.
  globalThis.indexedDB = new IDBFactory();
  vi.resetModules();
});

/** The stores an older release made, without the indexes and sizes version 4 adds. */
function oldDatabase(version: 2 | 3) {
  return openDB(DB_NAME, version, {
    upgrade(db) {
      db.createObjectStore('images', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
      db.createObjectStore('jobs', { keyPath: 'jobId' });
      if (version >= 3) db.createObjectStore('spending', { keyPath: 'imageId' }).createIndex('createdAt', 'createdAt');
    },
  });
}

/** An image as kept before version 4: no `byteLength` beside its bytes. */
function keptBeforeVersion4(changes: Partial<HistoryRecord> & Pick<HistoryRecord, 'id' | 'createdAt'>): HistoryRecord {
  const { byteLength, ...record } = historyRecord(changes);
  return record;
}

it('upgrading from version 2 enters the costs of the images already kept in the spending ledger', async () => {
  const old = await oldDatabase(2);
  await old.put('images', keptBeforeVersion4({ id: 'paid', createdAt: 1_000, estimatedCostUsd: 0.167, bytes: new Uint8Array(5_000) }));
  await old.put('images', keptBeforeVersion4({ id: 'free', createdAt: 2_000, provider: 'offline', model: 'offline-card', estimatedCostUsd: 0 }));
  await old.put('jobs', { jobId: 'job-1', startedAt: 3_000 });
  old.close();

  const upgraded = await (await import('./database')).database();
  expect(upgraded.version).toBe(5);
  expect(await upgraded.getAllFromIndex('ledger', 'createdAt')).toEqual([
    { id: 'paid', createdAt: 1_000, provider: 'openai', model: 'gpt-image-1', estimatedCostUsd: 0.167, state: 'answered' },
    { id: 'free', createdAt: 2_000, provider: 'offline', model: 'offline-card', estimatedCostUsd: 0, state: 'answered' },
  ]);
  expect((await upgraded.getAllKeys('images')).sort()).toEqual(['free', 'paid']);
  expect(await upgraded.getAllKeys('jobs')).toEqual(['job-1']);
});

it('upgrading from version 3 gives the images already kept their size, so they evict by bytes', async () => {
  const old = await oldDatabase(3);
  await old.put('images', keptBeforeVersion4({ id: 'big-attached', createdAt: 1_000, attachedAt: 1_001, bytes: new Uint8Array(5_000) }));
  await old.put('images', keptBeforeVersion4({ id: 'small-saved', createdAt: 2_000, savedAt: 2_001, bytes: new Uint8Array(300) }));
  await old.put('images', keptBeforeVersion4({ id: 'waiting', createdAt: 3_000, bytes: new Uint8Array(200) }));
  old.close();

  const upgraded = await (await import('./database')).database();
  expect(upgraded.version).toBe(5);
  const kept = await upgraded.get('images', 'big-attached');
  expect(kept?.byteLength).toBe(5_000);
  expect(kept?.bytes).toEqual(new Uint8Array(5_000));

  const { evictOldest } = await import('./eviction');
  expect(await evictOldest({ maxImages: 10, maxBytes: 600 })).toEqual(['big-attached']);
  expect(await evictOldest({ maxImages: 10, maxBytes: 0 })).toEqual(['small-saved']);
  expect(await upgraded.getAllKeys('images')).toEqual(['waiting']);
});

it('upgrading from version 3 moves the per-image spending entries into the ledger', async () => {
  const old = await oldDatabase(3);
  await old.put('spending', { imageId: 'paid', createdAt: 1_000, provider: 'openai', model: 'gpt-image-1', estimatedCostUsd: 0.25 });
  old.close();

  const upgraded = await (await import('./database')).database();
  expect([...upgraded.objectStoreNames].sort()).toEqual(['images', 'jobs', 'ledger']);
  expect(await upgraded.getAll('ledger')).toEqual([
    { id: 'paid', createdAt: 1_000, provider: 'openai', model: 'gpt-image-1', estimatedCostUsd: 0.25, state: 'answered' },
  ]);
});
