import { describe, expect, it, vi } from 'vitest';
import { testAnalysis } from '../analysis/analysis.test-support';
import type { Sentiment } from '../analysis/types';
import { FORMAT_IDS, FORMATS } from '../formats';
import type { Rgb } from '../render/colour';
import { paletteFor } from '../render/palette';
import { hashString } from '../render/seed';
import type { SurfaceFactory } from '../render/surface';
import { createNodeSurface } from '../render/node-surface.test-support';
import { colours, decode, difference, distinctColours, mean, near, pixels, provider, renderOne, request } from './offline.test-support';
import type { GeneratedImage } from '../image/types';

/** Pixels in the text colour, with their positions. */
function textPixels(image: GeneratedImage, sentiment: Sentiment, headline: string) {
  const { text } = paletteFor(sentiment, hashString(headline), 0);
  return pixels(decode(image)).filter(({ colour }) => near(colour, text));
}

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
    expect(distinctColours(png)).toBeGreaterThan(500);
  });

  it('typesets the headline in the text colour', async () => {
    const area = FORMATS.landscape.width * FORMATS.landscape.height;
    const headline = 'Three lessons from a year of remote work';
    const withText = await renderOne({ headline, analysis: testAnalysis('NEUTRAL') });
    const blank = await renderOne({ headline: '', analysis: testAnalysis('NEUTRAL') });
    expect(textPixels(withText, 'NEUTRAL', headline).length).toBeGreaterThan(area * 0.02);
    expect(textPixels(blank, 'NEUTRAL', '').length).toBeLessThan(area * 0.001);
  });

  it('draws the key phrases', async () => {
    const headline = 'Same headline';
    const plain = await renderOne({ headline, analysis: testAnalysis('MIXED') });
    const withChips = await renderOne({ headline, analysis: testAnalysis('MIXED', ['hiring', 'culture']) });
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
      (['POSITIVE', 'NEGATIVE'] as const).map(async (sentiment) => colours(decode(await renderOne({ headline, analysis: testAnalysis(sentiment) })))),
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
      const image = await renderOne({ headline, analysis: testAnalysis('NEUTRAL') });
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
    const image = await renderOne({ headline, analysis: testAnalysis('MIXED', [headline]) });
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
