import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyseLocally } from '../analysis/local';
import { base64ToBytes } from '../image/bytes';
import type { ImageProvider } from '../providers/types';
import type { GeneratedImage } from '../image/types';
import { getImage } from '../storage/history';
import { generateImages } from './generate';
import { testContext } from './context.test-support';

const analysis = analyseLocally('We won the award!', 'test');
const request = { jobId: 'job-1', prompt: 'a trophy', headline: 'We won', analysis, style: 'photo', format: 'square', count: 2 } as const;

function providerReturning(count: number): ImageProvider {
  return {
    id: 'offline',
    label: 'Test',
    promptLimit: 100,
    generate: async ({ count: wanted }) =>
      Array.from({ length: Math.min(count, wanted) }, (_, i) => ({ bytes: new Uint8Array([i, 9]), mimeType: 'image/png' as const, width: 1080, height: 1080 })),
  };
}

describe('generateImages', () => {
  it('keeps every image in the history before handing it to the page', async () => {
    const images = await generateImages(request, testContext(providerReturning(2)));
    expect(images).toHaveLength(2);
    for (const [index, image] of images.entries()) {
      const kept = await getImage(image.id);
      expect(kept).toMatchObject({ prompt: 'a trophy', model: 'm', format: 'square', analysis: { analyser: 'local' } });
      expect(Array.from(kept!.bytes)).toEqual([index, 9]);
      expect(Array.from(base64ToBytes(image.dataUrl.split(',')[1]!))).toEqual([index, 9]);
    }
  });

  it('keeps the provider’s image first, then replaces it with the copy fitted to the format', async () => {
    const fitted = { bytes: new Uint8Array([7]), mimeType: 'image/jpeg' as const, width: 1080, height: 1080 };
    const [image] = await generateImages({ ...request, jobId: 'job-2', count: 1 }, testContext(providerReturning(1), async () => fitted));
    expect(image).toMatchObject({ mimeType: 'image/jpeg', width: 1080 });
    expect(Array.from((await getImage(image!.id))!.bytes)).toEqual([7]);
  });

  it('keeps each image’s estimated price, made from the image as the provider returned it, not the fitted copy', async () => {
    const priced: GeneratedImage[] = [];
    const estimateCostUsd = (image: GeneratedImage) => {
      priced.push(image);
      return 0.042;
    };
    const fitted = { bytes: new Uint8Array([7]), mimeType: 'image/jpeg' as const, width: 10, height: 10 };
    const context = { ...testContext(providerReturning(1), async () => fitted), estimateCostUsd };
    const [image] = await generateImages({ ...request, jobId: 'job-3', count: 1 }, context);
    expect(priced.map(({ width, mimeType }) => ({ width, mimeType }))).toEqual([{ width: 1080, mimeType: 'image/png' }]);
    expect((await getImage(image!.id))?.estimatedCostUsd).toBe(0.042);
  });

  it('prices images at nothing when the context has no estimate', async () => {
    const [image] = await generateImages({ ...request, jobId: 'job-4', count: 1 }, testContext(providerReturning(1)));
    expect((await getImage(image!.id))?.estimatedCostUsd).toBe(0);
  });
});
