import { expect } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { operationsOf } from './cloud-emulator';
import { chooseOption, fillOptions, type OptionsEntry, saveOptions } from './cloud-options';
import type { TestPage } from './types';

/** On the options page: fills the fields, picks the choices ("Make images with", …), saves, and expects "Saved.". */
export async function configure(page: TestPage, entries: readonly OptionsEntry[], ...choices: string[]): Promise<void> {
  await fillOptions(page, entries);
  for (const choice of choices) await chooseOption(page, choice);
  expect(await saveOptions(page)).toBe('Saved.');
}

/** How many images the emulator's OpenAI was asked for so far (retries included). */
export function openaiImageCalls(emulator: RunningEmulator): number {
  return operationsOf(emulator, 'openai').filter((operation) => operation === 'images.generate').length;
}

/** A stored record, every field as kept, with its image bytes counted rather than listed. */
export type StoredRecord = Record<string, unknown> & { id: string; prompt: string; bytes: number };

/**
 * Every record of one of the worker's IndexedDB stores, read from one of the extension's own pages
 * (same origin). A database that does not exist yet reads as empty and is not created: that would
 * leave it without the extension's stores.
 */
export function storedRecords(extensionPage: TestPage, store: 'images' | 'jobs' | 'ledger' = 'images'): Promise<StoredRecord[]> {
  return extensionPage.evaluate(async (storeName) => {
    const name = 'post-to-image-history';
    if (!(await indexedDB.databases()).some((database) => database.name === name)) return [];
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      if (!database.objectStoreNames.contains(storeName)) return [];
      const records = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const request = database.transaction(storeName).objectStore(storeName).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      return records.map((record) => ({ ...record, bytes: record.bytes instanceof Uint8Array ? record.bytes.length : 0 })) as StoredRecord[];
    } finally {
      database.close();
    }
  }, store);
}

/** One entry of the worker's spending ledger, as kept. */
export interface LedgerRecord {
  id: string;
  state: 'answered' | 'reserved' | 'unheard';
  estimatedCostUsd: number;
}

/** The spending ledger, read from one of the extension's own pages. */
export async function ledgerEntries(extensionPage: TestPage): Promise<LedgerRecord[]> {
  return (await storedRecords(extensionPage, 'ledger')) as unknown as LedgerRecord[];
}

/** Each journaled job with how many provider answers the journal keeps for it. */
export async function journaledAnswers(extensionPage: TestPage): Promise<{ jobId: string; answers: number }[]> {
  return (await storedRecords(extensionPage, 'jobs')).map((job) => ({ jobId: String(job.jobId), answers: Object.keys((job.answers as object | undefined) ?? {}).length }));
}
