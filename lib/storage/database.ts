import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, type StoreNames } from 'idb';
import type { GenerateImageRequest } from './generation-request';
import type { HistoryRecord } from './history-record';

/** A generation in progress, written before the provider is called, so a restarted worker can finish it. */
export interface JournalEntry {
  jobId: string;
  request: GenerateImageRequest;
  startedAt: number;
  /** Each paid call's answer as received, by its place in the plan: kept before it is read, so it is never asked for twice. */
  answers?: Record<number, string>;
  /** Set once the provider's images are kept in the history. */
  imageIds?: string[];
}

/**
 * What the provider is paid: `answered`, an answer received (billed, even when it could not be read); `reserved`, a
 * click's price held against the monthly cap before its calls; `unheard`, calls that were made but never answered
 * (possibly billed). The monthly cap counts them all.
 */
export type LedgerState = 'answered' | 'reserved' | 'unheard';

/** One ledger entry, kept apart from the images: the cap counts it even once an image is deleted or evicted. */
export interface LedgerEntry extends Pick<HistoryRecord, 'createdAt' | 'provider' | 'model' | 'estimatedCostUsd'> {
  id: string;
  state: LedgerState;
}

/** A history record as stored: with its size beside its bytes, so eviction adds sizes up from an index. */
export interface KeptImage extends HistoryRecord {
  byteLength: number;
}

interface PostToImageDb extends DBSchema {
  /** Records without `attachedAt` or `savedAt` are absent from that index: eviction reads "handed over" from keys alone. */
  images: { key: string; value: KeptImage; indexes: { createdAt: number; byteLength: number; attachedAt: number; savedAt: number } };
  jobs: { key: string; value: JournalEntry };
  /** Until version 5: one entry per kept image, keyed by its id (now the ledger). */
  spending: { key: string; value: LedgerEntry & { imageId: string }; indexes: { createdAt: number } };
  ledger: { key: string; value: LedgerEntry; indexes: { createdAt: number } };
}

/** The ledger in a read-write transaction. */
export type LedgerStore = IDBPObjectStore<PostToImageDb, ArrayLike<StoreNames<PostToImageDb>>, 'ledger', 'readwrite'>;

/** The images in a read-write transaction of their own: eviction reads keys and deletes in one go. */
export type ImageStore = IDBPObjectStore<PostToImageDb, ['images'], 'images', 'readwrite'>;

type UpgradeTransaction = IDBPTransaction<PostToImageDb, StoreNames<PostToImageDb>[], 'versionchange'>;

const DB_NAME = 'post-to-image-history';

function answeredEntryOf({ id, createdAt, provider, model, estimatedCostUsd }: Pick<LedgerEntry, 'id' | 'createdAt' | 'provider' | 'model' | 'estimatedCostUsd'>): LedgerEntry {
  return { id, createdAt, provider, model, estimatedCostUsd, state: 'answered' };
}

/** The size follows the bytes: a fitted copy kept under the same id replaces the original's size too. */
export function keptImageOf(record: HistoryRecord): KeptImage {
  return { ...record, byteLength: record.bytes.byteLength };
}

/** Streams the history (a cursor: records carry their image bytes) so users upgrading keep this month's spending. */
async function copyCostsIntoLedger(transaction: UpgradeTransaction): Promise<void> {
  const ledger = transaction.objectStore('ledger');
  for (let cursor = await transaction.objectStore('images').openCursor(); cursor; cursor = await cursor.continue()) {
    await ledger.put(answeredEntryOf(cursor.value));
  }
}

/** Version 5 keys the ledger by entry rather than by image: the per-image entries move over, then their store goes. */
async function moveSpendingIntoLedger(db: IDBPDatabase<PostToImageDb>, transaction: UpgradeTransaction): Promise<void> {
  const entries = await transaction.objectStore('spending').getAll();
  for (const entry of entries) await transaction.objectStore('ledger').put(answeredEntryOf({ ...entry, id: entry.imageId }));
  db.deleteObjectStore('spending');
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
  opened ??= openDB<PostToImageDb>(DB_NAME, 5, {
    upgrade(db, oldVersion, _newVersion, transaction) {
      // A failed request aborts the upgrade and openDB rejects with its error: the passes over the images report nothing more.
      if (oldVersion < 1) db.createObjectStore('images', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
      if (oldVersion < 2) db.createObjectStore('jobs', { keyPath: 'jobId' });
      if (oldVersion < 5) db.createObjectStore('ledger', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
      if (oldVersion < 3) copyCostsIntoLedger(transaction).catch(() => undefined);
      if (oldVersion < 4) {
        const images = transaction.objectStore('images');
        for (const field of ['byteLength', 'attachedAt', 'savedAt'] as const) images.createIndex(field, field);
        recordImageSizes(transaction).catch(() => undefined);
      }
      if (oldVersion >= 3 && oldVersion < 5) moveSpendingIntoLedger(db, transaction).catch(() => undefined);
    },
  });
  return opened;
}
