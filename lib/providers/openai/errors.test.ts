import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openaiClientFor } from '../../../emulator/openai/client.test-support';
import { UserFacingError } from '../../errors';
import { createOpenAIProvider, testOpenAI, type OpenAIConfig } from '../openai';
import type { GenerateRequest } from '../types';
import { openAIFailure } from './errors';
import { generateRequest } from '../request.test-support';
import { TEST_KEY, useEmulatedOpenAI } from './emulated.test-support';

const openai = useEmulatedOpenAI();

/** The UserFacingError a generation fails with. */
async function failureOf(config: Partial<OpenAIConfig> = {}, request: Partial<GenerateRequest> = {}): Promise<UserFacingError> {
  try {
    await createOpenAIProvider(openai.config(config)).generate(generateRequest(request));
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    return error as UserFacingError;
  }
  throw new Error('the generation succeeded');
}

function expectNoKey(sentence: string, key: string) {
  expect(sentence).not.toContain(key);
  expect(sentence).not.toContain(key.slice(-4));
  expect(sentence).not.toContain(key.slice(0, 7));
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('OpenAI failures, each as one sentence with a code', () => {
  it('refuses a wrong key without repeating it, though OpenAI does', async () => {
    const wrongKey = 'sk-proj-typedWrongly-0000-ABCD';
    const failure = await failureOf({ apiKey: wrongKey });
    expect([failure.code, failure.message]).toEqual(['bad-key', "OpenAI refused the API key. Check it in Post to Image's options."]);
    expectNoKey(failure.message, wrongKey);
    expect((await failureOf({ apiKey: '  ' })).code).toBe('bad-key');
  });

  it.each([
    ['organization_not_verified', 'no-access', /only to verified organisations/],
    ['model_not_found', 'model-unavailable', /^This OpenAI endpoint does not offer gpt-image-2\.5-flare: switch to GPT Image 2\.5 Sunburst in the options\.$/],
    ['rate_limit_exceeded', 'rate-limited', /too many requests/],
    ['insufficient_quota', 'quota', /out of credit/],
    ['moderation_blocked', 'safety', /^OpenAI's safety system refused this prompt\. Soften the prompt and try again\.$/],
    ['server_error', 'unavailable', /problem on its side/],
    ['malformed', 'bad-response', /could not read/],
    ['truncated_base64', 'bad-response', /could not read/],
  ])('%s → %s', async (fault, code, sentence) => {
    openai.emulator.knobs.faults.push({ service: 'openai', error: fault });
    const failure = await failureOf();
    expect(failure.code).toBe(code);
    expect(failure.message).toMatch(sentence);
    expectNoKey(failure.message, TEST_KEY);
  });

  const cutOff = /cut off on the way.*check the connection/;
  const notOpenAI = /a proxy or gateway\) answered instead of OpenAI: check the connection and the endpoint/;
  it.each([
    ['one-piece', 'cut_body', 'network', cutOff],
    ['one-piece', 'empty_body', 'bad-response', /empty answer/],
    ['one-piece', 'gateway_throttled', 'rate-limited', /too many requests.*wait a minute/],
    ['one-piece', 'gateway_html', 'network', notOpenAI],
    ['streamed', 'cut_body', 'network', cutOff],
    ['streamed', 'empty_body', 'bad-response', /empty answer/],
    ['streamed', 'gateway_throttled', 'rate-limited', /too many requests.*wait a minute/],
    ['streamed', 'gateway_html', 'network', notOpenAI],
  ])('the wire’s faults, %s: %s → %s', async (shape, fault, code, sentence) => {
    openai.emulator.knobs.faults.push({ service: 'openai', error: fault });
    const failure = await failureOf({}, shape === 'streamed' ? { onPartialImage: () => undefined } : {});
    expect([failure.code, failure.message]).toEqual([code, expect.stringMatching(sentence)]);
    expect(failure.message).not.toMatch(/credential|API key/);
  });

  it('refuses prompts through the safety system of both model families', async () => {
    openai.emulator.knobs.today = '2026-05-01'; // while DALL·E 3 was still served
    expect((await failureOf({ model: 'gpt-image-2.5-flare' }, { prompt: 'a forbidden scene' })).code).toBe('safety');
    expect((await failureOf({ model: 'dall-e-3' }, { prompt: 'a forbidden scene' })).code).toBe('safety');
  });

  it('calls a parameter OpenAI does not know a bug', async () => {
    const client = openaiClientFor(openai.emulator, { apiKey: TEST_KEY });
    const refusal = await client.images.generate({ model: 'gpt-image-2.5-flare', prompt: 'a cat', response_format: 'b64_json' }).catch((error: unknown) => error);
    const failure = openAIFailure(refusal, 'gpt-image-2.5-flare') as UserFacingError;
    expect([failure.code, failure.message]).toEqual([
      'bad-request',
      'OpenAI refused a setting Post to Image sent to gpt-image-2.5-flare (a bug in Post to Image): pick another model in the options for now.',
    ]);
  });

  it('asks again after rate limits (refused before any work, so not billed) until they clear', async () => {
    openai.emulator.knobs.faults.push({ service: 'openai', error: 'rate_limit_exceeded', times: 2 }, { service: 'openai', error: 'gateway_throttled' });
    const images = await createOpenAIProvider(openai.config({ maxRetries: 3 })).generate(generateRequest());
    expect(images).toHaveLength(1);
    expect(openai.emulator.log.map((entry) => entry.status)).toEqual([429, 429, 429, 200]);
  });

  it.each(['server_error', 'gateway_html', 'cut_body', 'timeout'])('does not ask again after %s: the image may have been made and billed', async (fault) => {
    openai.emulator.knobs.faults.push({ service: 'openai', error: fault, times: 3 });
    await failureOf({ maxRetries: 2, timeoutMs: 200 });
    expect(openai.emulator.log).toHaveLength(1);
  });

  it('still retries a free call (the settings test) after a server error', async () => {
    openai.emulator.knobs.faults.push({ service: 'openai', error: 'server_error' });
    expect(await testOpenAI(openai.config({ maxRetries: 2 }))).toMatchObject({ ok: true });
    expect(openai.emulator.log.map((entry) => entry.status)).toEqual([500, 200]);
  });

  it('does not retry an exhausted quota, which waiting cannot fix', async () => {
    openai.emulator.knobs.faults.push({ service: 'openai', error: 'insufficient_quota', times: 3 });
    expect((await failureOf({ maxRetries: 2 })).code).toBe('quota');
    expect(openai.emulator.log).toHaveLength(1);
  });

  it('gives up on a call that never answers', async () => {
    openai.emulator.knobs.faults.push({ service: 'openai', error: 'timeout' });
    const failure = await failureOf({ timeoutMs: 100 });
    expect([failure.code, failure.message]).toEqual(['timeout', 'OpenAI did not answer in time: try again, or pick a lower quality in the options.']);
  });

  it('says when OpenAI cannot be reached', async () => {
    const failure = await failureOf({ baseURL: `http://127.0.0.1:${await closedPort()}/v1` });
    expect(failure.code).toBe('network');
  });

  it('cancels a call in flight, streamed or not', async () => {
    for (const onPartialImage of [undefined, () => {}]) {
      openai.emulator.reset();
      openai.emulator.knobs.faults.push({ service: 'openai', error: 'timeout' });
      const controller = new AbortController();
      const pending = failureOf({}, { signal: controller.signal, onPartialImage });
      await expect.poll(() => openai.emulator.log.length).toBe(1);
      controller.abort();
      const failure = await pending;
      expect([failure.code, failure.message]).toEqual(['cancelled', 'Cancelled. Press Generate image to try again.']);
    }
  });

  it('cancels while the stream is being read', async () => {
    const controller = new AbortController();
    const failure = await failureOf({ model: 'gpt-image-2' }, { signal: controller.signal, onPartialImage: () => controller.abort() });
    expect(failure.code).toBe('cancelled');
  });

  it('passes a 25 MB image on whole, for the pipeline to fit', async () => {
    openai.emulator.knobs.faults.push({ service: 'openai', error: 'huge_image' });
    const [image] = await createOpenAIProvider(openai.config()).generate(generateRequest());
    expect(image?.bytes.length).toBeGreaterThan(25 * 1024 * 1024);
    expect([image?.mimeType, image?.width, image?.height]).toEqual(['image/png', 2960, 2960]);
  });
});
