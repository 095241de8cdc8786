import { database as db, type LedgerEntry, type LedgerStore } from './database';

/**
 * The spending ledger: what the providers were paid, or may have been, entry by entry. It outlives the images,
 * and a click's price is reserved in it before any call, so the monthly cap holds however many clicks race.
 */

/** About 13 months: the monthly cap only needs this month, a year back is enough for anyone looking. */
const KEPT_FOR_MS = 400 * 24 * 60 * 60 * 1000;

/** The ledger's entry holding a job's price against the cap while its calls run. */
export const reservationId = (jobId: string) => `${jobId}:reserved`;

/** Times as ms since the epoch: `from` included, `to` not. */
export interface Period {
  from: number;
  to: number;
}

type Write = Omit<LedgerEntry, 'state'>;

/** Given what the period's entries add up to (other jobs' reservations included) and what one job holds, the error to throw instead of reserving. */
export type Refusal = (spentUsd: number, heldBy: (jobId: string | undefined) => number) => Error | undefined;

/**
 * Reserves `entry`'s price for its job unless `refusal` returns an error, which is thrown instead. One read-write
 * transaction: IndexedDB runs them one after the other, so two clicks at once cannot both fit under the cap when
 * only one does.
 */
export async function reserveSpending(jobId: string, entry: Omit<Write, 'id'>, period: Period, refusal: Refusal): Promise<void> {
  const ledger = (await db()).transaction('ledger', 'readwrite').store;
  const entries = await ledger.index('createdAt').getAll(IDBKeyRange.bound(period.from, period.to, false, true));
  const others = entries.filter((each) => each.id !== reservationId(jobId));
  const spentUsd = others.reduce((sum, each) => sum + each.estimatedCostUsd, 0);
  const heldBy = (other: string | undefined) => others.find((each) => other !== undefined && each.id === reservationId(other))?.estimatedCostUsd ?? 0;
  const refused = refusal(spentUsd, heldBy);
  // Nothing written: the transaction ends on its own.
  if (refused) throw refused;
  await ledger.put({ ...entry, id: reservationId(jobId), state: 'reserved' });
  await dropOldEntries(ledger, entry.createdAt);
}

/** Drops the entries made long before `now`, so the ledger stays small without a schedule. */
export async function dropOldEntries(ledger: LedgerStore, now: number): Promise<void> {
  const tooOld = IDBKeyRange.upperBound(now - KEPT_FOR_MS, true);
  for (let cursor = await ledger.index('createdAt').openCursor(tooOld); cursor; cursor = await cursor.continue()) {
    await cursor.delete();
  }
}

/**
 * Ends a job's reservation: what its calls were not answered for but may have been billed (`unheardUsd`) stays
 * as an `unheard` entry; the rest of the reservation goes.
 */
export async function settleReservation(jobId: string, unheardUsd: number, now = Date.now()): Promise<void> {
  const ledger = (await db()).transaction('ledger', 'readwrite').store;
  const reservation = await ledger.get(reservationId(jobId));
  if (!reservation) return;
  await ledger.delete(reservation.id);
  if (unheardUsd > 0) await ledger.put({ ...reservation, id: `${jobId}:unheard:${now}`, createdAt: now, estimatedCostUsd: unheardUsd, state: 'unheard' });
}

/** What the job still holds against the cap (0 without a reservation). */
export async function reservedFor(jobId: string): Promise<number> {
  return (await (await db()).get('ledger', reservationId(jobId)))?.estimatedCostUsd ?? 0;
}

/** Oldest first: every entry made at or after `time` (ms since the epoch). */
export async function ledgerSince(time: number): Promise<LedgerEntry[]> {
  return (await db()).getAllFromIndex('ledger', 'createdAt', IDBKeyRange.lowerBound(time));
}
