import { database as db, type KeepTransaction, type SpendingEntry, spendingEntryOf } from './database';
import type { HistoryRecord } from './history';

/** The spending ledger: one entry per image made, which outlives the image itself. */

/** About 13 months: the monthly cap only needs this month, a year back is enough for anyone looking. */
const KEPT_FOR_MS = 400 * 24 * 60 * 60 * 1000;

/**
 * Enters what `record` cost, once per image: keeping the fitted copy under the same id changes nothing.
 * A new entry also drops the entries made long before it, so the ledger stays small without a schedule.
 */
export async function enterSpending(transaction: KeepTransaction, record: HistoryRecord): Promise<void> {
  const ledger = transaction.objectStore('spending');
  if ((await ledger.getKey(record.id)) !== undefined) return;
  await ledger.put(spendingEntryOf(record));
  const tooOld = IDBKeyRange.upperBound(record.createdAt - KEPT_FOR_MS, true);
  for (let cursor = await ledger.index('createdAt').openCursor(tooOld); cursor; cursor = await cursor.continue()) {
    await cursor.delete();
  }
}

/** Oldest first: what every image made at or after `time` (ms since the epoch) cost. */
export async function spendingSince(time: number): Promise<SpendingEntry[]> {
  return (await db()).getAllFromIndex('spending', 'createdAt', IDBKeyRange.lowerBound(time));
}
