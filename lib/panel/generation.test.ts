import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImageForPage } from '../messaging/protocol';
import type { GenerateImageRequest } from '../storage/generation-request';
import { createGenerationJobs } from './generation';
import { INITIAL_STATE, type PanelState } from './state';
import { createStore } from './store';

const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../messaging/protocol', () => ({ sendMessage }));

const image = (id: string): ImageForPage => ({ id, dataUrl: 'data:image/png;base64,AA==', mimeType: 'image/png', width: 1, height: 1 });
const request = (jobId: string): GenerateImageRequest => ({
  jobId,
  prompt: 'p',
  headline: 'h',
  analysis: {} as GenerateImageRequest['analysis'],
  style: 'photo',
  format: 'landscape',
  count: 1,
});

function setUp() {
  const store = createStore<PanelState>({ ...INITIAL_STATE, images: [image('earlier')] });
  const settled = vi.fn();
  return { store, settled, jobs: createGenerationJobs(store, settled) };
}

beforeEach(() => sendMessage.mockReset());

describe('createGenerationJobs', () => {
  it('runs one click’s jobs at a time: a second click while they run does nothing', async () => {
    const { jobs, settled } = setUp();
    let finish = () => {};
    const work = vi.fn((_ids: string[]) => new Promise<void>((resolve) => (finish = resolve)));
    const first = jobs.run(2, work);
    await jobs.run(1, work);
    expect(work).toHaveBeenCalledTimes(1);
    expect(work.mock.calls[0]![0]).toHaveLength(2);
    finish();
    await first;
    expect(settled).toHaveBeenCalledTimes(1);
    await jobs.run(1, async () => undefined);
    expect(settled).toHaveBeenCalledTimes(2);
  });

  it('puts new images in front of the earlier ones, which stay', async () => {
    const { jobs, store } = setUp();
    sendMessage.mockResolvedValueOnce({ ok: true, value: [image('new')] });
    await jobs.request(request('job-1'));
    expect(store.get().images.map((kept) => kept.id)).toEqual(['new', 'earlier']);
  });

  it('asks the restarted worker for the journaled job when the worker was stopped mid-generation', async () => {
    const { jobs } = setUp();
    sendMessage.mockRejectedValueOnce(new Error('Could not establish connection.')).mockResolvedValueOnce({ ok: true, value: [image('resumed')] });
    expect(await jobs.request(request('job-2'))).toEqual({ ok: true, value: [image('resumed')] });
    expect(sendMessage).toHaveBeenLastCalledWith('resumeGeneration', { jobId: 'job-2' });
  });

  it('confirms going over the monthly cap only on the click after the warning', async () => {
    const { jobs } = setUp();
    const confirmations: boolean[] = [];
    sendMessage.mockResolvedValueOnce({ ok: false, code: 'over-cap', sentence: 'over' });
    await jobs.run(1, async ([jobId], confirmed) => {
      confirmations.push(confirmed);
      await jobs.request(request(jobId!));
    });
    await jobs.run(1, async (_ids, confirmed) => void confirmations.push(confirmed));
    await jobs.run(1, async (_ids, confirmed) => void confirmations.push(confirmed));
    expect(confirmations).toEqual([false, true, false]);
  });

  it('cancels every running job, and knows whether a job is the only one running', async () => {
    const { jobs } = setUp();
    let ids: string[] = [];
    const running = jobs.run(2, async (jobIds) => {
      ids = jobIds;
      expect(jobs.runningOnly(jobIds[0]!)).toBe(false);
      jobs.cancel();
    });
    await running;
    expect(sendMessage.mock.calls).toEqual(ids.map((jobId) => ['cancelGeneration', { jobId }]));
  });
});
