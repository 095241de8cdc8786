import type OpenAI from 'openai';
import { BadRequestError } from 'openai';
import { beforeAll, describe, expect, it } from 'vitest';
import { openaiCallsTo } from './openai';
import { apiFailureOf, decodePng, openaiClientFor } from './openai/client.test-support';
import type { RunningEmulator } from './server';
import { useEmulatorOn } from './emulator.test-support';

/** These tests check each model's rules on a day every one of them was served; today's refusals are tested apart. */
const EVERY_MODEL_SERVED = '2026-05-01';
const emulated = useEmulatorOn(EVERY_MODEL_SERVED);
let emulator: RunningEmulator;
let client: OpenAI;

beforeAll(() => {
  emulator = emulated.emulator;
  client = openaiClientFor(emulator);
});

const generate = (body: Record<string, unknown>) => client.images.generate(body as unknown as OpenAI.ImageGenerateParamsNonStreaming);

describe('emulated OpenAI images, computed from the prompt', () => {
  it('answers a GPT image model with PNGs at the asked size, different per prompt and per image', async () => {
    const answer = await client.images.generate({ model: 'gpt-image-1', prompt: 'a lighthouse at dawn', n: 2, size: '1536x1024', quality: 'low' });
    expect(answer).toMatchObject({ size: '1536x1024', quality: 'low', output_format: 'png', background: 'opaque' });
    expect(answer.usage?.total_tokens).toBeGreaterThan(answer.usage?.input_tokens ?? Infinity);
    const [first, second] = (answer.data ?? []).map((image) => decodePng(image.b64_json));
    expect([first?.width, first?.height]).toEqual([1536, 1024]);
    expect(first?.data.equals(second!.data)).toBe(false);
    const other = await client.images.generate({ model: 'gpt-image-1', prompt: 'a forest in the rain', size: '1536x1024', quality: 'low' });
    expect(decodePng(other.data?.[0]?.b64_json).data.equals(first!.data)).toBe(false);
    const again = await client.images.generate({ model: 'gpt-image-1', prompt: 'a lighthouse at dawn', size: '1536x1024', quality: 'low' });
    expect(decodePng(again.data?.[0]?.b64_json).data.equals(first!.data)).toBe(true);
  });

  it('takes any gpt-image-2 size within its limits', async () => {
    const answer = await client.images.generate({ model: 'gpt-image-2', prompt: 'a desk', size: '1200x624' });
    const image = decodePng(answer.data?.[0]?.b64_json);
    expect([image.width, image.height, answer.size]).toEqual([1200, 624, '1200x624']);
  });

  it.each([
    ['1200x627', 'multiples of 16'],
    ['3856x1296', 'at most 3840 pixels'],
    ['2400x768', 'between 1:3 and 3:1'],
    ['640x640', 'between 655360 and 8294400 pixels'],
    ['wide', "Invalid value: 'wide'"],
  ])('refuses the gpt-image-2 size %s', async (size, reason) => {
    const error = await apiFailureOf(client.images.generate({ model: 'gpt-image-2', prompt: 'a desk', size }));
    expect(error).toBeInstanceOf(BadRequestError);
    expect([error.code, error.param]).toEqual(['invalid_value', 'size']);
    expect(error.message).toContain(reason);
  });

  it("refuses what each model does not take, in OpenAI's words", async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ model: 'gpt-image-1', response_format: 'b64_json' }, 'unknown_parameter', "Unknown parameter: 'response_format'."],
      [{ model: 'gpt-image-1-mini', style: 'vivid' }, 'unknown_parameter', "Unknown parameter: 'style'."],
      [{ model: 'dall-e-3', output_format: 'png' }, 'unknown_parameter', "Unknown parameter: 'output_format'."],
      [{ model: 'gpt-image-1.5', size: '1792x1024' }, 'invalid_value', "Invalid value: '1792x1024'. Supported values are: 'auto', '1024x1024', '1536x1024', and '1024x1536'."],
      [{ model: 'gpt-image-2', background: 'transparent' }, 'invalid_value', 'Transparent backgrounds are not supported for gpt-image-2.'],
      [{ model: 'dall-e-3', n: 2 }, 'invalid_value', 'You must provide n=1 for this model.'],
      [{ model: 'dall-e-3', quality: 'high' }, 'invalid_value', "Supported values are: 'standard', and 'hd'."],
      [{ model: 'gpt-image-1', n: 11 }, 'integer_above_max_value', 'Expected a value <= 10, but got 11 instead.'],
      [{ model: 'gpt-image-1', partial_images: 4, stream: true }, 'integer_above_max_value', "Invalid 'partial_images'"],
      [{ model: 'gpt-image-1', prompt: 'x'.repeat(32_001) }, 'string_above_max_length', 'maximum length 32000, but got a string with length 32001'],
      [{ model: 'dall-e-3', prompt: 'x'.repeat(4001) }, 'string_above_max_length', 'maximum length 4000'],
      [{ model: 'gpt-image-1', n: '2' }, 'invalid_type', "Invalid type for 'n': expected an integer, but got a string instead."],
    ];
    for (const [body, code, message] of cases) {
      const error = await apiFailureOf(generate({ prompt: 'a cat', ...body }));
      expect([error.status, error.code], JSON.stringify(body).slice(0, 80)).toEqual([400, code]);
      expect(error.message).toContain(message);
    }
    expect((await apiFailureOf(generate({ model: 'gpt-image-1' }))).code).toBe('missing_required_parameter');
  });

  it('answers DALL·E 3 with base64 and a revised prompt, or a URL by default', async () => {
    const b64 = await client.images.generate({ model: 'dall-e-3', prompt: 'a harbour', size: '1792x1024', quality: 'hd', style: 'natural', response_format: 'b64_json' });
    expect(b64.data?.[0]?.revised_prompt).toContain('a harbour');
    expect([decodePng(b64.data?.[0]?.b64_json).width, b64.usage]).toEqual([1792, undefined]);
    const byUrl = await client.images.generate({ model: 'dall-e-3', prompt: 'a harbour' });
    expect(byUrl.data?.[0]?.url).toMatch(/^data:image\/png;base64,/);
  });

  it('renders jpeg and webp when asked', async () => {
    const jpeg = await client.images.generate({ model: 'gpt-image-1', prompt: 'a cat', output_format: 'jpeg', output_compression: 70 });
    expect(Buffer.from(jpeg.data?.[0]?.b64_json ?? '', 'base64').subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    const webp = await client.images.generate({ model: 'gpt-image-1', prompt: 'a cat', output_format: 'webp' });
    expect(Buffer.from(webp.data?.[0]?.b64_json ?? '', 'base64').subarray(8, 12).toString('latin1')).toBe('WEBP');
  });

  it('streams previews, then each image, as the SDK reads them', async () => {
    const stream = await client.images.generate({ model: 'gpt-image-1', prompt: 'a bridge', n: 2, stream: true, partial_images: 2, size: '1024x1536' });
    const events: OpenAI.ImageGenStreamEvent[] = [];
    for await (const event of stream) events.push(event);
    expect(events.map((event) => event.type)).toEqual([
      ...Array<string>(2).fill('image_generation.partial_image'),
      'image_generation.completed',
      ...Array<string>(2).fill('image_generation.partial_image'),
      'image_generation.completed',
    ]);
    const [preview, , final] = events.map((event) => decodePng(event.b64_json));
    expect([preview?.width, preview?.height, final?.width]).toEqual([1024, 1536, 1024]);
    expect(preview?.data.equals(final!.data)).toBe(false);
    expect(events[2]).toMatchObject({ size: '1024x1536', quality: 'medium', usage: { output_tokens: expect.any(Number) } });
  });

  it('describes known models at GET /models/{id}, under any base URL prefix', async () => {
    const model = await openaiClientFor(emulator, { prefix: '/openai/v1' }).models.retrieve('gpt-image-1-mini');
    expect(model).toMatchObject({ id: 'gpt-image-1-mini', object: 'model', owned_by: 'system' });
    const missing = await apiFailureOf(client.models.retrieve('gpt-image-9'));
    expect([missing.status, missing.code]).toEqual([404, 'model_not_found']);
    const generating = await apiFailureOf(client.images.generate({ model: 'gpt-image-9', prompt: 'a cat' }));
    expect([generating.status, generating.code]).toEqual([404, 'model_not_found']);
  });

  it('records what each call sent, with the organisation and project headers', async () => {
    await client.images.generate({ model: 'gpt-image-1-mini', prompt: 'a boat', quality: 'low' });
    expect(openaiCallsTo(emulator.url).at(-1)).toEqual({
      operation: 'images.generate',
      body: { model: 'gpt-image-1-mini', prompt: 'a boat', quality: 'low' },
      organization: 'org-emulated',
      project: 'proj_emulated',
    });
    expect(emulator.log).toEqual([expect.objectContaining({ service: 'openai', operation: 'images.generate', status: 200 })]);
  });
});
