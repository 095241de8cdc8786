import { PNG } from 'pngjs';
import { describe, expect, it, vi } from 'vitest';
import type { Analysis, Sentiment } from '../analysis/types';
import { FORMAT_IDS, FORMATS } from '../formats';
import type { Rgb } from '../render/colour';
import { paletteFor } from '../render/palette';
import { hashString } from '../render/seed';
import type { SurfaceFactory } from '../render/surface';
import { createNodeSurface, loadTestFont } from '../render/test-surface';
import { createOfflineProvider } from './offline';
import type { GeneratedImage, GenerateRequest } from './types';

function analysis(sentiment: Sentiment, keyPhrases: string[] = []): Analysis {
  return {
    languageCode: 'en',
    languageScore: 1,
    sentiment,
    sentimentScore: { Positive: 0, Negative: 0, Neutral: 1, Mixed: 0 },
    keyPhrases: keyPhrases.map((Text, index) => ({ Text, Score: 1 - index / 10, BeginOffset: 0, EndOffset: 0 })),
    entities: [],
    analyser: 'local',
    note: '',
  };
}

function request(overrides: Partial<GenerateRequest> = {}): GenerateRequest {
  return {
    prompt: 'an image',
    format: 'landscape',
    style: 'illustration',
    analysis: analysis('POSITIVE', ['product launch', 'teamwork']),
    headline: 'We shipped our biggest release of the year',
    count: 1,
    signal: new AbortController().signal,
    ...overrides,
  };
}

const provider = (createSurface: SurfaceFactory = createNodeSurface) =>
  createOfflineProvider({ createSurface, loadFont: loadTestFont });

async function renderOne(overrides: Partial<GenerateRequest> = {}): Promise<GeneratedImage> {
  const [image] = await provider().generate(request(overrides));
  if (!image) throw new Error('no image');
  return image;
}

const decode = (image: GeneratedImage) => PNG.sync.read(Buffer.from(image.bytes));

/** Every pixel's colour and column, read straight from the RGBA buffer. */
function pixels(png: PNG): { colour: Rgb; x: number }[] {
  const result = new Array<{ colour: Rgb; x: number }>(png.width * png.height);
  for (let index = 0; index < result.length; index++) {
    const [r = 0, g = 0, b = 0] = png.data.subarray(index * 4, index * 4 + 3);
    result[index] = { colour: { r, g, b }, x: index % png.width };
  }
  return result;
}

const colours = (png: PNG) => pixels(png).map(({ colour }) => colour);

const near = (a: Rgb, b: Rgb) => Math.abs(a.r - b.r) + Math.abs(a.g - b.g) + Math.abs(a.b - b.b) < 30;

/** Pixels in the text colour, with their columns. */
function textPixels(image: GeneratedImage, sentiment: Sentiment, headline: string) {
  const { text } = paletteFor(sentiment, hashString(headline), 0);
  return pixels(decode(image)).filter(({ colour }) => near(colour, text));
}

/** Share of pixels that differ between two images of the same size. */
function difference(a: GeneratedImage, b: GeneratedImage): number {
  const [left, right] = [decode(a).data, decode(b).data];
  let differing = 0;
  for (let index = 0; index < left.length; index += 4) {
    if (left.readUIntBE(index, 3) !== right.readUIntBE(index, 3)) differing++;
  }
  return differing / (left.length / 4);
}

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

