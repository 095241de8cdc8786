import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { GenerateImageRequest } from '../messaging/protocol';
import type { HistoryRecord } from './history';

/** A generation in progress, written before the provider is called, so a restarted worker can finish it. */
export interface JournalEntry {
  jobId: string;
  request: GenerateImageRequest;
  startedAt: number;
  /** Set once the provider's images are kept in the history. */
  imageIds?: string[];
}

/** What one image cost, kept apart from the image: the monthly cap counts it even once the image is deleted or evicted. */
export interface SpendingEntry extends Pick<HistoryRecord, 'createdAt' | 'provider' | 'model' | 'estimatedCostUsd'> {
  imageId: string;
}

interface PostToImageDb extends DBSchema {
  images: { key: string; value: HistoryRecord; indexes: { createdAt: number } };
  jobs: { key: string; value: JournalEntry };
  spending: { key: string; value: SpendingEntry; indexes: { createdAt: number } };
}

/** A read-write transaction over the images and the spending ledger, so an image and its cost are kept together. */
export type KeepTransaction = IDBPTransaction<PostToImageDb, ('images' | 'spending')[], 'readwrite'>;

const DB_NAME = 'post-to-image-history';

export function spendingEntryOf({ id, createdAt, provider, model, estimatedCostUsd }: HistoryRecord): SpendingEntry {
  return { imageId: id, createdAt, provider, model, estimatedCostUsd };
}

/** Streams the history (a cursor: records carry their image bytes) so users upgrading keep this month's spending. */
async function copyCostsIntoLedger(transaction: IDBPTransaction<PostToImageDb, StoreNames<PostToImageDb>[], 'versionchange'>): Promise<void> {
  const ledger = transaction.objectStore('spending');
  for (let cursor = await transaction.objectStore('images').openCursor(); cursor; cursor = await cursor.continue()) {
    await ledger.put(spendingEntryOf(cursor.value));
  }
}

let opened: Promise<IDBPDatabase<PostToImageDb>> | undefined;

/** The extension's one IndexedDB database (the worker's origin: pages and content scripts cannot reach it). */
export function database(): Promise<IDBPDatabase<PostToImageDb>> {
  opened ??= openDB<PostToImageDb>(DB_NAME, 3, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      if (oldVersion < 1) db.createObjectStore('images', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
      if (oldVersion < 2) db.createObjectStore('jobs', { keyPath: 'jobId' });
      if (oldVersion < 3) {
        db.createObjectStore('spending', { keyPath: 'imageId' }).createIndex('createdAt', 'createdAt');
        // A failed request aborts the upgrade and openDB rejects with its error: nothing more to report here.
        copyCostsIntoLedger(transaction).catch(() => undefined);
      }
    },
  });
  return opened;
}
