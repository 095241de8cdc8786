import { storedRecords } from './extension-data';
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

/** The history, newest first, read from one of the extension's own pages. */
export async function keptImages(extensionPage: TestPage): Promise<KeptImage[]> {
  const records = (await storedRecords(extensionPage)) as unknown as KeptImage[];
  return records
    .map(({ id, createdAt, provider, model, prompt, width, height, attachedAt }) => ({ id, createdAt, provider, model, prompt, width, height, attachedAt }))
    .sort((a, b) => b.createdAt - a.createdAt);
}
