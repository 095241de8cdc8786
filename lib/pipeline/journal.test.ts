import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyseLocally } from '../analysis/local';
import { UserFacingError } from '../errors';
import type { ImageProvider } from '../providers/types';
import type { GeneratedImage } from '../image/types';
import { database } from '../storage/database';
import { enterSentCall, ledgerSince, reserveSpending } from '../storage/ledger';
import { answerLost, billedAnyway, generateImages, possiblyBilled, resumeGeneration } from './generate';
import { beginJob, findJob, forgetOldJobs, keepPaidAnswer } from './journal';
import { testContext } from './context.test-support';

const request = (jobId: string, count = 1) =>
  ({ jobId, prompt: 'a lighthouse', headline: 'Lighthouse', analysis: analyseLocally('A calm day.', 'test'), style: 'photo', format: 'landscape', count }) as const;

const PRICE = 0.25;

/**
 * A paid provider: one call per image, each answered with the image's bytes as JSON; `fail` decides, after
 * an answer arrived, whether reading it breaks (`'after-answer'`, as a worker stopped there would), or the call
 * itself never comes back (`'unheard'`).
 */
function paidProvider(fail?: (call: number) => 'after-answer' | 'unheard' | 'refused' | undefined) {
  const provider = {
    id: 'openai' as const,
    label: 'Test',
    promptLimit: 100,
    asked: 0,
    async generate({ count, paidCalls }: Parameters<ImageProvider['generate']>[0]): Promise<GeneratedImage[]> {
      const images: GeneratedImage[] = [];
      for (let index = 0; index < count; index++) {
        const ask = async () => {
          provider.asked += 1;
          if (fail?.(index) === 'unheard') throw new TypeError('Failed to fetch');
          if (fail?.(index) === 'refused') throw new RangeError('refused');
          return JSON.stringify([provider.asked]);
        };
        const body = await paidCalls!({ index, count: 1 }, ask, (error) => error instanceof RangeError);
        if (body === undefined) continue;
        if (fail?.(index) === 'after-answer') throw new Error('the worker stopped');
        images.push({ bytes: new Uint8Array(JSON.parse(body)), mimeType: 'image/png', width: 1200, height: 627 });
      }
      return images;
    },
  };
  return provider;
}

const paidContext = (provider: ImageProvider) => ({ ...testContext(provider), estimateCallUsd: (count: number) => count * PRICE });
const reserve = (jobId: string, count = 1) => reserveSpending(jobId, { createdAt: Date.now(), provider: 'openai', model: 'm', estimatedCostUsd: count * PRICE }, { from: 0, to: Infinity }, () => undefined);
const ledger = async () => (await ledgerSince(0)).map(({ state, estimatedCostUsd }) => ({ state, estimatedCostUsd }));

beforeEach(async () => {
  const db = await database();
  await Promise.all([db.clear('ledger'), db.clear('jobs')]);
});

