import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyseLocally } from '../analysis/local';
import { UserFacingError } from '../errors';
import type { GenerateImageRequest } from '../storage/generation-request';
import { settingsFrom } from '../settings/schema';
import { database } from '../storage/database';
import { answeredEntry, enterInLedger } from '../storage/history.test-support';
import { releaseReservation } from '../storage/ledger';
import { reservedFor } from '../storage/ledger.test-support';
import { overCapRefusal, reserveWithinCap } from './cap';
import { estimateForSettings } from './estimate';
import { spentThisMonthUsd } from './spend';

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
      'This would take you over your monthly cap of $10.00 (spent $9.95 so far this month). Press Make the image to go ahead anyway.',
    );
  });
});

describe('reserveWithinCap', () => {
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
  const openai = { provider: 'openai', model: 'gpt-image-1' } as const;
  const oneImage = estimateForSettings(settings, 'landscape', 1, 'openai');
  const reserve = (changes: Partial<GenerateImageRequest>, used = settings) => reserveWithinCap({ ...request, ...changes }, used, openai, now);
  /** Leaves room under the cap for two more images this month, not three. */
  async function roomForTwo(): Promise<void> {
    await enterInLedger(answeredEntry({ id: 'spent', createdAt: new Date(2026, 10, 2).getTime(), estimatedCostUsd: 0.4 }));
    expect(0.4 + 2 * oneImage).toBeLessThanOrEqual(1);
    expect(0.4 + 3 * oneImage).toBeGreaterThan(1);
  }

  beforeEach(async () => {
    const db = await database();
    await db.clear('ledger');
    await enterInLedger(answeredEntry({ id: 'spent', createdAt: new Date(2026, 10, 2).getTime(), estimatedCostUsd: 0.6 }));
  });

  it('refuses a request whose images would take the month over the cap, reserving nothing', async () => {
    expect(0.6 + estimateForSettings(settings, 'landscape', 2, 'openai')).toBeGreaterThan(1);
    await expect(reserve({})).rejects.toMatchObject({ code: 'over-cap' });
    expect(await reservedFor('job-1')).toBe(0);
  });

  it('lets the same request through once the user confirmed it, and holds its price', async () => {
    await expect(reserve({ overCapConfirmed: false })).rejects.toMatchObject({ code: 'over-cap' });
    await expect(reserve({ overCapConfirmed: true })).resolves.toBeUndefined();
    expect(await reservedFor('job-1')).toBe(2 * oneImage);
  });

  it('holds concurrent clicks to the cap: of four at once that each fit alone, only those that fit together go through', async () => {
    await roomForTwo();
    const clicks = ['a', 'b', 'c', 'd'].map((jobId) => reserve({ jobId, count: 1 }));
    const outcomes = await Promise.allSettled(clicks);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(2);
    expect(outcomes.filter((outcome) => outcome.status === 'rejected').map((outcome) => (outcome as PromiseRejectedResult).reason.code)).toEqual(['over-cap', 'over-cap']);
    expect(await spentThisMonthUsd(now)).toBeLessThanOrEqual(1);
  });

  it('holds each side of a Compare click against the cap with both images, counting the other side’s reservation once', async () => {
    const single = { count: 1, comparedWith: 'openai' as const };
    await roomForTwo();
    await expect(reserve({ ...single, jobId: 'left', comparedJobId: 'right' })).resolves.toBeUndefined();
    await expect(reserve({ ...single, jobId: 'right', comparedJobId: 'left' })).resolves.toBeUndefined();
    await releaseReservation('left');
    await releaseReservation('right');
    await enterInLedger(answeredEntry({ id: 'one-more', createdAt: now, estimatedCostUsd: oneImage }));
    await expect(reserve({ ...single, jobId: 'left' })).rejects.toMatchObject({ message: expect.stringContaining('Press Compare again') });
    await expect(reserve({ ...single, comparedWith: 'offline' })).resolves.toBeUndefined();
  });

  it('lets a smaller request through, and any request without a cap or from the free renderer', async () => {
    await expect(reserve({ count: 1 })).resolves.toBeUndefined();
    await expect(reserve({ jobId: 'no-cap' }, settingsFrom({ ...settings, budget: { monthlyCapUsd: 0 } }))).resolves.toBeUndefined();
    await expect(reserveWithinCap({ ...request, jobId: 'free' }, settings, { provider: 'offline', model: 'offline-card' }, now)).resolves.toBeUndefined();
  });
});
