import { database as db, type ImageStore } from './database';

export interface HistoryLimits {
  maxImages: number;
  maxBytes: number;
}

interface ImageKeys {
  id: string;
  byteLength: number;
  handedOver: boolean;
}

/** Oldest first, from index keys alone: a key cursor or key list never loads an image's bytes. */
async function imageKeys(images: ImageStore): Promise<ImageKeys[]> {
  const sizes = new Map<string, number>();
  const readSizes = async () => {
    for (let cursor = await images.index('byteLength').openKeyCursor(); cursor; cursor = await cursor.continue()) {
      sizes.set(cursor.primaryKey, cursor.key);
    }
  };
  const [oldestFirst, attached, saved] = await Promise.all([
    images.index('createdAt').getAllKeys(),
    images.index('attachedAt').getAllKeys(),
    images.index('savedAt').getAllKeys(),
    readSizes(),
  ]);
  const handedOver = new Set([...attached, ...saved]);
  return oldestFirst.map((id) => ({ id, byteLength: sizes.get(id) ?? 0, handedOver: handedOver.has(id) }));
}

/**
 * Keeps the history within the user's caps, oldest first. Only images already handed over (attached
 * to a post or saved to S3) are evicted: one still waiting for the user is kept even over the cap.
 * Their costs stay in the spending ledger. Returns the ids it deleted.
 */
export async function evictOldest({ maxImages, maxBytes }: HistoryLimits): Promise<string[]> {
  // One transaction: an image kept meanwhile cannot slip between the sizes read and the deletes.
  const transaction = (await db()).transaction('images', 'readwrite');
  const images = await imageKeys(transaction.store);
  let count = images.length;
  let bytes = images.reduce((sum, image) => sum + image.byteLength, 0);
  const evicted: string[] = [];
  for (const image of images) {
    if (count <= maxImages && bytes <= maxBytes) break;
    if (!image.handedOver) continue;
    await transaction.store.delete(image.id);
    evicted.push(image.id);
    count -= 1;
    bytes -= image.byteLength;
  }
  await transaction.done;
  return evicted;
}
