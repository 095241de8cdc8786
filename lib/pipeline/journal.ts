import type { GenerateImageRequest } from '../messaging/protocol';
import { database, type JournalEntry } from '../storage/database';

/** Jobs older than this are not worth resuming: the user has moved on. */
const RESUMABLE_FOR_MS = 30 * 60 * 1000;

export async function beginJob(request: GenerateImageRequest, now = Date.now()): Promise<void> {
  await (await database()).put('jobs', { jobId: request.jobId, request, startedAt: now });
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
