import type OpenAI from 'openai';
import { APIConnectionTimeoutError } from 'openai';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OPENAI_KEY } from '../openai';
import { type RunningEmulator, startEmulator } from '../server';
import { useEmulatorOn } from '../emulator.test-support';
import { apiFailureOf, decodePng, openaiClientFor } from './client.test-support';

/** These tests check each model's rules on a day every one of them was served; today's refusals are tested apart. */
const EVERY_MODEL_SERVED = '2026-05-01';
const emulated = useEmulatorOn(EVERY_MODEL_SERVED);
let emulator: RunningEmulator;
let client: OpenAI;

beforeAll(() => {
  emulator = emulated.emulator;
  client = openaiClientFor(emulator);
});

describe('emulated OpenAI keys and failures', () => {
  it('refuses a missing or unknown key with 401, echoing part of it as OpenAI does', async () => {
    const wrongKey = 'sk-proj-WRONGwrongWRONGwrongWXYZ';
    const wrong = await apiFailureOf(openaiClientFor(emulator, { apiKey: wrongKey }).models.retrieve('gpt-image-1'));
    expect([wrong.status, wrong.code]).toEqual([401, 'invalid_api_key']);
    expect(wrong.message).toContain('sk-proj***');
    expect(wrong.message).toContain('WXYZ');
    const none = await fetch(`${emulator.url}/v1/models/gpt-image-1`);
    expect(none.status).toBe(401);
    expect(((await none.json()) as { error: { message: string } }).error.message).toContain("You didn't provide an API key.");
  });

  it('accepts only the keys it is given, when given some', async () => {
    const strict = await startEmulator({ openaiKeys: ['sk-only-this-one'] });
    try {
      await expect(openaiClientFor(strict, { apiKey: 'sk-only-this-one' }).models.retrieve('gpt-image-2.5-flare')).resolves.toMatchObject({ id: 'gpt-image-2.5-flare' });
      expect((await apiFailureOf(openaiClientFor(strict).models.retrieve('gpt-image-2.5-flare'))).status).toBe(401);
    } finally {
      await strict.close();
    }
  });

  it('refuses prompts with "forbidden" through the safety system of each model family', async () => {
    const gpt = await apiFailureOf(client.images.generate({ model: 'gpt-image-1', prompt: 'something forbidden' }));
    expect([gpt.status, gpt.code, gpt.type]).toEqual([400, 'moderation_blocked', 'image_generation_user_error']);
    const dalle = await apiFailureOf(client.images.generate({ model: 'dall-e-3', prompt: 'something forbidden' }));
    expect([dalle.status, dalle.code]).toEqual([400, 'content_policy_violation']);
  });

  it('answers a rate limit N times with retry headers, then the image', async () => {
    emulator.knobs.faults.push({ service: 'openai', operation: 'images.generate', error: 'rate_limit_exceeded', times: 2 });
    const answer = await openaiClientFor(emulator, { maxRetries: 2 }).images.generate({ model: 'gpt-image-1', prompt: 'a cat' });
    expect(answer.data).toHaveLength(1);
    expect(emulator.log.map((entry) => [entry.status, entry.errorCode])).toEqual([
      [429, 'rate_limit_exceeded'],
      [429, 'rate_limit_exceeded'],
      [200, undefined],
    ]);
    emulator.knobs.faults.push({ service: 'openai', error: 'rate_limit_exceeded' });
    const raw = await fetch(`${emulator.url}/v1/models/gpt-image-1`, { headers: { authorization: `Bearer ${DEFAULT_OPENAI_KEY}` } });
    expect([raw.status, raw.headers.get('retry-after'), raw.headers.get('retry-after-ms')]).toEqual([429, '1', '20']);
  });

  it.each([
    ['insufficient_quota', 429, 'insufficient_quota'],
    ['server_error', 500, null],
    ['moderation_blocked', 400, 'moderation_blocked'],
    ['organization_not_verified', 403, null],
  ])('answers the %s fault in OpenAI error form', async (fault, status, code) => {
    emulator.knobs.faults.push({ service: 'openai', error: fault });
    const error = await apiFailureOf(client.images.generate({ model: 'gpt-image-1', prompt: 'a cat' }));
    expect([error.status, error.code ?? null]).toEqual([status, code]);
    expect(error.requestID).toMatch(/^req_/);
  });

  it('sends truncated base64, a 25 MB image, or JSON the SDK cannot parse', async () => {
    emulator.knobs.faults.push({ service: 'openai', error: 'truncated_base64' }, { service: 'openai', error: 'huge_image' }, { service: 'openai', error: 'malformed' });
    const truncated = await client.images.generate({ model: 'gpt-image-1', prompt: 'a cat' });
    expect(() => decodePng(truncated.data?.[0]?.b64_json)).toThrow();
    const huge = await client.images.generate({ model: 'gpt-image-1', prompt: 'a cat' });
    const bytes = Buffer.from(huge.data?.[0]?.b64_json ?? '', 'base64');
    expect(bytes.length).toBeGreaterThan(25 * 1024 * 1024);
    expect(PNG.sync.read(bytes).width).toBe(2960);
    await expect(client.images.generate({ model: 'gpt-image-1', prompt: 'a cat' })).rejects.toThrow(SyntaxError);
  });

  it('hangs on the timeout fault until the client gives up', async () => {
    emulator.knobs.faults.push({ service: 'openai', error: 'timeout' });
    await expect(openaiClientFor(emulator, { timeout: 200 }).images.generate({ model: 'gpt-image-1', prompt: 'a cat' })).rejects.toBeInstanceOf(
      APIConnectionTimeoutError,
    );
    expect(emulator.log[0]).toMatchObject({ fault: 'timeout', status: 0 });
  });

  it("lets browsers send the SDK's headers, and read the request ID", async () => {
    const asked = 'authorization,content-type,openai-organization,openai-project,x-stainless-lang,x-stainless-retry-count';
    const preflight = await fetch(`${emulator.url}/v1/images/generations`, {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'POST', 'access-control-request-headers': asked },
    });
    expect(preflight.headers.get('access-control-allow-headers')).toBe(asked);
    const answer = await fetch(`${emulator.url}/v1/models/gpt-image-1`, { headers: { authorization: `Bearer ${DEFAULT_OPENAI_KEY}` } });
    expect(answer.headers.get('access-control-expose-headers')).toContain('x-request-id');
  });
});
