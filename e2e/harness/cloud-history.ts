import type { TestPage } from './types';

/** What a test checks of one image in the extension's history (IndexedDB), without its bytes. */
export interface KeptImage {
  id: string;
  createdAt: number;
  provider: string;
  model: string;
  prompt: string;
  width: number;
  height: number;
  attachedAt?: number;
}

/**
 * The history, newest first, read from one of the extension's own pages (only its origin can open the
 * database). The names are the extension's: lib/storage/database.ts.
 */
export function keptImages(extensionPage: TestPage): Promise<KeptImage[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<KeptImage[]>((resolve, reject) => {
        const opening = indexedDB.open('post-to-image-history');
        // Never create the database here: the extension's own upgrade would then skip its stores.
        opening.onupgradeneeded = () => opening.transaction?.abort();
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const reading = opening.result.transaction('images').objectStore('images').getAll();
          reading.onerror = () => reject(reading.error);
          reading.onsuccess = () => {
            opening.result.close();
            const records = reading.result as (KeptImage & { bytes: unknown })[];
            resolve(
              records
                .map(({ id, createdAt, provider, model, prompt, width, height, attachedAt }) => ({ id, createdAt, provider, model, prompt, width, height, attachedAt }))
                .sort((a, b) => b.createdAt - a.createdAt),
            );
          };
        };
      }),
  );
}
