import { BedrockRuntimeServiceException } from '@aws-sdk/client-bedrock-runtime';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { http1Handler } from '../../../emulator/bedrock/client.test-support';
import { type RunningEmulator, startEmulator } from '../../../emulator/server';
import { EMULATOR_KEYS } from '../../../emulator/emulator.test-support';
import type { CutAnswer } from '../../answer-body';
import { AbortingRequestHandler } from '../../aws/request-handler';
import { UserFacingError } from '../../errors';
import { type BedrockConfig, createBedrockProvider } from '../bedrock';
import type { GenerateRequest } from '../types';
import { bedrockFailure } from './errors';
import { BEDROCK_MODELS, type BedrockModelId } from './models';
import { generateRequest } from '../request.test-support';
import { bedrockConfigFor, POST_PROMPT } from './emulated.test-support';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
// A day AWS served every model here, so each family's refusals can be tried; ended models are tested in lib/providers/defaults.test.ts.
beforeEach(() => {
  emulator.reset();
  emulator.knobs.today = '2025-05-01';
});

const TITAN: BedrockModelId = 'amazon.titan-image-generator-v2:0';
/** One model of each family, so every family's way of refusing is tried. */
const ONE_MODEL_PER_FAMILY: BedrockModelId[] = [TITAN, 'amazon.nova-canvas-v1:0', 'stability.stable-image-core-v1:1', 'stability.stable-diffusion-xl-v1'];

/** The UserFacingError a generation ends with; it must never carry a secret, the post or an ARN. */
async function failureOf(model: BedrockModelId, config: Partial<BedrockConfig> = {}, request: Partial<GenerateRequest> = {}) {
  const outcome = await createBedrockProvider(bedrockConfigFor(emulator, model, config))
    .generate(generateRequest(request))
    .then(() => new Error('the generation succeeded'), (error: unknown) => error);
  expect(outcome).toBeInstanceOf(UserFacingError);
  const { code, message } = outcome as UserFacingError;
  for (const secret of [EMULATOR_KEYS.secretAccessKey, POST_PROMPT, 'forbidden', 'arn:']) expect(message).not.toContain(secret);
  return { code, message };
}

