import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, type StoreNames } from 'idb';
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

/** A history record as stored: with its size beside its bytes, so eviction adds sizes up from an index. */
export interface KeptImage extends HistoryRecord {
  byteLength: number;
}

interface PostToImageDb extends DBSchema {
  /** Records without `attachedAt` or `savedAt` are absent from that index: eviction reads "handed over" from keys alone. */
  images: { key: string; value: KeptImage; indexes: { createdAt: number; byteLength: number; attachedAt: number; savedAt: number } };
  jobs: { key: string; value: JournalEntry };
  spending: { key: string; value: SpendingEntry; indexes: { createdAt: number } };
}

/** A read-write transaction over the images and the spending ledger, so an image and its cost are kept together. */
export type KeepTransaction = IDBPTransaction<PostToImageDb, ('images' | 'spending')[], 'readwrite'>;

/** The images in a read-write transaction of their own: eviction reads keys and deletes in one go. */
export type ImageStore = IDBPObjectStore<PostToImageDb, ['images'], 'images', 'readwrite'>;

type UpgradeTransaction = IDBPTransaction<PostToImageDb, StoreNames<PostToImageDb>[], 'versionchange'>;

const DB_NAME = 'post-to-image-history';

export function spendingEntryOf({ id, createdAt, provider, model, estimatedCostUsd }: HistoryRecord): SpendingEntry {
  return { imageId: id, createdAt, provider, model, estimatedCostUsd };
}

/** The size follows the bytes: a fitted copy kept under the same id replaces the original's size too. */
export function keptImageOf(record: HistoryRecord): KeptImage {
  return { ...record, byteLength: record.bytes.byteLength };
}

/** Streams the history (a cursor: records carry their image bytes) so users upgrading keep this month's spending. */
async function copyCostsIntoLedger(transaction: UpgradeTransaction): Promise<void> {
  const ledger = transaction.objectStore('spending');
  for (let cursor = await transaction.objectStore('images').openCursor(); cursor; cursor = await cursor.continue()) {
    await ledger.put(spendingEntryOf(cursor.value));
  }
}

/** Gives the images kept before version 4 their size, so older histories evict by bytes like new ones. */
async function recordImageSizes(transaction: UpgradeTransaction): Promise<void> {
  for (let cursor = await transaction.objectStore('images').openCursor(); cursor; cursor = await cursor.continue()) {
    await cursor.update(keptImageOf(cursor.value));
  }
}

let opened: Promise<IDBPDatabase<PostToImageDb>> | undefined;

/** The extension's one IndexedDB database (the worker's origin: pages and content scripts cannot reach it). */
export function database(): Promise<IDBPDatabase<PostToImageDb>> {
  opened ??= openDB<PostToImageDb>(DB_NAME, 4, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      // A failed request aborts the upgrade and openDB rejects with its error: the passes over the images report nothing more.
      if (oldVersion < 1) db.createObjectStore('images', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
      if (oldVersion < 2) db.createObjectStore('jobs', { keyPath: 'jobId' });
      if (oldVersion < 3) {
        db.createObjectStore('spending', { keyPath: 'imageId' }).createIndex('createdAt', 'createdAt');
        copyCostsIntoLedger(transaction).catch(() => undefined);
      }
      if (oldVersion < 4) {
        const images = transaction.objectStore('images');
        for (const field of ['byteLength', 'attachedAt', 'savedAt'] as const) images.createIndex(field, field);
        recordImageSizes(transaction).catch(() => undefined);
      }
    },
  });
  return opened;
}
