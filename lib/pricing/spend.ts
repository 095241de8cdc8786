import { type HistoryRecord, imagesCreatedSince } from '../storage/history';

/** What the images made this calendar month (the browser's time zone) are estimated to have cost. */

/** Midnight on the first day of `now`'s month, local time; `later` months on. */
export function startOfMonth(now: number, later = 0): number {
  const date = new Date(now);
  return new Date(date.getFullYear(), date.getMonth() + later, 1).getTime();
}

/** The estimated cost of the records made in `now`'s month. */
export function monthSpendUsd(records: readonly Pick<HistoryRecord, 'createdAt' | 'estimatedCostUsd'>[], now: number): number {
  const [start, end] = [startOfMonth(now), startOfMonth(now, 1)];
  return records.filter(({ createdAt }) => createdAt >= start && createdAt < end).reduce((sum, record) => sum + record.estimatedCostUsd, 0);
}

/** From the history; images the history has already let go of no longer count. */
export async function spentThisMonthUsd(now = Date.now()): Promise<number> {
  return monthSpendUsd(await imagesCreatedSince(startOfMonth(now)), now);
}
