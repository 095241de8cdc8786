import type { GenerateImageRequest } from '../storage/generation-request';
import { database, type JournalEntry, type LedgerEntry } from '../storage/database';
import { paidCallId } from '../storage/ledger';

/** Jobs older than this are not worth resuming: the user has moved on. */
const RESUMABLE_FOR_MS = 30 * 60 * 1000;

/** Starts a job's entry; a job started again (resumed) keeps the answers it already has. */
export async function beginJob(request: GenerateImageRequest, now = Date.now()): Promise<void> {
  const db = await database();
  const entry = await db.get('jobs', request.jobId);
  await db.put('jobs', { answers: entry?.answers, jobId: request.jobId, request, startedAt: entry?.startedAt ?? now });
}

/** One paid answer as it came off the wire, with what it is estimated to cost. */
export interface PaidAnswer {
  jobId: string;
  /** The call's place in the request's plan. */
  call: number;
  body: string;
  cost: Omit<LedgerEntry, 'id' | 'state'>;
}

/**
 * Keeps a paid answer before anything reads it: its body in the job's entry and its call's ledger entry turned
 * `answered` (it was entered, `unheard`, as the call went out), in one transaction, so a stopped worker neither loses
 * nor pays for it twice.
 */
export async function keepPaidAnswer({ jobId, call, body, cost }: PaidAnswer): Promise<void> {
  const transaction = (await database()).transaction(['jobs', 'ledger'], 'readwrite');
  const jobs = transaction.objectStore('jobs');
  const entry = await jobs.get(jobId);
  const writes: Promise<unknown>[] = [transaction.objectStore('ledger').put({ ...cost, id: paidCallId(jobId, call), state: 'answered' })];
  if (entry) writes.push(jobs.put({ ...entry, answers: { ...entry.answers, [call]: body } }));
  await Promise.all([...writes, transaction.done]);
}

export async function finishJob(jobId: string, imageIds: string[]): Promise<void> {
  const db = await database();
  const entry = await db.get('jobs', jobId);
  if (entry) await db.put('jobs', { ...entry, imageIds });
}

export async function findJob(jobId: string, now = Date.now()): Promise<JournalEntry | undefined> {
  const entry = await (await database()).get('jobs', jobId);
  return entry && now - entry.startedAt < RESUMABLE_FOR_MS ? entry : undefined;
}

/** Drops entries nobody will ask about again. */
export async function forgetOldJobs(now = Date.now()): Promise<void> {
  const db = await database();
  for (const entry of await db.getAll('jobs')) {
    if (now - entry.startedAt >= RESUMABLE_FOR_MS) await db.delete('jobs', entry.jobId);
  }
}
