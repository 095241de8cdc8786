import { database as db, keptImageOf } from './database';
import type { HistoryRecord } from './history-record';

/** Keeps the image with its size (which eviction reads); its cost was entered in the ledger when the provider answered. */
export async function keepImage(record: HistoryRecord): Promise<void> {
  await (await db()).put('images', keptImageOf(record));
}

export async function getImage(id: string): Promise<HistoryRecord | undefined> {
  return (await db()).get('images', id);
}

async function stamp(id: string, patch: Pick<HistoryRecord, 'attachedAt'> | Pick<HistoryRecord, 'savedAt'>): Promise<void> {
  const database = await db();
  const record = await database.get('images', id);
  if (record) await database.put('images', { ...record, ...patch });
}

export function markAttached(id: string, when = Date.now()): Promise<void> {
  return stamp(id, { attachedAt: when });
}

export function markSaved(id: string, when = Date.now()): Promise<void> {
  return stamp(id, { savedAt: when });
}

/** Its cost stays in the ledger: the user paid for the image. */
export async function deleteImage(id: string): Promise<void> {
  await (await db()).delete('images', id);
}

/** Newest first. */
export async function recentImages(limit: number): Promise<HistoryRecord[]> {
  const records: HistoryRecord[] = [];
  let cursor = await (await db()).transaction('images').store.index('createdAt').openCursor(null, 'prev');
  while (cursor && records.length < limit) {
    records.push(cursor.value);
    cursor = await cursor.continue();
  }
  return records;
}
