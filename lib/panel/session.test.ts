import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Analysis } from '../analysis/types';
import type { Outcome, PreparedPrompt } from '../messaging/protocol';
import { CANCELLED } from '../errors';
import type { ComposerLink } from './composer-link';
import { createPanelSession, type PanelSession } from './session';

// The composer and the worker stand in: these tests are about what the session asks for and shows.
const composer: ComposerLink = {
  draft: async () => ({ draft: 'Our bakery turns one today.' }),
  attach: () => undefined,
  keep: () => undefined,
  copyDiagnostics: async () => true,
  copyImage: async () => true,
};
const sendMessage = vi.hoisted(() => vi.fn());
vi.mock('../messaging/protocol', () => ({ sendMessage }));

const analysis = { languageCode: 'en', sentiment: 'POSITIVE', keyPhrases: [], entities: [], analyser: 'local', note: '' } as unknown as Analysis;
const prepared: PreparedPrompt = { prompt: 'a bakery at dawn', headline: 'Our bakery turns one', analysis, providerLabel: 'OpenAI', shape: { layouts: ['headline'] } };
const image = { id: 'image-1', dataUrl: 'data:image/png;base64,AA==', mimeType: 'image/png', width: 1, height: 1 };

/** The worker's answers; the read of the post waits until the test lets it finish. */
function workerAnswering(): { finishReading: () => void; asked: (type: string) => unknown[][] } {
  let finishReading = () => {};
  const reading = new Promise<Outcome<PreparedPrompt>>((resolve) => {
    finishReading = () => resolve({ ok: true, value: prepared });
  });
  sendMessage.mockImplementation(async (type: string) => {
    if (type === 'preparePrompt') return reading;
    if (type === 'generateImage') return { ok: true, value: [image] };
    return { ok: false, sentence: 'Not in this test.', code: 'test' };
  });
  return { finishReading, asked: (type) => sendMessage.mock.calls.filter(([asked]) => asked === type) };
}

/** Generate image, then Cancel while the worker is still reading the post; resolves once the session has settled. */
async function cancelWhileReading(session: PanelSession, worker: ReturnType<typeof workerAnswering>): Promise<void> {
  const generating = session.generate({ keepPrompt: false });
  await vi.waitFor(() => expect(session.store.get().step).toBe('analysing'));
  session.cancel();
  worker.finishReading();
  await generating;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('Cancel in the panel', () => {
  it('while the post is still being read: no image is asked for, and the panel says it stopped', async () => {
    const worker = workerAnswering();
    const session = createPanelSession(composer);
    await cancelWhileReading(session, worker);

    expect(worker.asked('generateImage')).toEqual([]);
    expect(session.store.get()).toMatchObject({ step: 'idle', sentence: CANCELLED });
  });

  it('leaves the next click free to make an image', async () => {
    const worker = workerAnswering();
    const session = createPanelSession(composer);
    await cancelWhileReading(session, worker);

    await session.generate({ keepPrompt: false });
    expect(worker.asked('generateImage')).toHaveLength(1);
    expect(session.store.get()).toMatchObject({ step: 'ready', sentence: undefined, selectedId: 'image-1' });
  });
});

describe('a model the provider will not serve', () => {
  it('offers the switch, and one click switches and makes the image with the same prompt', async () => {
    const context = { modelSwitch: { label: 'GPT Image 2.5 Flare' }, stylePresets: [] };
    let switched = false;
    sendMessage.mockImplementation(async (type: string) => {
      if (type === 'preparePrompt') return { ok: true, value: prepared };
      if (type === 'panelContext') return { ok: true, value: context };
      if (type === 'switchModel') {
        switched = true;
        return { ok: true, value: context };
      }
      if (type === 'generateImage') {
        return switched ? { ok: true, value: [image] } : { ok: false, sentence: 'OpenAI shut gpt-image-2 down on 2027-02-10: switch to GPT Image 2.5 Flare in the options.', code: 'model-unavailable' };
      }
      return { ok: false, sentence: 'Not in this test.', code: 'test' };
    });
    const session = createPanelSession(composer);
    await session.generate({ keepPrompt: false });
    expect(session.store.get()).toMatchObject({ modelUnavailable: true, sentence: expect.stringContaining('GPT Image 2.5 Flare') });

    await session.switchModel();
    expect(session.store.get()).toMatchObject({ modelUnavailable: false, step: 'ready', sentence: undefined, selectedId: 'image-1' });
    expect(sendMessage.mock.calls.filter(([type]) => type === 'switchModel')).toHaveLength(1);
  });
});

describe('the offline card’s layout', () => {
  const listShape = { layouts: ['list', 'headline'], list: { title: 'Three lessons', points: ['Ship early', 'Talk to users'] } } as const;

  function offlineWorker(): () => { layout?: string; shape?: unknown }[] {
    sendMessage.mockImplementation(async (type: string) => {
      if (type === 'preparePrompt') return { ok: true, value: { ...prepared, shape: listShape } };
      if (type === 'panelContext') return { ok: true, value: { providerId: 'offline', stylePresets: [], alternatives: [] } };
      if (type === 'generateImage') return { ok: true, value: [image] };
      return { ok: false, sentence: 'Not in this test.', code: 'test' };
    });
    return () => sendMessage.mock.calls.filter(([type]) => type === 'generateImage').map(([, request]) => request as { layout?: string });
  }

  it('asks for the best fit with the post’s shape, and a changed layout makes the card again in it', async () => {
    const requests = offlineWorker();
    const session = createPanelSession(composer);
    await session.generate({ keepPrompt: false });
    expect(session.store.get().layouts).toEqual(['list', 'headline']);
    expect(requests()).toMatchObject([{ layout: 'list', shape: listShape }]);

    await session.chooseLayout('headline');
    expect(requests().map((request) => request.layout)).toEqual(['list', 'headline']);
    expect(sendMessage.mock.calls.filter(([type]) => type === 'preparePrompt')).toHaveLength(1);
  });

  it('starts from the best fit again when the post is read anew', async () => {
    const requests = offlineWorker();
    const session = createPanelSession(composer);
    await session.generate({ keepPrompt: false });
    await session.chooseLayout('headline');
    await session.generate({ keepPrompt: false });
    expect(requests().map((request) => request.layout)).toEqual(['list', 'headline', 'list']);
  });
});
