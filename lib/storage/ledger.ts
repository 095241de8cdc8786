import { database as db, type LedgerEntry, type LedgerStore } from './database';

/**
 * The spending ledger: what the providers were paid, or may have been, entry by entry. It outlives the images,
 * and a click's price is reserved in it before any call, so the monthly cap holds however many clicks race.
 */

/** About 13 months: the monthly cap only needs this month, a year back is enough for anyone looking. */
const KEPT_FOR_MS = 400 * 24 * 60 * 60 * 1000;

/** The ledger's entry holding a job's price against the cap while its calls run. */
export const reservationId = (jobId: string) => `${jobId}:reserved`;

/** The ledger's entry for one paid call of a job (its place in the request's plan): `unheard` once sent, `answered` once kept. */
export const paidCallId = (jobId: string, call: number) => `${jobId}:call:${call}`;

/** Every entry of a job (its reservation, its calls), as the ids above make them. */
const entriesOf = (jobId: string) => IDBKeyRange.bound(`${jobId}:`, `${jobId}:\uffff`);

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
  // A job's price moves from its reservation to its calls' entries as they go out: both are what it holds.
  const heldBy = (other: string | undefined) =>
    others.filter((each) => other !== undefined && entriesOf(other).includes(each.id)).reduce((sum, each) => sum + each.estimatedCostUsd, 0);
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
 * Enters a paid call as it goes out, as `unheard` (possibly billed) until its answer is kept, its price taken out of
 * the job's reservation, in one transaction: a worker stopped before the answer leaves the call counted and known.
 */
export async function enterSentCall(jobId: string, call: number, entry: Omit<Write, 'id'>): Promise<void> {
  const ledger = (await db()).transaction('ledger', 'readwrite').store;
  const reservation = await ledger.get(reservationId(jobId));
  await ledger.put({ ...entry, id: paidCallId(jobId, call), state: 'unheard' });
  if (reservation) await ledger.put({ ...reservation, estimatedCostUsd: Math.max(0, reservation.estimatedCostUsd - entry.estimatedCostUsd) });
}

/** The service refused the call (nothing billed): its entry goes. */
export async function dropRefusedCall(jobId: string, call: number): Promise<void> {
  await (await db()).delete('ledger', paidCallId(jobId, call));
}

/** A job's calls that went out and were never answered: possibly billed, their answers lost. */
export async function unheardCallsOf(jobId: string): Promise<LedgerEntry[]> {
  return (await (await db()).getAll('ledger', entriesOf(jobId))).filter((entry) => entry.state === 'unheard');
}

/** Ends a job's reservation: what its calls may have cost is in their own entries; the rest was never spent. */
export async function releaseReservation(jobId: string): Promise<void> {
  await (await db()).delete('ledger', reservationId(jobId));
}

/** Oldest first: every entry made at or after `time` (ms since the epoch). */
export async function ledgerSince(time: number): Promise<LedgerEntry[]> {
  return (await db()).getAllFromIndex('ledger', 'createdAt', IDBKeyRange.lowerBound(time));
}
