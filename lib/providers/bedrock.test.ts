import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bedrockInvocations } from '../../emulator/bedrock/invocations';
import { type RunningEmulator, startEmulator } from '../../emulator/server';
import { BEDROCK_MODEL_IDS, BEDROCK_MODELS, BEDROCK_REGIONS, type BedrockConfig, type BedrockModelId, createBedrockProvider, testBedrock } from './bedrock';
import { bedrockConfigFor, POST_PROMPT } from './bedrock/emulated.test-support';
import { generateRequest } from './request.test-support';
import type { GenerateRequest } from './types';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(() => emulator.close());
/** The ended models' request shapes are checked on a day AWS still served every model; today's refusals are tested apart. */
const ALL_SERVED = '2025-05-01';
beforeEach(() => {
  emulator.reset();
  emulator.knobs.today = ALL_SERVED;
  bedrockInvocations(emulator.url).length = 0;
});

async function generate(model: BedrockModelId, config: Partial<BedrockConfig>, request: Partial<GenerateRequest> = {}) {
  return createBedrockProvider(bedrockConfigFor(emulator, model, config)).generate(generateRequest(request));
}

const calls = () => bedrockInvocations(emulator.url);
const bodies = () => calls().map((call) => call.body);
const anySeed = (max: number) => expect.toSatisfy((seed: number) => Number.isInteger(seed) && seed >= 0 && seed <= max);

describe('each model gets its own request shape, through the real SDK', () => {
  it('Titan v2: several images in one call, at its listed size nearest the format, with every knob', async () => {
    const config = { cfgScale: 12, seed: 7, negativePrompt: ' text, watermark ', quality: 'premium', stylePreset: 'PHOTOREALISM' } as const;
    const images = await generate('amazon.titan-image-generator-v2:0', config, { count: 3 });
    expect(bodies()).toEqual([
      {
        taskType: 'TEXT_IMAGE',
        textToImageParams: { text: POST_PROMPT, negativeText: 'text, watermark' },
        // cfgScale clamped to Titan's 10; Nova's style left out.
        imageGenerationConfig: { numberOfImages: 3, quality: 'premium', width: 1408, height: 768, cfgScale: 10, seed: 7 },
      },
    ]);
    expect(calls()[0]).toMatchObject({ region: 'us-east-1', contentType: 'application/json', accept: 'application/json' });
    expect(emulator.log.map((entry) => [entry.operation, entry.status])).toEqual([['amazon.titan-image-generator-v2:0', 200]]);
    expect(images.map(({ mimeType, width, height }) => [mimeType, width, height])).toEqual(Array(3).fill(['image/png', 1408, 768]));
    expect(new Set(images.map((image) => Buffer.from(image.bytes).toString('base64'))).size).toBe(3);
  });

  it('Titan v1: a fresh random seed when none is set, and the model defaults otherwise', async () => {
    await generate('amazon.titan-image-generator-v1', {}, { format: 'square' });
    expect(bodies()).toEqual([
      {
        taskType: 'TEXT_IMAGE',
        textToImageParams: { text: POST_PROMPT },
        imageGenerationConfig: { numberOfImages: 1, quality: 'standard', width: 1024, height: 1024, seed: anySeed(2_147_483_646) },
      },
    ]);
  });

  it('Nova Canvas: any size on its 16-pixel grid, and its visual style', async () => {
    const images = await generate('amazon.nova-canvas-v1:0', { region: 'eu-west-1', stylePreset: 'FLAT_VECTOR_ILLUSTRATION' }, { format: 'portrait', count: 2 });
    expect(bodies()).toEqual([
      {
        taskType: 'TEXT_IMAGE',
        textToImageParams: { text: POST_PROMPT, style: 'FLAT_VECTOR_ILLUSTRATION' },
        imageGenerationConfig: { numberOfImages: 2, quality: 'standard', width: 1088, height: 1360, seed: anySeed(858_993_459) },
      },
    ]);
    expect(calls()[0]?.region).toBe('eu-west-1');
    expect(images.map(({ width, height }) => [width, height])).toEqual([
      [1088, 1360],
      [1088, 1360],
    ]);
  });

  it('SD3.5 Large: one call an image, the nearest aspect ratio, consecutive seeds and cfg_scale', async () => {
    const images = await generate('stability.sd3-5-large-v1:0', { seed: 41, cfgScale: 4.5, negativePrompt: 'blurry' }, { count: 2 });
    const body = (seed: number) => ({
      prompt: POST_PROMPT,
      negative_prompt: 'blurry',
      aspect_ratio: '16:9',
      seed,
      output_format: 'png',
      mode: 'text-to-image',
      cfg_scale: 4.5,
    });
    expect(bodies()).toEqual([body(41), body(42)]);
    expect(calls().map((call) => call.region)).toEqual(['us-west-2', 'us-west-2']);
    expect(images.map(({ width, height }) => [width, height])).toEqual([
      [1344, 768],
      [1344, 768],
    ]);
  });

  it.each([
    ['stability.stable-image-core-v1:1', 'square', '1:1'],
    ['stability.stable-image-ultra-v1:1', 'portrait', '4:5'],
  ] as const)('%s: no cfg_scale, which it refuses, and seed 0 for a random one', async (model, format, aspectRatio) => {
    await generate(model, { cfgScale: 7 }, { format });
    expect(bodies()).toEqual([{ prompt: POST_PROMPT, aspect_ratio: aspectRatio, seed: 0, output_format: 'png', mode: 'text-to-image' }]);
  });

  it('SDXL: weighted text prompts, a listed size and its style preset', async () => {
    const images = await generate('stability.stable-diffusion-xl-v1', { stylePreset: 'photographic', negativePrompt: 'blurry', cfgScale: 40 });
    expect(bodies()).toEqual([
      {
        text_prompts: [
          { text: POST_PROMPT, weight: 1 },
          { text: 'blurry', weight: -1 },
        ],
        cfg_scale: 35,
        width: 1344,
        height: 768,
        seed: 0,
        samples: 1,
        style_preset: 'photographic',
      },
    ]);
    expect(images).toHaveLength(1);
  });

  it('trims the prompt to what the model takes, so a long post still makes an image', async () => {
    const long = `${POST_PROMPT}, `.repeat(30);
    await generate('amazon.titan-image-generator-v2:0', {}, { prompt: long });
    await generate('amazon.nova-canvas-v1:0', {}, { prompt: long });
    const texts = bodies().map((body) => (body as { textToImageParams: { text: string } }).textToImageParams.text);
    expect(texts.map((text) => text.length <= 512)).toEqual([true, false]);
    expect(texts[1]!.length).toBeLessThanOrEqual(1024);
    expect(texts.every((text) => long.startsWith(text))).toBe(true);
    expect(emulator.log.map((entry) => entry.status)).toEqual([200, 200]);
  });
});

