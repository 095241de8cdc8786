import { APIError } from 'openai';
import { describe, expect, it } from 'vitest';
import { askThroughRateLimits, rateLimitWaitMs } from './rate-limits';

const refusal = (status: number, headers: Record<string, string> = {}) => APIError.generate(status, { message: 'no' }, undefined, new Headers(headers));

describe('asking OpenAI again after a rate limit', () => {
  it('waits as long as OpenAI asks (retry-after-ms first, then retry-after), else backs off', () => {
    expect(rateLimitWaitMs(refusal(429, { 'retry-after-ms': '20', 'retry-after': '1' }), 0)).toBe(20);
    expect(rateLimitWaitMs(refusal(429, { 'retry-after': '2' }), 0)).toBe(2_000);
    expect([0, 1, 5].map((retry) => rateLimitWaitMs(refusal(429), retry))).toEqual([500, 1_000, 8_000]);
  });

  it('does not ask again after what waiting cannot fix or what may have been billed', () => {
    expect(rateLimitWaitMs(refusal(429, { 'x-should-retry': 'false' }), 0)).toBeUndefined();
    expect(rateLimitWaitMs(refusal(429, { 'retry-after': '3600' }), 0)).toBeUndefined();
    for (const status of [408, 409, 500, 502, 503, 504]) expect(rateLimitWaitMs(refusal(status), 0)).toBeUndefined();
    expect(rateLimitWaitMs(new TypeError('Failed to fetch'), 0)).toBeUndefined();
  });

  it('stops waiting when the job is cancelled', async () => {
    const controller = new AbortController();
    let asked = 0;
    const pending = askThroughRateLimits(async () => {
      asked += 1;
      throw refusal(429, { 'retry-after': '60' });
    }, 2, controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
    expect(asked).toBe(1);
  });
});
