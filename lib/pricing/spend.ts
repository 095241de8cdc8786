import type { LedgerEntry } from '../storage/database';
import { ledgerSince } from '../storage/ledger';

/** What the providers were paid this calendar month (the browser's time zone), by estimate, reservations included. */

/** Midnight on the first day of `now`'s month, local time; `later` months on. */
export function startOfMonth(now: number, later = 0): number {
  const date = new Date(now);
  return new Date(date.getFullYear(), date.getMonth() + later, 1).getTime();
}

/** The estimated cost of the entries made in `now`'s month. */
export function monthSpendUsd(entries: readonly Pick<LedgerEntry, 'createdAt' | 'estimatedCostUsd'>[], now: number): number {
  const [start, end] = [startOfMonth(now), startOfMonth(now, 1)];
  return entries.filter(({ createdAt }) => createdAt >= start && createdAt < end).reduce((sum, entry) => sum + entry.estimatedCostUsd, 0);
}

/** From the spending ledger, not the history: deleted and evicted images still count, and no image bytes are read. */
export async function spentThisMonthUsd(now = Date.now()): Promise<number> {
  return monthSpendUsd(await ledgerSince(startOfMonth(now)), now);
}
