import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { database } from './database';
import { getImage, keepImage, markAttached, recentImages } from './history';
import { historyRecord } from './history.test-support';

const record = (id: string, createdAt: number) => historyRecord({ id, createdAt, prompt: `prompt ${id}`, bytes: new Uint8Array([1, 2, 3, createdAt % 256]) });

describe('image history', () => {
  it('keeps an image with its bytes and finds it again', async () => {
    await keepImage(record('a', 1));
    const kept = await getImage('a');
    expect(kept?.prompt).toBe('prompt a');
    expect(Array.from(kept?.bytes ?? [])).toEqual([1, 2, 3, 1]);
  });

  it('marks an image attached without losing it', async () => {
    await keepImage(record('b', 2));
    await markAttached('b', 1234);
    expect(await getImage('b')).toMatchObject({ id: 'b', attachedAt: 1234 });
  });

  it('keeps the size of the latest bytes, so a fitted copy replaces the original’s size', async () => {
    const original = historyRecord({ id: 'fitted', createdAt: 4, bytes: new Uint8Array(5_000) });
    await keepImage(original);
    await keepImage({ ...original, bytes: new Uint8Array(1_200) });
    expect((await (await database()).get('images', 'fitted'))?.byteLength).toBe(1_200);
  });

  it('lists the newest first', async () => {
    await keepImage(record('c', 30));
    await keepImage(record('d', 20));
    expect((await recentImages(2)).map((r) => r.id)).toEqual(['c', 'd']);
  });
});
