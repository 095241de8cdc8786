import { database, keptImageOf, type KeptImage, type LedgerEntry } from './database';
import type { HistoryRecord } from './history-record';

/** A kept image for tests, as stored (its size follows its bytes): a paid 1024x1024 gpt-image-1 image unless `changes` say otherwise. */
export function historyRecord(changes: Partial<HistoryRecord> & Pick<HistoryRecord, 'id' | 'createdAt'>): KeptImage {
  return keptImageOf({
    prompt: 'a lighthouse at dawn',
    provider: 'openai',
    model: 'gpt-image-1',
    format: 'square',
    analysis: { analyser: 'local', sentiment: 'NEUTRAL', languageCode: 'en' },
    mimeType: 'image/png',
    width: 1024,
    height: 1024,
    bytes: new Uint8Array([137, 80, 78, 71]),
    estimatedCostUsd: 0.167,
    ...changes,
  });
}

/** An answered call's entry in the ledger, as the pipeline enters it: a gpt-image-1 call unless `changes` say otherwise. */
export function answeredEntry(changes: Partial<LedgerEntry> & Pick<LedgerEntry, 'id' | 'createdAt'>): LedgerEntry {
  return { provider: 'openai', model: 'gpt-image-1', estimatedCostUsd: 0.167, state: 'answered', ...changes };
}

/** Enters `entries` in the ledger. */
export async function enterInLedger(...entries: LedgerEntry[]): Promise<void> {
  const db = await database();
  for (const entry of entries) await db.put('ledger', entry);
}