// Each case renders and decodes full-size images, which takes a while on a busy machine.
describe('the offline provider', { timeout: 30_000 }, () => {
  it('describes itself', () => {
    expect(provider()).toMatchObject({ id: 'offline', label: 'Offline renderer', promptLimit: 1000 });
  });

  it.each(FORMAT_IDS)('renders a PNG at the %s size', async (format) => {
    const image = await renderOne({ format });
    const { width, height } = FORMATS[format];
    expect(image).toMatchObject({ mimeType: 'image/png', width, height });
    const png = decode(image);
    expect([png.width, png.height]).toEqual([width, height]);
    expect(new Set(colours(png).map(({ r, g, b }) => (r << 16) | (g << 8) | b)).size).toBeGreaterThan(500);
  });

  it('typesets the headline in the text colour', async () => {
    const area = FORMATS.landscape.width * FORMATS.landscape.height;
    const headline = 'Three lessons from a year of remote work';
    const withText = await renderOne({ headline, analysis: analysis('NEUTRAL') });
    const blank = await renderOne({ headline: '', analysis: analysis('NEUTRAL') });
    expect(textPixels(withText, 'NEUTRAL', headline).length).toBeGreaterThan(area * 0.02);
    expect(textPixels(blank, 'NEUTRAL', '').length).toBeLessThan(area * 0.001);
  });

  it('draws the key phrases', async () => {
    const headline = 'Same headline';
    const plain = await renderOne({ headline, analysis: analysis('MIXED') });
    const withChips = await renderOne({ headline, analysis: analysis('MIXED', ['hiring', 'culture']) });
    expect(textPixels(withChips, 'MIXED', headline).length).toBeGreaterThan(textPixels(plain, 'MIXED', headline).length);
  });

  it('is deterministic, and two headlines give two different images', async () => {
    const first = await renderOne({ headline: 'Hiring is hard' });
    const again = await renderOne({ headline: 'Hiring is hard' });
    const other = await renderOne({ headline: 'Our quarterly results are in' });
    expect(Buffer.from(again.bytes).equals(first.bytes)).toBe(true);
    expect(difference(first, other)).toBeGreaterThan(0.2);
  });

  it('makes `count` distinct variants, at most four', async () => {
    const three = await provider().generate(request({ count: 3 }));
    expect(three).toHaveLength(3);
    const [a, b, c] = three as [GeneratedImage, GeneratedImage, GeneratedImage];
    for (const [x, y] of [[a, b], [a, c], [b, c]] as const) expect(difference(x, y)).toBeGreaterThan(0.2);

    expect(await provider().generate(request({ count: 10 }))).toHaveLength(4);
    expect(await provider().generate(request({ count: 0 }))).toHaveLength(1);
  });

  it('takes its colours from the sentiment', async () => {
    const headline = 'A week to remember';
    const [positive, negative] = await Promise.all(
      (['POSITIVE', 'NEGATIVE'] as const).map(async (sentiment) => colours(decode(await renderOne({ headline, analysis: analysis(sentiment) })))),
    );
    const brightness = (all: Rgb[]) => mean(all.map(({ r, g, b }) => r + g + b));
    const warmth = (all: Rgb[]) => mean(all.map(({ r, b }) => r - b));
    expect(brightness(positive!)).toBeGreaterThan(brightness(negative!));
    expect(warmth(positive!)).toBeGreaterThan(0);
    expect(warmth(negative!)).toBeLessThan(0);
  });

  it('sets right-to-left headlines against the right margin', async () => {
    const centre = FORMATS.landscape.width / 2;
    const sides = async (headline: string) => {
      const image = await renderOne({ headline, analysis: analysis('NEUTRAL') });
      return mean(textPixels(image, 'NEUTRAL', headline).map(({ x }) => x));
    };
    expect(await sides('שלום')).toBeGreaterThan(centre);
    expect(await sides('Hello')).toBeLessThan(centre);
  });

  it.each([
    ['a very long headline', 'Growth '.repeat(300)],
    ['one enormous word', 'x'.repeat(500)],
    ['Chinese', '我们今天发布了新产品，感谢所有团队成员的努力和支持！'.repeat(3)],
    ['emoji', '🎉🚀 Launch day! 👩🏽‍💻🇸🇪 '.repeat(10)],
    ['Arabic', 'مرحبا بالعالم، هذا منشور جديد على لينكد إن'],
    ['Hebrew mixed with English', 'שלום LinkedIn, זה פוסט חדש'],
    ['only spaces', '   '],
  ])('renders %s without throwing', async (_, headline) => {
    const image = await renderOne({ headline, analysis: analysis('MIXED', [headline]) });
    expect(decode(image).width).toBe(FORMATS.landscape.width);
  });
});

describe('cancelling', () => {
  const abortError = { name: 'AbortError' };

  it('rejects before drawing anything when already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const createSurface = vi.fn(createNodeSurface);
    await expect(provider(createSurface).generate(request({ signal: controller.signal }))).rejects.toMatchObject(abortError);
    expect(createSurface).not.toHaveBeenCalled();
  });

  it('rejects when aborted while drawing', async () => {
    const controller = new AbortController();
    const abortingSurface: SurfaceFactory = (width, height) => {
      const surface = createNodeSurface(width, height);
      return {
        ctx: surface.ctx,
        toPng: () => {
          controller.abort();
          return surface.toPng();
        },
      };
    };
    const result = provider(abortingSurface).generate(request({ signal: controller.signal, count: 3 }));
    await expect(result).rejects.toBeInstanceOf(DOMException);
    await expect(result).rejects.toMatchObject(abortError);
  });
});
