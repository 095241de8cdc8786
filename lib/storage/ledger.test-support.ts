import { database } from './database';
import { reservationId } from './ledger';

/** What the job still holds against the cap (0 without a reservation): the tests' view of a reservation. */
export async function reservedFor(jobId: string): Promise<number> {
  return (await (await database()).get('ledger', reservationId(jobId)))?.estimatedCostUsd ?? 0;
}
