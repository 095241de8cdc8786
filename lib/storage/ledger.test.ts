import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from './database';
import { evictOldest } from './eviction';
import { deleteImage, keepImage } from './history';
import { answeredEntry, enterInLedger, historyRecord } from './history.test-support';
import { reservedFor } from './ledger.test-support';
import { dropRefusedCall, enterSentCall, ledgerSince, reservationId, releaseReservation, reserveSpending, unheardCallsOf } from './ledger';

const DAY_MS = 24 * 60 * 60 * 1000;
const month = { from: 0, to: Number.MAX_SAFE_INTEGER };
const price = { createdAt: 1_000, provider: 'openai', model: 'gpt-image-1', estimatedCostUsd: 0.25 } as const;

beforeEach(async () => {
  const db = await database();
  await Promise.all([db.clear('images'), db.clear('ledger')]);
});

describe('the spending ledger', () => {
  it('keeps what was paid when the images are deleted or evicted', async () => {
    await enterInLedger(answeredEntry({ id: 'job:answer:0', createdAt: 1_000, estimatedCostUsd: 0.167 }));
    await keepImage(historyRecord({ id: 'deleted', createdAt: 1_000 }));
    await keepImage(historyRecord({ id: 'evicted', createdAt: 1_001, attachedAt: 1_002 }));
    await deleteImage('deleted');
    expect(await evictOldest({ maxImages: 0, maxBytes: 0 })).toEqual(['evicted']);
    expect(await ledgerSince(0)).toMatchObject([{ id: 'job:answer:0', estimatedCostUsd: 0.167 }]);
  });

  it('reserves a job’s price, or throws the refusal the period’s spending calls for without reserving', async () => {
    await enterInLedger(answeredEntry({ id: 'earlier', createdAt: 500, estimatedCostUsd: 0.5 }));
    const seen: number[] = [];
    await reserveSpending('job', price, month, (spentUsd) => void seen.push(spentUsd));
    expect(await reservedFor('job')).toBe(0.25);
    await expect(reserveSpending('other', price, month, () => new Error('over'))).rejects.toThrow('over');
    expect(await reservedFor('other')).toBe(0);
    expect(seen).toEqual([0.5]);
  });

  it('counts a job’s own earlier reservation only once when it reserves again', async () => {
    await reserveSpending('job', price, month, () => undefined);
    await reserveSpending('job', price, month, (spentUsd) => (spentUsd === 0 ? undefined : new Error('counted twice')));
    expect(await ledgerSince(0)).toMatchObject([{ id: reservationId('job'), state: 'reserved', estimatedCostUsd: 0.25 }]);
  });

  it('moves a call’s price from the reservation to the call as it goes out; released, the reservation leaves the calls that may be billed', async () => {
    await reserveSpending('cut-off', { ...price, estimatedCostUsd: 0.5 }, month, () => undefined);
    await enterSentCall('cut-off', 0, { ...price, createdAt: 2_000 });
    await enterSentCall('cut-off', 1, { ...price, createdAt: 2_001 });
    expect(await reservedFor('cut-off')).toBe(0);
    await dropRefusedCall('cut-off', 1);
    await releaseReservation('cut-off');
    expect(await ledgerSince(0)).toMatchObject([{ id: 'cut-off:call:0', state: 'unheard', estimatedCostUsd: 0.25, createdAt: 2_000 }]);
    expect((await unheardCallsOf('cut-off')).map((entry) => entry.id)).toEqual(['cut-off:call:0']);
    expect(await unheardCallsOf('cut')).toEqual([]);
  });

  it('counts another job’s calls already out as what it holds, like its reservation', async () => {
    await reserveSpending('left', price, month, () => undefined);
    await enterSentCall('left', 0, price);
    const held: number[] = [];
    await reserveSpending('right', price, month, (_spent, heldBy) => void held.push(heldBy('left'), heldBy('lef'), heldBy(undefined)));
    expect(held).toEqual([0.25, 0, 0]);
  });

  it('drops the entries made more than about 13 months before a new reservation', async () => {
    const now = new Date(2026, 10, 20).getTime();
    await enterInLedger(answeredEntry({ id: 'long-ago', createdAt: now - 401 * DAY_MS }), answeredEntry({ id: 'last-year', createdAt: now - 365 * DAY_MS }));
    await reserveSpending('now', { ...price, createdAt: now }, month, () => undefined);
    expect((await ledgerSince(0)).map((entry) => entry.id)).toEqual(['last-year', reservationId('now')]);
  });

  it('lists the entries made since a time, oldest first, that time included', async () => {
    await enterInLedger(
      answeredEntry({ id: 'f', createdAt: 1_000_002 }),
      answeredEntry({ id: 'e', createdAt: 1_000_001 }),
      answeredEntry({ id: 'before', createdAt: 1_000_000 }),
    );
    expect((await ledgerSince(1_000_001)).map((entry) => entry.id)).toEqual(['e', 'f']);
  });
});
