import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { testAnalysis } from '../analysis/analysis.test-support';
import { FORMAT_IDS, FORMATS } from '../formats';
import { contrastRatio, hexToRgb, rgbToHsl, type Rgb } from '../render/colour';
import { paletteFor } from '../render/palette';
import { hashString } from '../render/seed';
import { TEMPLATE_IDS } from '../templates';
import { colours, decode, difference, distinctColours, near, pixels, provider, renderOne, request } from './offline.test-support';
import type { CardLook } from './types';

const HEADLINE = '“Culture eats strategy for breakfast.” — Peter Drucker';
const KEY_PHRASES = ['company culture', 'strategy', 'hiring', 'long-term thinking'];
const MAGENTA: Rgb = { r: 255, g: 0, b: 255 };

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
describe('offline card templates', { timeout: 60_000 }, () => {
  it.each(TEMPLATE_IDS.flatMap((template) => FORMAT_IDS.map((format) => [template, format] as const)))(
    'renders the %s template at the %s size',
    async (template, format) => {
      const image = await renderOne(lookRequest({ template }, format));
      const png = decode(image);
      expect([png.width, png.height]).toEqual([FORMATS[format].width, FORMATS[format].height]);
      expect(distinctColours(png)).toBeGreaterThan(500);
      const { text } = paletteFor('NEUTRAL', hashString(HEADLINE), 0);
      const area = png.width * png.height;
      expect(pixels(png).filter(({ colour }) => near(colour, text)).length).toBeGreaterThan(area * 0.01);
    },
  );

  it('draws each template differently', async () => {
    const [headline, quote, list] = await Promise.all(TEMPLATE_IDS.map((template) => renderOne(lookRequest({ template }))));
    for (const [a, b] of [[headline, quote], [headline, list], [quote, list]] as const) expect(difference(a!, b!)).toBeGreaterThan(0.03);
  });

  it('starts a strip with the chosen template', async () => {
    const [first] = await provider().generate(request({ ...lookRequest({ template: 'quote' }), count: 3 }));
    const alone = await renderOne(lookRequest({ template: 'quote' }));
    expect(Buffer.from(first!.bytes).equals(alone.bytes)).toBe(true);
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
