import { type BedrockRuntimeClient, InvokeModelCommand } from '@aws-sdk/client-bedrock-runtime';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bedrockInvocations } from './bedrock/invocations';
import { bedrockClientFor } from './bedrock/client.test-support';
import { type RunningEmulator, startEmulator } from './server';
import { EMULATOR_KEYS } from './emulator.test-support';

let emulator: RunningEmulator;
let client: BedrockRuntimeClient;
let westClient: BedrockRuntimeClient;

beforeAll(async () => {
  emulator = await startEmulator();
  client = bedrockClientFor(emulator);
  westClient = bedrockClientFor(emulator, { region: 'us-west-2' });
});
afterAll(() => emulator.close());
/** These tests check each model's rules on a day every one of them was served; today's refusals are tested apart. */
const EVERY_MODEL_SERVED = '2025-05-01';
beforeEach(() => {
  emulator.reset();
  emulator.knobs.today = EVERY_MODEL_SERVED;
  bedrockInvocations(emulator.url).length = 0;
});

const TITAN = 'amazon.titan-image-generator-v2:0';
const NOVA = 'amazon.nova-canvas-v1:0';
const SD35 = 'stability.sd3-5-large-v1:0';
const CORE = 'stability.stable-image-core-v1:1';
const SDXL = 'stability.stable-diffusion-xl-v1';

type Failure = Error & { $metadata: { httpStatusCode?: number }; $response?: { headers: Record<string, string> } };

/** Stability's models are served in us-west-2 only; the others in us-east-1 among others. */
const clientFor = (modelId: string) => (modelId.startsWith('stability.') ? westClient : client);

async function invoke(modelId: string, body: unknown, through = clientFor(modelId)): Promise<Record<string, unknown>> {
  const response = await through.send(
    new InvokeModelCommand({ modelId, body: new TextEncoder().encode(JSON.stringify(body)), contentType: 'application/json', accept: 'application/json' }),
  );
  return JSON.parse(response.body.transformToString()) as Record<string, unknown>;
}

async function failureOf(promise: Promise<unknown>): Promise<Failure> {
  try {
    await promise;
  } catch (error) {
    return error as Failure;
  }
  throw new Error('the call succeeded');
}

function decode(base64: unknown): PNG {
  return PNG.sync.read(Buffer.from(String(base64), 'base64'));
}

const titan = (config: object = {}, text = 'A lighthouse at dawn') => ({
  taskType: 'TEXT_IMAGE',
  textToImageParams: { text },
  imageGenerationConfig: { numberOfImages: 1, width: 512, height: 512, ...config },
});
const nova = (config: object = {}, textParams: object = {}) => ({
  taskType: 'TEXT_IMAGE',
  textToImageParams: { text: 'A lighthouse at dawn', ...textParams },
  imageGenerationConfig: { width: 1200, height: 624, ...config },
});
const stability = (extra: object = {}) => ({ prompt: 'A lighthouse at dawn', aspect_ratio: '16:9', output_format: 'png', mode: 'text-to-image', ...extra });
const sdxl = (extra: object = {}) => ({ text_prompts: [{ text: 'A lighthouse at dawn', weight: 1 }], width: 1344, height: 768, ...extra });