describe('the generation journal', () => {
  it('answers a resumed job with the images it already kept, without paying again', async () => {
    const provider = paidProvider();
    await reserve('kept');
    const [made] = await generateImages(request('kept'), paidContext(provider));
    const resumed = await resumeGeneration('kept', () => paidContext(provider), async () => undefined);
    expect(resumed.map((image) => image.id)).toEqual([made!.id]);
    expect(provider.asked).toBe(1);
    expect(await ledger()).toEqual([{ state: 'answered', estimatedCostUsd: PRICE }]);
  });

  it('keeps a paid answer before it is read: a job stopped right after an answer reads it again, never asks again', async () => {
    let stopped = false;
    const provider = paidProvider((call) => (call === 2 && !stopped ? 'after-answer' : undefined));
    await reserve('four', 4);
    await expect(generateImages(request('four', 4), paidContext(provider))).rejects.toThrow('the worker stopped');
    stopped = true;
    expect(Object.keys((await findJob('four'))!.answers!)).toEqual(['0', '1', '2']);

    const resumed = await resumeGeneration('four', () => paidContext(provider), (journaled) => reserve(journaled.jobId, 4));
    expect(resumed.map((image) => image.dataUrl)).toHaveLength(4);
    expect(provider.asked).toBe(4);
    expect(await ledger()).toEqual(Array.from({ length: 4 }, () => ({ state: 'answered', estimatedCostUsd: PRICE })));
  });

  it('counts a call that was never answered as possibly billed, and says so', async () => {
    const provider = paidProvider(() => 'unheard');
    const failing = { ...provider, generate: (...args: Parameters<ImageProvider['generate']>) => provider.generate(...args).catch(() => { throw new UserFacingError('OpenAI could not be reached.', 'network'); }) };
    await reserve('unheard');
    await expect(generateImages(request('unheard'), paidContext(failing))).rejects.toThrow(`OpenAI could not be reached. ${possiblyBilled(PRICE)}`);
    expect(await ledger()).toEqual([{ state: 'unheard', estimatedCostUsd: PRICE }]);
  });

  it('counts an answer that could not be read as billed, keeps it, and says so', async () => {
    const provider = paidProvider();
    const unreadable = {
      ...provider,
      generate: async (request: Parameters<ImageProvider['generate']>[0]) => {
        await request.paidCalls!({ index: 0, count: 1 }, async () => 'not an image', () => false);
        throw new UserFacingError('OpenAI sent an image Post to Image could not read.', 'bad-response');
      },
    };
    await reserve('unreadable');
    await expect(generateImages(request('unreadable'), paidContext(unreadable))).rejects.toThrow(
      `OpenAI sent an image Post to Image could not read. ${billedAnyway(PRICE)}`,
    );
    expect(await ledger()).toEqual([{ state: 'answered', estimatedCostUsd: PRICE }]);
    expect((await findJob('unreadable'))?.answers).toEqual({ 0: 'not an image' });
  });

  it('a job stopped while its call was out keeps that call counted and does not ask again by itself; a new click asks once', async () => {
    await beginJob(request('interrupted'));
    await reserve('interrupted');
    // What the stopped worker left: its call entered as sent, its answer never kept.
    await enterSentCall('interrupted', 0, { createdAt: Date.now(), provider: 'openai', model: 'm', estimatedCostUsd: PRICE });
    const provider = paidProvider();
    const askedFor: string[] = [];
    const resumed = resumeGeneration(
      'interrupted',
      (journaled) => {
        askedFor.push(journaled.jobId);
        return paidContext(provider);
      },
      (journaled) => reserve(journaled.jobId),
    );
    await expect(resumed).rejects.toThrow(answerLost('Test', PRICE).message);
    expect(answerLost('Test', PRICE).message).toMatch(/^The browser stopped Post to Image while Test was making your image.*Press Regenerate/);
    expect(askedFor).toEqual(['interrupted']); // the provider is named from the journaled request (Compare names one)
    expect(provider.asked).toBe(0);
    expect(await ledger()).toEqual([{ state: 'unheard', estimatedCostUsd: PRICE }]);

    await reserve('next click');
    expect(await generateImages(request('next click'), paidContext(provider))).toHaveLength(1);
    expect(provider.asked).toBe(1);
    expect((await ledger()).sort((a, b) => a.state.localeCompare(b.state))).toEqual([
      { state: 'answered', estimatedCostUsd: PRICE },
      { state: 'unheard', estimatedCostUsd: PRICE },
    ]);
  });

  it('a job stopped during its third of four calls keeps the two images that arrived, and asks for nothing', async () => {
    await beginJob(request('third', 4));
    await reserve('third', 4);
    const cost = { createdAt: Date.now(), provider: 'openai', model: 'm', estimatedCostUsd: PRICE } as const;
    for (const call of [0, 1]) {
      await enterSentCall('third', call, cost);
      await keepPaidAnswer({ jobId: 'third', call, body: JSON.stringify([call + 1]), cost });
    }
    await enterSentCall('third', 2, cost);
    const provider = paidProvider();
    await expect(resumeGeneration('third', () => paidContext(provider), (journaled) => reserve(journaled.jobId, 4))).rejects.toThrow(
      answerLost('Test', PRICE, 2).message,
    );
    expect(answerLost('Test', PRICE, 2).message).toContain('The 2 images that did arrive are kept in the toolbar popup');
    expect(provider.asked).toBe(0);
    expect((await findJob('third'))?.imageIds).toHaveLength(2);
    // Asked again (the panel's message failed too): the same sentence, the images not kept twice.
    await expect(resumeGeneration('third', () => paidContext(provider), async () => undefined)).rejects.toThrow(answerLost('Test', PRICE, 2).message);
    expect((await findJob('third'))?.imageIds).toHaveLength(2);
    expect((await ledger()).sort((a, b) => a.state.localeCompare(b.state))).toEqual([
      { state: 'answered', estimatedCostUsd: PRICE },
      { state: 'answered', estimatedCostUsd: PRICE },
      { state: 'unheard', estimatedCostUsd: PRICE },
    ]);
  });

  it('a job stopped before its call went out asks once when resumed, and counts only that call', async () => {
    await beginJob(request('early'));
    await reserve('early');
    const provider = paidProvider();
    const resumed = await resumeGeneration('early', () => paidContext(provider), (journaled) => reserve(journaled.jobId));
    expect(provider.asked).toBe(1);
    expect((await findJob('early'))?.imageIds).toEqual([resumed[0]!.id]);
    expect(await ledger()).toEqual([{ state: 'answered', estimatedCostUsd: PRICE }]);
  });

  it('holds a call’s price while it is out, and drops it when the service refused the call', async () => {
    const provider = paidProvider(() => 'refused');
    let whileOut: Awaited<ReturnType<typeof ledger>> = [];
    const watching = { ...provider, generate: async (...args: Parameters<ImageProvider['generate']>) => {
      const [job] = args;
      return provider.generate({ ...job, paidCalls: (call, ask, refused) => job.paidCalls!(call, async () => { whileOut = await ledger(); return ask(); }, refused) });
    } };
    await reserve('refused');
    await expect(generateImages(request('refused'), paidContext(watching))).rejects.toThrow('refused');
    expect(whileOut.sort((a, b) => a.state.localeCompare(b.state))).toEqual([
      { state: 'reserved', estimatedCostUsd: 0 },
      { state: 'unheard', estimatedCostUsd: PRICE },
    ]);
    expect(await ledger()).toEqual([]);
  });

  it('says so when a job is unknown or too old to resume', async () => {
    await beginJob(request('old'), Date.now() - 60 * 60 * 1000);
    await forgetOldJobs();
    await expect(resumeGeneration('old', () => testContext(paidProvider()), async () => undefined)).rejects.toMatchObject({ code: 'lost-job' });
  });
});