describe('Nova 2 Omni through Converse', () => {
  const OMNI = 'us.amazon.nova-2-omni-v1:0';

  it('asks for the size in the system prompt and takes the image block, one image a call', async () => {
    emulator.knobs.today = '2026-12-04';
    const images = await generate(OMNI, { cfgScale: 7, seed: 3 }, { count: 2 });
    expect(bodies()).toEqual(
      Array(2).fill({
        system: [{ text: "Generate an image with dimensions 1200x627 pixels based on the user's request." }],
        messages: [{ role: 'user', content: [{ text: POST_PROMPT }] }],
        inferenceConfig: { maxTokens: 10_000, temperature: 0, topP: 1 },
      }),
    );
    expect(calls()[0]).toMatchObject({ modelId: OMNI, region: 'us-east-1' });
    expect(images.map(({ mimeType, width, height }) => [mimeType, width, height])).toEqual(Array(2).fill(['image/png', 1200, 627]));
  });

  it('says so when the model answers in words only, or its content filter stops it', async () => {
    emulator.knobs.faults.push({ service: 'bedrock', error: 'text-only' });
    await expect(generate(OMNI, {})).rejects.toMatchObject({
      code: 'no-image',
      message: 'Amazon Nova 2 Omni (preview) answered in words, without an image — reword the prompt as a picture to draw, or try again.',
    });
    await expect(generate(OMNI, {}, { prompt: 'A forbidden scene' })).rejects.toMatchObject({ code: 'safety' });
  });
});

describe('the catalogue and the provider it describes', () => {
  it.each(BEDROCK_MODEL_IDS)('%s names itself and its prompt limit', (id) => {
    const provider = createBedrockProvider(bedrockConfigFor(emulator, id));
    expect(provider).toMatchObject({ id: 'bedrock', label: `${BEDROCK_MODELS[id].label} on Amazon Bedrock`, promptLimit: BEDROCK_MODELS[id].promptLimit });
  });

  it('lists the regions where some model is offered', () => {
    expect(BEDROCK_REGIONS).toEqual(['us-east-1', 'us-east-2', 'us-west-2']);
  });
});

describe('testBedrock', () => {
  it('makes the smallest, cheapest image the model allows', async () => {
    expect(await testBedrock(bedrockConfigFor(emulator, 'stability.stable-image-core-v1:1'))).toEqual({
      ok: true,
      sentence: 'Stable Image Core answered from us-west-2: the Bedrock settings work.',
    });
    bedrockInvocations(emulator.url).length = 0;
    await testBedrock(bedrockConfigFor(emulator, 'amazon.titan-image-generator-v2:0', { quality: 'premium' }));
    await testBedrock(bedrockConfigFor(emulator, 'amazon.nova-canvas-v1:0'));
    const configs = bodies().map((body) => (body as { imageGenerationConfig: object }).imageGenerationConfig);
    expect(configs).toEqual([
      expect.objectContaining({ numberOfImages: 1, quality: 'standard', width: 512, height: 512 }),
      expect.objectContaining({ numberOfImages: 1, quality: 'standard', width: 320, height: 320 }),
    ]);
  });

  it('says in one sentence why the settings do not work', async () => {
    emulator.knobs.faults.push({ service: 'bedrock', error: 'not-in-region' });
    expect(await testBedrock(bedrockConfigFor(emulator, 'amazon.nova-canvas-v1:0'))).toEqual({
      ok: false,
      sentence: 'Amazon Nova Canvas is no longer offered in us-east-1 — switch to Stable Image Core (us-west-2) in the options.',
    });
    emulator.knobs.faults.push({ service: 'bedrock', error: 'not-in-region' });
    expect(await testBedrock(bedrockConfigFor(emulator, 'stability.stable-image-ultra-v1:1', { region: 'us-east-1' }))).toEqual({
      ok: false,
      sentence: 'Stable Image Ultra is not offered in us-east-1 — switch the Bedrock region to us-west-2 in the options, or pick another model.',
    });
  });
});