describe('emulated Bedrock image models draw real PNGs from the request', () => {
  it('at the size each model was asked for', async () => {
    const answers = await Promise.all([
      invoke(TITAN, titan({ width: 1173, height: 640 })),
      invoke(NOVA, nova()),
      invoke(SD35, stability()),
      invoke(SDXL, sdxl()),
    ]);
    const [titanImage, novaImage] = answers.slice(0, 2).map((answer) => decode((answer.images as string[])[0]));
    expect([titanImage!.width, titanImage!.height]).toEqual([1173, 640]);
    expect([novaImage!.width, novaImage!.height]).toEqual([1200, 624]);
    const stable = decode((answers[2]!.images as string[])[0]);
    expect([stable.width, stable.height]).toEqual([1344, 768]); // 16:9 at about a megapixel
    expect(answers[2]).toMatchObject({ finish_reasons: [null], seeds: [expect.any(Number)] });
    const [artifact] = answers[3]!.artifacts as Array<{ base64: string; finishReason: string }>;
    expect(artifact!.finishReason).toBe('SUCCESS');
    expect(decode(artifact!.base64).width).toBe(1344);
    expect(emulator.log.map((entry) => [entry.operation, entry.status]).sort()).toEqual([
      [TITAN, 200],
      [NOVA, 200],
      [SD35, 200],
      [SDXL, 200],
    ].sort());
  });

  it('different for each image, prompt and seed, the same for the same request', async () => {
    const { images: batch } = await invoke(TITAN, titan({ numberOfImages: 3, seed: 5 }));
    const { images: again } = await invoke(TITAN, titan({ numberOfImages: 3, seed: 5 }));
    const { images: otherPrompt } = await invoke(TITAN, titan({ numberOfImages: 1, seed: 5 }, 'A harbour at night'));
    const { images: otherSeed } = await invoke(TITAN, titan({ numberOfImages: 1, seed: 6 }));
    const all = [...(batch as string[]), ...(otherPrompt as string[]), ...(otherSeed as string[])];
    expect(new Set(all).size).toBe(5);
    expect(again).toEqual(batch);
  });

  it('records what each call carried, for tests of the provider', async () => {
    await invoke(NOVA, nova({ seed: 3 }, { style: 'PHOTOREALISM' }), bedrockClientFor(emulator, { region: 'eu-west-1' }));
    expect(bedrockInvocations(emulator.url)).toEqual([
      { modelId: NOVA, region: 'eu-west-1', contentType: 'application/json', accept: 'application/json', body: nova({ seed: 3 }, { style: 'PHOTOREALISM' }) },
    ]);
  });
});

