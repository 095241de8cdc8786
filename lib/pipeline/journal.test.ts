import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyseLocally } from '../analysis/local';
import type { ImageProvider } from '../providers/types';
import { generateImages, resumeGeneration } from './generate';
import { beginJob, findJob, forgetOldJobs } from './journal';
import { testContext } from './test-context';

const request = (jobId: string) =>
  ({ jobId, prompt: 'a lighthouse', headline: 'Lighthouse', analysis: analyseLocally('A calm day.', 'test'), style: 'photo', format: 'landscape', count: 1 }) as const;

function countingProvider(): ImageProvider & { calls: number } {
  const provider = {
    id: 'offline' as const,
    label: 'Test',
    promptLimit: 100,
    calls: 0,
    generate: async () => {
      provider.calls += 1;
      return [{ bytes: new Uint8Array([provider.calls]), mimeType: 'image/png' as const, width: 1200, height: 627 }];
    },
  };
  return provider;
}


describe('the generation journal', () => {
  it('answers a resumed job with the images it already kept, without paying again', async () => {
    const provider = countingProvider();
    const [made] = await generateImages(request('kept'), testContext(provider));
    const resumed = await resumeGeneration('kept', () => testContext(provider));
    expect(resumed.map((image) => image.id)).toEqual([made!.id]);
    expect(provider.calls).toBe(1);
  });

  it('runs a job again when the worker stopped before the provider answered', async () => {
    await beginJob(request('interrupted'));
    const provider = countingProvider();
    const askedFor: string[] = [];
    const resumed = await resumeGeneration('interrupted', (journaled) => {
      askedFor.push(journaled.jobId);
      return testContext(provider);
    });
    expect(askedFor).toEqual(['interrupted']); // the provider is chosen from the journaled request (Compare names one)
    expect(resumed).toHaveLength(1);
    expect(provider.calls).toBe(1);
    expect((await findJob('interrupted'))?.imageIds).toEqual([resumed[0]!.id]);
  });

  it('says so when a job is unknown or too old to resume', async () => {
    await beginJob(request('old'), Date.now() - 60 * 60 * 1000);
    await forgetOldJobs();
    await expect(resumeGeneration('old', () => testContext(countingProvider()))).rejects.toMatchObject({ code: 'lost-job' });
  });
});
