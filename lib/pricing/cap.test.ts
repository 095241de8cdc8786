import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseLocally } from '../analysis/local';
import { UserFacingError } from '../errors';
import type { GenerateImageRequest } from '../messaging/protocol';
import { settingsFrom } from '../settings/schema';
import { keepImage } from '../storage/history';
import { historyRecord } from '../storage/history.test-helpers';
import { ensureWithinCap, overCapRefusal } from './cap';
import { estimateForSettings } from './estimate';

describe('overCapRefusal', () => {
  it('lets everything through without a cap', () => {
    expect(overCapRefusal(0, 500, 10)).toBeUndefined();
  });

  it('lets a click through up to the cap exactly, despite sums of decimal prices', () => {
    expect(overCapRefusal(1, 0.7, 0.3)).toBeUndefined();
    expect(overCapRefusal(0.3, 0.1, 0.2)).toBeUndefined();
  });

  it('never stops a free image, even over the cap', () => {
    expect(overCapRefusal(1, 1.5, 0)).toBeUndefined();
  });

  it('refuses a click that would go over, saying the cap and the month’s spending', () => {
    const refusal = overCapRefusal(10, 9.95, 0.063);
    expect(refusal).toBeInstanceOf(UserFacingError);
    expect(refusal?.code).toBe('over-cap');
    expect(refusal?.message).toBe(
      'This would take you over your monthly cap of $10.00 (spent $9.95 so far this month). Press Generate image again to go ahead anyway.',
    );
  });
});

describe('ensureWithinCap', () => {
  const now = new Date(2026, 10, 20, 12).getTime();
  const settings = settingsFrom({ openai: { model: 'gpt-image-1', quality: 'high' }, budget: { monthlyCapUsd: 1 } });
  const request: GenerateImageRequest = {
    jobId: 'job-1',
    prompt: 'a lighthouse',
    headline: 'Lights on',
    analysis: analyseLocally('We kept the lights on.', 'test'),
    style: 'photo',
    format: 'landscape',
    count: 2,
  };
  const spent = historyRecord({ id: 'spent', createdAt: new Date(2026, 10, 2).getTime(), estimatedCostUsd: 0.6 });

  beforeAll(() => keepImage(spent));

  it('refuses a request whose images would take the month over the cap', async () => {
    expect(0.6 + estimateForSettings(settings, 'landscape', 2, 'openai')).toBeGreaterThan(1);
    await expect(ensureWithinCap(request, settings, 'openai', now)).rejects.toMatchObject({ code: 'over-cap' });
  });

  it('lets the same request through once the user confirmed it', async () => {
    await expect(ensureWithinCap({ ...request, overCapConfirmed: false }, settings, 'openai', now)).rejects.toMatchObject({ code: 'over-cap' });
    await expect(ensureWithinCap({ ...request, overCapConfirmed: true }, settings, 'openai', now)).resolves.toBeUndefined();
  });

  it('holds each side of a Compare click against the cap with both images, and asks for Compare again', async () => {
    const single = { ...request, count: 1 };
    expect(0.6 + estimateForSettings(settings, 'landscape', 1, 'openai')).toBeLessThanOrEqual(1);
    await expect(ensureWithinCap(single, settings, 'openai', now)).resolves.toBeUndefined();
    expect(0.6 + 2 * estimateForSettings(settings, 'landscape', 1, 'openai')).toBeGreaterThan(1);
    await expect(ensureWithinCap({ ...single, comparedWith: 'openai' }, settings, 'openai', now)).rejects.toMatchObject({
      code: 'over-cap',
      message: expect.stringContaining('Press Compare again'),
    });
    await expect(ensureWithinCap({ ...single, comparedWith: 'offline' }, settings, 'openai', now)).resolves.toBeUndefined();
  });

  it('lets a smaller request through, and any request without a cap or from the free renderer', async () => {
    await expect(ensureWithinCap({ ...request, count: 1 }, settings, 'openai', now)).resolves.toBeUndefined();
    await expect(ensureWithinCap(request, settingsFrom({ ...settings, budget: { monthlyCapUsd: 0 } }), 'openai', now)).resolves.toBeUndefined();
    await expect(ensureWithinCap(request, settings, 'offline', now)).resolves.toBeUndefined();
  });
});