describe('emulated Bedrock image models check requests as the real ones do', () => {
  const malformed = (violation: string) => `Malformed input request: ${violation}, please reformat your input and try again.`;

  it.each([
    ['Titan: a prompt over 512 characters', TITAN, titan({}, 'a'.repeat(513)), malformed('#/textToImageParams/text: expected maxLength: 512, actual: 513')],
    ['Titan: an empty prompt', TITAN, titan({}, ''), malformed('#/textToImageParams/text: expected minLength: 1, actual: 0')],
    ['Titan: a size off its list', TITAN, titan({ width: 1200, height: 627 }), malformed('#/imageGenerationConfig: 1200x627 is not a supported combination of width and height')],
    ['Titan: cfgScale above 10', TITAN, titan({ cfgScale: 11 }), malformed('#/imageGenerationConfig/cfgScale: 11 is not less or equal to 10')],
    ['Titan: six images', TITAN, titan({ numberOfImages: 6 }), malformed('#/imageGenerationConfig/numberOfImages: 6 is not less or equal to 5')],
    ['Titan: a Nova style', TITAN, { ...titan(), textToImageParams: { text: 'x', style: 'PHOTOREALISM' } }, malformed('#/textToImageParams: extraneous key [style] is not permitted')],
    ['Nova: a prompt over 1024 characters', NOVA, nova({}, { text: 'é'.repeat(1025) }), malformed('#/textToImageParams/text: expected maxLength: 1024, actual: 1025')],
    ['Nova: a side off the 16-pixel grid', NOVA, nova({ width: 1000 }), malformed('#/imageGenerationConfig/width: 1000 is not a multiple of 16')],
    ['Nova: a side under 320', NOVA, nova({ height: 304 }), malformed('#/imageGenerationConfig/height: 304 is not greater or equal to 320')],
    ['Nova: a shape beyond 4:1', NOVA, nova({ width: 1440, height: 336 }), 'The aspect ratio of the image must be between 1:4 and 4:1.'],
    ['Nova: more than 4.19 megapixels', NOVA, nova({ width: 2048, height: 2064 }), 'The total pixel count of the image must be at most 4,194,304.'],
    ['Nova: an unknown style', NOVA, nova({}, { style: 'WATERCOLOUR' }), malformed('#/textToImageParams/style: WATERCOLOUR is not a valid enum value')],
    ['Stability: an aspect ratio off its list', SD35, stability({ aspect_ratio: '7:3' }), malformed('#/aspect_ratio: 7:3 is not a valid enum value')],
    ['Stability: cfg_scale for Stable Image Core', CORE, stability({ cfg_scale: 5 }), malformed('#: extraneous key [cfg_scale] is not permitted')],
    ['Stability: a prompt over 10,000 characters', CORE, stability({ prompt: 'a'.repeat(10_001) }), malformed('#/prompt: expected maxLength: 10000, actual: 10001')],
    ['Stability: no prompt', SD35, { aspect_ratio: '1:1' }, malformed('#: required key [prompt] not found')],
    ['SDXL: a size off its list', SDXL, sdxl({ width: 1200, height: 627 }), expect.stringContaining('Invalid dimensions 1200x627')],
    ['SDXL: two samples', SDXL, sdxl({ samples: 2 }), malformed('#/samples: 2 is not less or equal to 1')],
    ['a model Bedrock does not have', 'amazon.titan-image-generator-v9', titan(), 'The provided model identifier is invalid.'],
  ])('refuses %s with a ValidationException', async (_case, modelId, body, message) => {
    const error = await failureOf(invoke(modelId, body));
    expect([error.name, error.$metadata.httpStatusCode]).toEqual(['ValidationException', 400]);
    expect(error.message).toEqual(message);
  });

  it('takes cfg_scale from SD3.5 Large, and a body that is not JSON from nobody', async () => {
    await expect(invoke(SD35, stability({ cfg_scale: 5 }))).resolves.toMatchObject({ finish_reasons: [null] });
    const notJson = await failureOf(
      client.send(new InvokeModelCommand({ modelId: TITAN, body: new TextEncoder().encode('{"taskType": '), contentType: 'application/json' })),
    );
    expect(notJson.name).toBe('ValidationException');
  });
});

describe('emulated content filters refuse prompts with "forbidden", in each model family’s way', () => {
  it('Titan and Nova Canvas answer a ValidationException', async () => {
    for (const [modelId, body] of [
      [TITAN, titan({}, 'A forbidden picture')],
      [NOVA, nova({}, { text: 'A forbidden picture' })],
    ] as const) {
      const error = await failureOf(invoke(modelId, body));
      expect([error.name, error.message]).toEqual(['ValidationException', 'This request has been blocked by our content filters.']);
    }
  });

  it('Stability answers 200 with the filter reason and no image; SDXL marks the artifact', async () => {
    expect(await invoke(CORE, stability({ prompt: 'A forbidden picture' }))).toEqual({ finish_reasons: ['Filter reason: prompt'] });
    const { artifacts } = await invoke(SDXL, sdxl({ text_prompts: [{ text: 'A forbidden picture' }] }));
    expect(artifacts).toEqual([expect.objectContaining({ finishReason: 'CONTENT_FILTERED' })]);
  });
});