describe('Bedrock errors become one sentence with the next step', () => {
  it.each([
    ['AccessDeniedException', TITAN, 'no-access', "Amazon Bedrock gives these AWS keys no access to Amazon Titan Image Generator v2 in us-east-1 — check the model's access in the Bedrock console and the keys' IAM policy."],
    ['AccessDeniedException', 'stability.stable-image-ultra-v1:1', 'no-access', 'Amazon Bedrock could not open Stable Image Ultra to this AWS account: its first use subscribes through AWS Marketplace, so allow aws-marketplace:Subscribe (and ViewSubscriptions) for these keys, then try again in a few minutes.'],
    ['marketplace', 'stability.sd3-5-large-v1:0', 'no-access', expect.stringContaining('Stable Diffusion 3.5 Large to this AWS account: its first use subscribes through AWS Marketplace')],
    ['not-authorized', TITAN, 'no-access', 'These AWS keys may not use Amazon Titan Image Generator v2 (bedrock:InvokeModel is not allowed) — add that permission to their IAM policy.'],
    ['ResourceNotFoundException', 'stability.stable-diffusion-xl-v1', 'model-unavailable', 'Stable Diffusion XL 1.0 has reached the end of its life on Amazon Bedrock — switch to Stable Diffusion 3.5 Large (us-west-2) in the options.'],
    ['not-in-region', 'amazon.titan-image-generator-v1', 'model-unavailable', 'Amazon Titan Image Generator v1 is no longer offered in us-east-1 — switch to Stable Image Core (us-west-2) in the options.'],
    ['ValidationException', TITAN, 'bad-request', 'Amazon Bedrock refused the request to Amazon Titan Image Generator v2 as invalid — check its settings (style, CFG scale, seed) in the options.'],
    ['ConflictException', TITAN, 'bad-request', 'Amazon Bedrock refused the request — check the Bedrock settings in the options.'],
    ['ThrottlingException', TITAN, 'rate-limited', 'Amazon Bedrock is busy (too many requests, even after retrying) — wait a minute and try again.'],
    ['ModelNotReadyException', TITAN, 'rate-limited', 'Amazon Titan Image Generator v2 is still starting up on Amazon Bedrock — try again in a minute.'],
    ['ServiceQuotaExceededException', TITAN, 'quota', 'This AWS account has reached its Amazon Bedrock quota for Amazon Titan Image Generator v2 — try again later, or ask for more in Service Quotas.'],
    ['ModelTimeoutException', TITAN, 'timeout', 'Amazon Titan Image Generator v2 took too long to make the image — try again.'],
    ['ModelErrorException', TITAN, 'service-error', 'Amazon Titan Image Generator v2 failed while making the image — try again.'],
    ['InternalServerException', TITAN, 'service-error', 'Amazon Bedrock had an internal error — try again later.'],
    ['ServiceUnavailableException', TITAN, 'service-error', 'Amazon Bedrock had an internal error — try again later.'],
    ['malformed', TITAN, 'bad-response', 'Amazon Bedrock sent an answer that could not be read — try again.'],
    ['truncated-base64', 'stability.stable-image-core-v1:1', 'bad-response', 'Amazon Bedrock sent an answer that could not be read — try again.'],
  ] as const)('%s from %s → %s', async (fault, model, code, message) => {
    emulator.knobs.faults.push({ service: 'bedrock', error: fault });
    expect(await failureOf(model)).toEqual({ code, message });
  });

  it('names the regions that serve a model when this one does not', async () => {
    emulator.knobs.faults.push({ service: 'bedrock', error: 'not-in-region', times: 2 });
    expect((await failureOf('amazon.nova-canvas-v1:0', { region: 'us-west-2' })).message).toBe(
      'Amazon Nova Canvas is no longer offered in us-west-2 — switch to Stable Image Core (us-west-2) in the options.',
    );
    expect((await failureOf('stability.stable-image-core-v1:1', { region: 'us-east-1' })).message).toBe(
      'Stable Image Core is not offered in us-east-1 — switch the Bedrock region to us-west-2 in the options, or pick another model.',
    );
  });

  it.each(ONE_MODEL_PER_FAMILY)('passes on the content filter’s verdict from %s', async (model) => {
    const prompt = `${POST_PROMPT}, forbidden`;
    expect(await failureOf(model, {}, { prompt })).toEqual({
      code: 'safety',
      message: `${BEDROCK_MODELS[model].label} refused this prompt. Soften the prompt and try again.`,
    });
  });

  it('says so when the filter holds back an image the model made', async () => {
    emulator.knobs.faults.push({ service: 'bedrock', error: 'output-filtered' });
    expect(await failureOf('stability.sd3-5-large-v1:0')).toEqual({
      code: 'safety',
      message: 'Stable Diffusion 3.5 Large held back the image it made (content filter). Soften the prompt and try again.',
    });
  });

  it('tells a wrong secret from an unknown access key', async () => {
    expect(await failureOf(TITAN, { credentials: { kind: 'static', ...EMULATOR_KEYS, secretAccessKey: 'not-it' } })).toEqual({
      code: 'bad-key',
      message: 'Amazon Bedrock rejected the request signature — check the secret access key in the options.',
    });
    expect(await failureOf(TITAN, { credentials: { kind: 'static', accessKeyId: 'AKIDUNKNOWN', secretAccessKey: 'x' } })).toEqual({
      code: 'bad-key',
      message: 'Amazon Bedrock does not recognise the AWS access key — check the access key ID in the options.',
    });
  });
});

describe('cancelling, timing out, retrying', () => {
  it('cancels a call the model never answers when the person presses Cancel', async () => {
    emulator.knobs.faults.push({ service: 'bedrock', error: 'timeout' });
    const controller = new AbortController();
    const outcome = failureOf(TITAN, {}, { signal: controller.signal });
    await vi.waitFor(() => expect(emulator.log).toHaveLength(1));
    controller.abort();
    expect(await outcome).toEqual({ code: 'cancelled', message: 'Cancelled. Press Generate image to try again.' });
  });

  it('gives up on a call that hangs, whether the SDK or the caller sets the time limit', async () => {
    emulator.knobs.faults.push({ service: 'bedrock', error: 'timeout', times: 2 });
    const timedOut = { code: 'timeout', message: 'Amazon Bedrock did not answer in time — try again.' };
    expect(await failureOf(TITAN, { requestHandler: http1Handler(200) })).toEqual(timedOut);
    expect(await failureOf(TITAN, {}, { signal: AbortSignal.timeout(200) })).toEqual(timedOut);
  });

  it('retries throttling until it clears: refused before any work, it is not billed', async () => {
    emulator.knobs.faults.push({ service: 'bedrock', error: 'ThrottlingException', times: 2 }, { service: 'bedrock', error: 'gateway_throttled' });
    const images = await createBedrockProvider(bedrockConfigFor(emulator, TITAN, { maxAttempts: 4 })).generate(generateRequest());
    expect(images).toHaveLength(1);
    expect(emulator.log.map((entry) => entry.errorCode ?? entry.status)).toEqual(['ThrottlingException', 'ThrottlingException', 429, 200]);
  });

  it.each([
    ['InternalServerException', { requestHandler: http1Handler() }],
    ['ServiceUnavailableException', { requestHandler: http1Handler() }],
    ['ModelTimeoutException', { requestHandler: http1Handler() }],
    ['gateway_html', { requestHandler: new AbortingRequestHandler(120_000) }],
    ['cut_body', { requestHandler: new AbortingRequestHandler(120_000) }],
    ['timeout', { requestHandler: http1Handler(200) }],
  ] as const)('does not ask again after %s: the image may have been made and billed', async (fault, config) => {
    emulator.knobs.faults.push({ service: 'bedrock', error: fault, times: 4 });
    await failureOf(TITAN, { maxAttempts: 4, ...config });
    expect(emulator.log).toHaveLength(1);
  });

  it('reports a network failure when Bedrock cannot be reached', async () => {
    const gone = await startEmulator();
    await gone.close();
    expect(await failureOf(TITAN, { endpoint: gone.url })).toEqual({
      code: 'network',
      message: 'Amazon Bedrock could not be reached (network error) — check the connection and the region.',
    });
  });

  it('takes a 25 MB image in its stride, with its real size', async () => {
    emulator.knobs.faults.push({ service: 'bedrock', error: 'huge-image' });
    const [image] = await createBedrockProvider(bedrockConfigFor(emulator, TITAN)).generate(generateRequest());
    expect([image?.width, image?.height, (image?.bytes.length ?? 0) > 25_000_000]).toEqual([2560, 2560, true]);
  });
});

