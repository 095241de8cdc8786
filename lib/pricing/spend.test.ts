import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { database } from '../storage/database';
import { deleteImage, keepImage } from '../storage/history';
import { answeredEntry, enterInLedger, historyRecord } from '../storage/history.test-support';
import { monthSpendUsd, spentThisMonthUsd, startOfMonth } from './spend';

/** Local time, as the month boundary is the user's. */
const at = (month: number, day: number, hour = 12, minute = 0) => new Date(2026, month, day, hour, minute).getTime();

const record = (id: string, createdAt: number, estimatedCostUsd: number) => historyRecord({ id, createdAt, estimatedCostUsd });

describe('startOfMonth', () => {
  it('is local midnight on the first, also across a year end', () => {
    expect(startOfMonth(at(10, 20))).toBe(at(10, 1, 0));
    expect(startOfMonth(at(11, 31, 23, 59), 1)).toBe(new Date(2027, 0, 1).getTime());
  });
});

describe('monthSpendUsd', () => {
  const records = [
    record('october-last-minute', at(9, 31, 23, 59), 0.5),
    record('november-first-minute', at(10, 1, 0, 0), 0.04),
    record('november', at(10, 15), 0.042),
    record('december', at(11, 1, 0, 0), 0.25),
  ];

  it('adds up the images of the month only, across both of its boundaries', () => {
    expect(monthSpendUsd(records, at(10, 20))).toBeCloseTo(0.04 + 0.042, 10);
    expect(monthSpendUsd(records, at(9, 31, 23, 59))).toBe(0.5);
    expect(monthSpendUsd(records, at(11, 1, 0, 1))).toBe(0.25);
  });

  it('is nothing in a month without images', () => {
    expect(monthSpendUsd(records, at(5, 1))).toBe(0);
  });
});

describe('spentThisMonthUsd', () => {
  beforeEach(async () => {
    const db = await database();
    await Promise.all([db.clear('images'), db.clear('ledger')]);
  });

  it('adds up the month’s entries in the ledger, reservations and possibly billed calls included', async () => {
    await enterInLedger(
      answeredEntry({ id: 'old', createdAt: at(2, 31, 23, 59), estimatedCostUsd: 0.167 }),
      answeredEntry({ id: 'new-1', createdAt: at(3, 1, 0, 0), estimatedCostUsd: 0.25 }),
      answeredEntry({ id: 'held', createdAt: at(3, 2), estimatedCostUsd: 0.063, state: 'reserved' }),
      answeredEntry({ id: 'unheard', createdAt: at(3, 2), estimatedCostUsd: 0.01, state: 'unheard' }),
      answeredEntry({ id: 'next-month', createdAt: at(4, 1, 0, 0), estimatedCostUsd: 0.5 }),
    );
    expect(await spentThisMonthUsd(at(3, 10))).toBeCloseTo(0.25 + 0.063 + 0.01, 10);
    expect(await spentThisMonthUsd(at(2, 10))).toBe(0.167);
  });

  it('reads the ledger, not the image records: a deleted image still counts, a kept one adds nothing', async () => {
    await keepImage(record('image-only', at(3, 2), 0.5));
    await enterInLedger(answeredEntry({ id: 'deleted-image', createdAt: at(3, 3), estimatedCostUsd: 0.042 }));
    await deleteImage('image-only');
    expect(await spentThisMonthUsd(at(3, 10))).toBe(0.042);
  });
});
