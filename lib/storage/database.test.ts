import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { expect, it } from 'vitest';
import { database } from './database';
import { historyRecord } from './history.test-helpers';

/** The name users' data lives under: the upgrade must find it there. */
const DB_NAME = 'post-to-image-history';

it('upgrading from version 2 enters the costs of the images already kept in the spending ledger', async () => {
  const old = await openDB(DB_NAME, 2, {
    upgrade(db) {
      db.createObjectStore('images', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
      db.createObjectStore('jobs', { keyPath: 'jobId' });
    },
  });
  await old.put('images', historyRecord({ id: 'paid', createdAt: 1_000, estimatedCostUsd: 0.167, bytes: new Uint8Array(5_000) }));
  await old.put('images', historyRecord({ id: 'free', createdAt: 2_000, provider: 'offline', model: 'offline-card', estimatedCostUsd: 0 }));
  await old.put('jobs', { jobId: 'job-1', startedAt: 3_000 });
  old.close();

  const upgraded = await database();
  expect(upgraded.version).toBe(3);
  expect(await upgraded.getAllFromIndex('spending', 'createdAt')).toEqual([
    { imageId: 'paid', createdAt: 1_000, provider: 'openai', model: 'gpt-image-1', estimatedCostUsd: 0.167 },
    { imageId: 'free', createdAt: 2_000, provider: 'offline', model: 'offline-card', estimatedCostUsd: 0 },
  ]);
  expect((await upgraded.getAllKeys('images')).sort()).toEqual(['free', 'paid']);
  expect(await upgraded.getAllKeys('jobs')).toEqual(['job-1']);
});
