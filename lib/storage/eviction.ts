import { database as db } from './database';

export interface HistoryLimits {
  maxImages: number;
  maxBytes: number;
}

/**
 * Keeps the history within the user's caps, oldest first. Only images already handed over (attached
 * to a post or saved to S3) are evicted: one still waiting for the user is kept even over the cap.
 * Their costs stay in the spending ledger. Returns the ids it deleted.
 */
export async function evictOldest({ maxImages, maxBytes }: HistoryLimits): Promise<string[]> {
  const database = await db();
  const records = await database.getAllFromIndex('images', 'createdAt');
  let count = records.length;
  let bytes = records.reduce((sum, record) => sum + record.bytes.byteLength, 0);
  const evicted: string[] = [];
  for (const record of records) {
    if (count <= maxImages && bytes <= maxBytes) break;
    if (record.attachedAt === undefined && record.savedAt === undefined) continue;
    await database.delete('images', record.id);
    evicted.push(record.id);
    count -= 1;
    bytes -= record.bytes.byteLength;
  }
  return evicted;
}
