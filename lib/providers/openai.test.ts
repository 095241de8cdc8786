import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { openaiCallsTo } from '../../emulator/openai';
import { FORMAT_IDS, FORMATS } from '../formats';
import { createOpenAIProvider, OPENAI_IMAGE_MODEL_IDS, OPENAI_IMAGE_MODELS, testOpenAI } from './openai';
import { TEST_KEY, useEmulatedOpenAI } from './openai/emulated.test-support';
import { generateRequest } from './request.test-support';
import type { GeneratedImage } from '../image/types';

const openai = useEmulatedOpenAI();

/** The bodies of the images.generate calls the emulator received, newest last. */
function sentBodies(count: number): Record<string, unknown>[] {
  return openaiCallsTo(openai.emulator.url)
    .slice(-count)
    .map((call) => call.body);
}

function expectWholePng(image: GeneratedImage | undefined, size: string) {
  const decoded = PNG.sync.read(Buffer.from(image!.bytes));
  expect([image?.mimeType, `${image?.width}x${image?.height}`, `${decoded.width}x${decoded.height}`]).toEqual(['image/png', size, size]);
}

/** The shut-down models' request shapes are checked on a day OpenAI still served them. */
const pinDayAllServed = () => {
  openai.emulator.knobs.today = '2026-05-01';
};

describe('createOpenAIProvider: what each model is sent', () => {
  it.each(['gpt-image-1', 'gpt-image-1.5', 'gpt-image-1-mini'] as const)('%s: a standard size, png, opaque, n, no response_format', async (model) => {
    pinDayAllServed();
    const provider = createOpenAIProvider(openai.config({ model, quality: 'medium' }));
    const images = await provider.generate(generateRequest({ count: 2 }));
    const [body] = sentBodies(1);
    expect(body).toEqual({
      model,
      prompt: generateRequest().prompt,
      n: 2,
      size: '1536x1024',
      quality: 'medium',
      output_format: 'png',
      background: 'opaque',
      moderation: 'auto',
    });
    expect(images).toHaveLength(2);
    expectWholePng(images[0], '1536x1024');
    expect(Buffer.from(images[0]!.bytes).equals(Buffer.from(images[1]!.bytes))).toBe(false);
  });

  it('gpt-image-2: a custom size on the 16-pixel grid, true to each LinkedIn format', async () => {
    const provider = createOpenAIProvider(openai.config({ model: 'gpt-image-2' }));
    for (const format of FORMAT_IDS) {
      const [image] = await provider.generate(generateRequest({ format }));
      const [body] = sentBodies(1);
      const [width, height] = String(body?.size).split('x').map(Number) as [number, number];
      expect([width % 16, height % 16, body?.background, body?.response_format]).toEqual([0, 0, 'opaque', undefined]);
      expect(width / height).toBeCloseTo(FORMATS[format].width / FORMATS[format].height, 1);
      expectWholePng(image, `${width}x${height}`);
    }
    expect(sentBodies(3)[0]?.size).toBe('1200x624');
  });

  it('dall-e-3: one call per image, with its own sizes, quality, style and b64_json', async () => {
    pinDayAllServed();
    const provider = createOpenAIProvider(openai.config({ model: 'dall-e-3', quality: 'high' }));
    const images = await provider.generate(generateRequest({ count: 2, style: 'photo' }));
    expect(images).toHaveLength(2);
    expectWholePng(images[1], '1792x1024');
    const expected = { model: 'dall-e-3', prompt: generateRequest().prompt, n: 1, size: '1792x1024', quality: 'hd', style: 'natural', response_format: 'b64_json' };
    expect(sentBodies(2)).toEqual([expected, expected]);
    await provider.generate(generateRequest({ format: 'portrait', style: '3d' }));
    expect(sentBodies(1)[0]).toMatchObject({ size: '1024x1024', style: 'vivid' });
    await createOpenAIProvider(openai.config({ model: 'dall-e-3', quality: 'low' })).generate(generateRequest());
    expect(sentBodies(1)[0]).toMatchObject({ quality: 'standard' });
  });

  it('asks for at most four images, and at least one', async () => {
    const provider = createOpenAIProvider(openai.config());
    expect(await provider.generate(generateRequest({ count: 9 }))).toHaveLength(4);
    expect(await provider.generate(generateRequest({ count: 0 }))).toHaveLength(1);
    expect(sentBodies(2).map((body) => body.n)).toEqual([4, 1]);
  });

  it("takes each model's prompt limit and label", () => {
    for (const model of OPENAI_IMAGE_MODEL_IDS) {
      const provider = createOpenAIProvider(openai.config({ model }));
      expect([provider.id, provider.promptLimit]).toEqual(['openai', model === 'dall-e-3' ? 4000 : 32_000]);
      expect(provider.label).toContain(OPENAI_IMAGE_MODELS[model].label);
    }
  });
});

describe('createOpenAIProvider: streamed previews', () => {
  it('shows a preview before the image arrives, for GPT image models', async () => {
    const events: string[] = [];
    const provider = createOpenAIProvider(openai.config({ model: 'gpt-image-2' }));
    const done = provider
      .generate(
        generateRequest({
          format: 'square',
          onPartialImage: (preview) => {
            events.push('preview');
            expectWholePng(preview, `${preview.width}x${preview.height}`);
          },
        }),
      )
      .then((images) => {
        events.push('images');
        return images;
      });
    const [image] = await done;
    expect(events).toEqual(['preview', 'images']);
    expect(sentBodies(1)[0]).toMatchObject({ stream: true, partial_images: 1 });
    expect(image?.width).toBe(image?.height);
  });

  it('does not stream with dall-e-3, which cannot', async () => {
    pinDayAllServed();
    const previews: GeneratedImage[] = [];
    const provider = createOpenAIProvider(openai.config({ model: 'dall-e-3' }));
    await provider.generate(generateRequest({ onPartialImage: (preview) => previews.push(preview) }));
    expect(previews).toEqual([]);
    expect(sentBodies(1)[0]).not.toHaveProperty('stream');
  });
});

describe('testOpenAI', () => {
  it('asks for the model, not an image, and says it is ready', async () => {
    expect(await testOpenAI(openai.config({ model: 'gpt-image-2.5-flare' }))).toEqual({ ok: true, sentence: 'OpenAI is ready: gpt-image-2.5-flare is available.' });
    expect(openai.emulator.log.map((entry) => entry.operation)).toEqual(['models.retrieve']);
  });

  it('says what is wrong, without the key', async () => {
    const wrongKey = `${TEST_KEY}-typo`;
    const result = await testOpenAI(openai.config({ apiKey: wrongKey }));
    expect(result).toEqual({ ok: false, sentence: "OpenAI refused the API key. Check it in Post to Image's options." });
    openai.emulator.knobs.faults.push({ service: 'openai', error: 'model_not_found' });
    expect((await testOpenAI(openai.config({ model: 'gpt-image-2' }))).sentence).toBe(
      'This OpenAI endpoint does not offer gpt-image-2: switch to GPT Image 2.5 Flare in the options.',
    );
  });
});
