import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from './database';
import { evictOldest } from './eviction';
import { deleteImage, getImage, keepImage } from './history';
import { historyRecord } from './history.test-helpers';
import { spendingSince } from './spending';

const DAY_MS = 24 * 60 * 60 * 1000;

async function ledger() {
  return (await database()).getAllFromIndex('spending', 'createdAt');
}

beforeEach(async () => {
  const db = await database();
  await Promise.all([db.clear('images'), db.clear('spending')]);
});

describe('spending ledger', () => {
  it('enters an image’s cost without its bytes when the image is kept', async () => {
    await keepImage(historyRecord({ id: 'a', createdAt: 1_000, estimatedCostUsd: 0.25, bytes: new Uint8Array(4_000) }));
    expect(await ledger()).toEqual([{ imageId: 'a', createdAt: 1_000, provider: 'openai', model: 'gpt-image-1', estimatedCostUsd: 0.25 }]);
  });

  it('counts an image once, at its first cost, when its fitted copy is kept under the same id', async () => {
    const record = historyRecord({ id: 'fitted', createdAt: 1_000, estimatedCostUsd: 0.25 });
    await keepImage(record);
    await keepImage({ ...record, width: 1200, height: 627, bytes: new Uint8Array([1, 2]), estimatedCostUsd: 0.5 });
    expect(await ledger()).toMatchObject([{ imageId: 'fitted', estimatedCostUsd: 0.25 }]);
    expect((await getImage('fitted'))?.width).toBe(1200);
  });

  it('keeps the cost of an image the user deletes', async () => {
    await keepImage(historyRecord({ id: 'deleted', createdAt: 1_000, estimatedCostUsd: 0.167 }));
    await deleteImage('deleted');
    expect(await getImage('deleted')).toBeUndefined();
    expect(await spendingSince(0)).toMatchObject([{ imageId: 'deleted', estimatedCostUsd: 0.167 }]);
  });

  it('keeps the cost of an image evicted from the history', async () => {
    await keepImage(historyRecord({ id: 'evicted', createdAt: 1_000, attachedAt: 1_001, estimatedCostUsd: 0.04 }));
    expect(await evictOldest({ maxImages: 0, maxBytes: 0 })).toEqual(['evicted']);
    expect(await spendingSince(0)).toMatchObject([{ imageId: 'evicted', estimatedCostUsd: 0.04 }]);
  });

  it('drops the entries made more than about 13 months before a new one', async () => {
    const now = new Date(2026, 10, 20).getTime();
    await keepImage(historyRecord({ id: 'long-ago', createdAt: now - 401 * DAY_MS }));
    await keepImage(historyRecord({ id: 'last-year', createdAt: now - 365 * DAY_MS }));
    await keepImage(historyRecord({ id: 'now', createdAt: now }));
    expect((await ledger()).map((entry) => entry.imageId)).toEqual(['last-year', 'now']);
    expect(await getImage('long-ago')).toBeDefined();
  });

  it('lists the entries made since a time, oldest first, that time included', async () => {
    await keepImage(historyRecord({ id: 'f', createdAt: 1_000_002 }));
    await keepImage(historyRecord({ id: 'e', createdAt: 1_000_001 }));
    await keepImage(historyRecord({ id: 'before', createdAt: 1_000_000 }));
    expect((await spendingSince(1_000_001)).map((entry) => entry.imageId)).toEqual(['e', 'f']);
  });
});
