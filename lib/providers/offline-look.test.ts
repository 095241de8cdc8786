import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { testAnalysis } from '../analysis/analysis.test-support';
import { FORMAT_IDS, FORMATS } from '../formats';
import { contrastRatio, hexToRgb, rgbToHsl, type Rgb } from '../render/colour';
import { paletteFor } from '../render/palette';
import { hashString } from '../render/seed';
import { TEMPLATE_IDS } from '../templates';
import { colours, decode, difference, distinctColours, near, pixels, provider, renderOne, request } from './offline.test-support';
import type { PostShape } from '../cards/post-shape';
import type { CardLook } from './types';

const HEADLINE = '“Culture eats strategy for breakfast.” — Peter Drucker';
const KEY_PHRASES = ['company culture', 'strategy', 'hiring', 'long-term thinking'];
const MAGENTA: Rgb = { r: 255, g: 0, b: 255 };
/** A post every layout fits, to draw each of them from the same words. */
const FITS_ALL: PostShape = {
  layouts: ['number', 'quote', 'list', 'question', 'headline'],
  list: { title: 'Culture in numbers', points: ['Hire for values', 'Write things down', 'Celebrate small wins'] },
  quote: { sentence: 'Culture eats strategy for breakfast.', attribution: 'Peter Drucker' },
  figure: { value: '87%', meaning: 'of our team say culture is why they stay' },
  question: 'What does your culture eat for breakfast?',
};

const lookRequest = (look: CardLook, format: (typeof FORMAT_IDS)[number] = 'landscape') => ({
  headline: HEADLINE,
  analysis: testAnalysis('NEUTRAL', KEY_PHRASES),
  format,
  look,
});

async function magentaLogo(width: number, height: number): Promise<Uint8Array> {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ff00ff';
  ctx.fillRect(0, 0, width, height);
  return new Uint8Array(await canvas.encode('png'));
}

/** Share of an image's pixels in shades of the given colour: its hue, and not grey. */
function shareInShadesOf(image: Awaited<ReturnType<typeof renderOne>>, colour: Rgb): number {
  const { h } = rgbToHsl(colour);
  const all = colours(decode(image)).map(rgbToHsl);
  return all.filter((pixel) => pixel.s > 25 && Math.abs(((pixel.h - h + 540) % 360) - 180) < 20).length / all.length;
}

// Each case renders and decodes full-size images, which takes a while on a busy machine.
describe('offline card layouts', { timeout: 60_000 }, () => {
  it.each(TEMPLATE_IDS.flatMap((layout) => FORMAT_IDS.map((format) => [layout, format] as const)))(
    'renders the %s layout at the %s size',
    async (layout, format) => {
      const image = await renderOne({ ...lookRequest({}, format), layout });
      const png = decode(image);
      expect([png.width, png.height]).toEqual([FORMATS[format].width, FORMATS[format].height]);
      expect(distinctColours(png)).toBeGreaterThan(500);
      const { text } = paletteFor('NEUTRAL', hashString(HEADLINE), 0);
      const area = png.width * png.height;
      expect(pixels(png).filter(({ colour }) => near(colour, text)).length).toBeGreaterThan(area * 0.01);
    },
  );

  it('draws each layout differently', async () => {
    const cards = await Promise.all(TEMPLATE_IDS.map((layout) => renderOne({ ...lookRequest({}), shape: FITS_ALL, layout })));
    cards.forEach((a, index) => cards.slice(index + 1).forEach((b) => expect(difference(a, b)).toBeGreaterThan(0.03)));
  });

  it('starts a strip with the chosen layout', async () => {
    const strip = await provider().generate(request({ ...lookRequest({}), shape: FITS_ALL, layout: 'number', count: 3 }));
    const alone = await renderOne({ ...lookRequest({}), shape: FITS_ALL, layout: 'number' });
    expect(Buffer.from(strip[0]!.bytes).equals(alone.bytes)).toBe(true);
    // Each variation also takes other colours, so only its layout's shapes can be compared: they all differ.
    expect(difference(strip[1]!, strip[2]!)).toBeGreaterThan(0.2);
  });

  it('prefers the options’ layout when it fits the post, and the best fit when it does not', async () => {
    const preferred = await renderOne({ ...lookRequest({ template: 'headline' }) });
    const unfit = await renderOne({ ...lookRequest({ template: 'list' }) });
    const [headline, quote] = await Promise.all((['headline', 'quote'] as const).map((layout) => renderOne({ ...lookRequest({}), layout })));
    expect(Buffer.from(preferred.bytes).equals(headline!.bytes)).toBe(true);
    expect(Buffer.from(unfit.bytes).equals(quote!.bytes)).toBe(true);
  });
});

describe('offline cards in brand colours', { timeout: 60_000 }, () => {
  it('fills the card with the primary colour instead of the mood’s, and sets text that reads on it', async () => {
    const [primary, accent] = ['#0a66c2', '#f5c518'];
    const blue = hexToRgb(primary)!;
    // A warm mood, so the blue can only come from the brand.
    const warm = { ...lookRequest({}), analysis: testAnalysis('POSITIVE', KEY_PHRASES) };
    const plain = await renderOne(warm);
    const branded = await renderOne({ ...warm, look: { brand: { primary, accent } } });
    expect(shareInShadesOf(branded, blue)).toBeGreaterThan(0.5);
    expect(shareInShadesOf(plain, blue)).toBeLessThan(0.1);

    const palette = paletteFor('POSITIVE', hashString(HEADLINE), 0, { primary: blue, accent: hexToRgb(accent) });
    expect(contrastRatio(palette.text, palette.backgroundFrom)).toBeGreaterThanOrEqual(4.5);
    const area = FORMATS.landscape.width * FORMATS.landscape.height;
    expect(pixels(decode(branded)).filter(({ colour }) => near(colour, palette.text)).length).toBeGreaterThan(area * 0.01);
  });

  it('ignores a colour that is not #rrggbb', async () => {
    const plain = await renderOne(lookRequest({}));
    const named = await renderOne(lookRequest({ brand: { primary: 'navy', accent: '#f5c5' } }));
    expect(Buffer.from(named.bytes).equals(plain.bytes)).toBe(true);
  });
});

describe('the brand logo', { timeout: 60_000 }, () => {
  const { width, height } = FORMATS.landscape;
  const corner = (right: boolean) => (x: number, y: number) => y < height * 0.2 && (right ? x > width * 0.75 : x < width * 0.25);

  it('is drawn small in the top corner away from the text, and nowhere else', async () => {
    const logo = await magentaLogo(300, 100);
    for (const [headline, right] of [[HEADLINE, true], ['שלום לכולם, יש לנו חדשות', false]] as const) {
      const without = await renderOne({ ...lookRequest({}), headline });
      const withLogo = await renderOne({ ...lookRequest({ brand: { logo } }), headline });
      expect(difference(without, withLogo, corner(right))).toBeGreaterThan(0.02);
      expect(difference(without, withLogo, (x, y) => !corner(right)(x, y))).toBe(0);
      expect(pixels(decode(withLogo)).filter(({ colour }) => near(colour, MAGENTA)).length).toBeGreaterThan(1000);
    }
  });

  it('is left out when it cannot be decoded', async () => {
    const without = await renderOne(lookRequest({}));
    const broken = await renderOne(lookRequest({ brand: { logo: new Uint8Array([1, 2, 3, 4]) } }));
    expect(Buffer.from(broken.bytes).equals(without.bytes)).toBe(true);
  });
});