describe('emulated Bedrock authentication and faults', () => {
  it('refuses an unknown access key and a wrong secret, naming the code in x-amzn-ErrorType', async () => {
    const stranger = bedrockClientFor(emulator, { credentials: { accessKeyId: 'AKIDNOBODYKNOWS', secretAccessKey: 'x' } });
    const unknown = await failureOf(invoke(TITAN, titan(), stranger));
    expect([unknown.name, unknown.$metadata.httpStatusCode]).toEqual(['UnrecognizedClientException', 403]);
    const forger = bedrockClientFor(emulator, { credentials: { ...EMULATOR_KEYS, secretAccessKey: 'guessed' } });
    const forged = await failureOf(invoke(TITAN, titan(), forger));
    expect([forged.name, forged.$metadata.httpStatusCode]).toEqual(['InvalidSignatureException', 403]);
    expect(forged.$response?.headers['x-amzn-errortype']).toBe('InvalidSignatureException:http://internal.amazon.com/coral/com.amazon.coral.service/');
  });

  it.each([
    ['AccessDeniedException', 403, "You don't have access to the model with the specified model ID."],
    ['ThrottlingException', 429, 'Too many requests, please wait before trying again.'],
    ['ModelNotReadyException', 429, expect.stringContaining('Model is not ready')],
    ['ModelTimeoutException', 408, expect.stringContaining('Model has timed out')],
    ['ModelErrorException', 424, expect.any(String)],
    ['ResourceNotFoundException', 404, 'This model version has reached the end of its life. Please refer to the AWS documentation for more details.'],
    ['ServiceQuotaExceededException', 400, expect.stringContaining('exceeds the service quota')],
    ['InternalServerException', 500, expect.any(String)],
    ['ServiceUnavailableException', 503, expect.any(String)],
  ])('answers an injected %s with status %i', async (code, status, message) => {
    emulator.knobs.faults.push({ service: 'bedrock', error: code });
    const error = await failureOf(invoke(TITAN, titan()));
    expect([error.name, error.$metadata.httpStatusCode, error.message]).toEqual([code, status, message]);
    expect(error.$response?.headers['x-amzn-errortype']).toBe(`${code}:http://internal.amazon.com/coral/com.amazon.bedrock/`);
  });

  it('aims a fault at one model: not served in the region, or denied by IAM or AWS Marketplace', async () => {
    emulator.knobs.faults.push(
      { service: 'bedrock', operation: NOVA, error: 'not-in-region' },
      { service: 'bedrock', operation: TITAN, error: 'not-authorized' },
      { service: 'bedrock', operation: SD35, error: 'marketplace' },
    );
    await expect(invoke(CORE, stability())).resolves.toMatchObject({ finish_reasons: [null] });
    const missing = await failureOf(invoke(NOVA, nova()));
    expect([missing.name, missing.message]).toEqual(['ValidationException', 'The provided model identifier is invalid.']);
    const unauthorised = await failureOf(invoke(TITAN, titan()));
    expect(unauthorised.message).toContain('is not authorized to perform: bedrock:InvokeModel');
    const marketplace = await failureOf(invoke(SD35, stability()));
    expect([marketplace.name, marketplace.message]).toEqual(['AccessDeniedException', expect.stringContaining('aws-marketplace:Subscribe')]);
  });

  it('judges a made image unfit on request, in each family’s way', async () => {
    emulator.knobs.faults.push({ service: 'bedrock', error: 'output-filtered', times: 3 });
    expect((await failureOf(invoke(NOVA, nova()))).message).toBe('This request has been blocked by our content filters.');
    expect(await invoke(SD35, stability())).toEqual({ finish_reasons: ['Filter reason: output image'] });
    expect((await invoke(SDXL, sdxl())).artifacts).toEqual([expect.objectContaining({ finishReason: 'CONTENT_FILTERED' })]);
  });

  it('sends a truncated image, a 25 MB image, or JSON cut short on request', async () => {
    emulator.knobs.faults.push(
      { service: 'bedrock', error: 'truncated-base64' },
      { service: 'bedrock', error: 'huge-image' },
      { service: 'bedrock', error: 'malformed' },
    );
    const truncated = Buffer.from(String(((await invoke(TITAN, titan())).images as string[])[0]), 'base64');
    expect(truncated.subarray(1, 4).toString()).toBe('PNG');
    expect(() => PNG.sync.read(truncated)).toThrow();
    const [huge] = (await invoke(CORE, stability())).images as string[];
    expect(Buffer.from(huge!, 'base64').length).toBeGreaterThan(25_000_000);
    expect(decode(huge).width).toBe(2560);
    await expect(invoke(TITAN, titan())).rejects.toThrow(SyntaxError);
  });
});
