import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
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

interface PostToImageDb extends DBSchema {
  images: { key: string; value: HistoryRecord; indexes: { createdAt: number } };
  jobs: { key: string; value: JournalEntry };
}

const DB_NAME = 'post-to-image-history';

let opened: Promise<IDBPDatabase<PostToImageDb>> | undefined;

/** The extension's one IndexedDB database (the worker's origin: pages and content scripts cannot reach it). */
export function database(): Promise<IDBPDatabase<PostToImageDb>> {
  opened ??= openDB<PostToImageDb>(DB_NAME, 2, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore('images', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
      if (oldVersion < 2) db.createObjectStore('jobs', { keyPath: 'jobId' });
    },
  });
  return opened;
}