describe('the wire’s faults, through the extension’s own request handler', () => {
  /** The handler the extension uses (fetch, aborted on the wire), with a short time limit. */
  const onTheWire = (timeoutMs = 120_000): Partial<BedrockConfig> => ({ requestHandler: new AbortingRequestHandler(timeoutMs) });
  const proxyFailed = /Something between Post to Image and Amazon Bedrock \(a proxy or gateway\) failed — check the connection and the endpoint/;

  it.each([
    ['gateway_throttled', 'rate-limited', /busy \(too many requests.*wait a minute/],
    ['gateway_html', 'network', proxyFailed],
    ['cut_body', 'network', /cut off on the way.*check the connection/],
    ['empty_body', 'bad-response', /could not be read/],
  ])('%s → %s, never a credentials problem with static keys', async (fault, code, sentence) => {
    emulator.knobs.faults.push({ service: 'bedrock', error: fault });
    const failure = await failureOf(TITAN, onTheWire());
    expect(failure).toEqual({ code, message: expect.stringMatching(sentence) });
    expect(failure.message).not.toMatch(/Cognito|credentials|keys/);
  });

  it('keeps what a cut-off answer did bring, for the ledger', async () => {
    emulator.knobs.faults.push({ service: 'bedrock', error: 'cut_body' });
    const received: string[] = [];
    const paidCalls: GenerateRequest['paidCalls'] = (_call, ask) => ask().catch((error: unknown) => {
      received.push((error as CutAnswer).received);
      throw error;
    });
    await failureOf(TITAN, onTheWire(), { paidCalls });
    expect(received).toEqual([expect.stringMatching(/^\{"images":\["/)]);
  });

  it('closes a call that hangs once its time is up, and one the person cancels: nothing is left open', async () => {
    emulator.knobs.faults.push({ service: 'bedrock', error: 'timeout', times: 2 });
    expect(await failureOf(TITAN, onTheWire(200))).toEqual({ code: 'timeout', message: 'Amazon Bedrock did not answer in time — try again.' });
    await vi.waitFor(() => expect(emulator.openCalls()).toEqual([]));
    const controller = new AbortController();
    const outcome = failureOf(TITAN, onTheWire(), { signal: controller.signal });
    await vi.waitFor(() => expect(emulator.openCalls()).toHaveLength(1));
    controller.abort();
    expect((await outcome).code).toBe('cancelled');
    await vi.waitFor(() => expect(emulator.openCalls()).toEqual([]));
  });
});

describe('bedrockFailure, for what the emulator cannot stage', () => {
  const context = { model: BEDROCK_MODELS[TITAN], region: 'us-east-1', signal: new AbortController().signal };
  const serviceError = (name: string, message: string, httpStatusCode: number) =>
    new BedrockRuntimeServiceException({ name, message, $fault: 'client', $metadata: { httpStatusCode } });

  it('points at the clock when the signature is out of date, and at fresh keys when the session ended', () => {
    expect(bedrockFailure(serviceError('InvalidSignatureException', 'Signature expired: 20261124T100000Z is now earlier than …', 403), context).message).toBe(
      "Amazon Bedrock says the request was signed at the wrong time — check this computer's clock.",
    );
    expect(bedrockFailure(serviceError('ExpiredTokenException', 'The security token included in the request is expired', 403), context).code).toBe('bad-key');
  });

  it('blames the identity pool when Cognito, not Bedrock, refused', () => {
    const cognito = Object.assign(new Error('IdentityPool not found'), { name: 'ResourceNotFoundException', $fault: 'client', $metadata: { httpStatusCode: 400 } });
    expect(bedrockFailure(cognito, context)).toMatchObject({
      code: 'bad-key',
      message: 'Amazon Cognito gave no credentials — check the identity pool in the options.',
    });
  });
});

