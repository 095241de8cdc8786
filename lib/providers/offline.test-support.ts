/** Test-only: requests for the offline provider, run on the Node canvas, and ways to compare what it draws. */
import { PNG } from 'pngjs';
import { testAnalysis } from '../analysis/analysis.test-support';
import { nodeCodec } from '../image/node-codec.test-support';
import type { Rgb } from '../render/colour';
import type { SurfaceFactory } from '../render/surface';
import { createNodeSurface, loadTestFont } from '../render/node-surface.test-support';
import { createOfflineProvider } from './offline';
import { generateRequest } from './request.test-support';
import type { GenerateRequest } from './types';
import type { GeneratedImage } from '../image/types';

export function request(overrides: Partial<GenerateRequest> = {}): GenerateRequest {
  return generateRequest({
    prompt: 'an image',
    analysis: testAnalysis('POSITIVE', ['product launch', 'teamwork']),
    headline: 'We shipped our biggest release of the year',
    ...overrides,
  });
}

export const provider = (createSurface: SurfaceFactory = createNodeSurface) =>
  createOfflineProvider({ createSurface, loadFont: loadTestFont, decodeImage: nodeCodec.decode });

export async function renderOne(overrides: Partial<GenerateRequest> = {}): Promise<GeneratedImage> {
  const [image] = await provider().generate(request(overrides));
  if (!image) throw new Error('no image');
  return image;
}

export const decode = (image: GeneratedImage) => PNG.sync.read(Buffer.from(image.bytes));

/** Every pixel's colour and position, read straight from the RGBA buffer. */
export function pixels(png: PNG): { colour: Rgb; x: number; y: number }[] {
  const result = new Array<{ colour: Rgb; x: number; y: number }>(png.width * png.height);
  for (let index = 0; index < result.length; index++) {
    const [r = 0, g = 0, b = 0] = png.data.subarray(index * 4, index * 4 + 3);
    result[index] = { colour: { r, g, b }, x: index % png.width, y: Math.floor(index / png.width) };
  }
  return result;
}

export const colours = (png: PNG) => pixels(png).map(({ colour }) => colour);

/** How many distinct colours an image has: a blank or flat one has very few. */
export const distinctColours = (png: PNG) => new Set(colours(png).map(({ r, g, b }) => (r << 16) | (g << 8) | b)).size;

export const near = (a: Rgb, b: Rgb) => Math.abs(a.r - b.r) + Math.abs(a.g - b.g) + Math.abs(a.b - b.b) < 30;

/** Share of pixels that differ between two images of the same size, within an area (the whole image by default). */
export function difference(a: GeneratedImage, b: GeneratedImage, within = (_x: number, _y: number) => true): number {
  const [left, right] = [decode(a), decode(b)];
  let [compared, differing] = [0, 0];
  for (let index = 0; index < left.width * left.height; index++) {
    if (!within(index % left.width, Math.floor(index / left.width))) continue;
    compared++;
    if (left.data.readUIntBE(index * 4, 3) !== right.data.readUIntBE(index * 4, 3)) differing++;
  }
  return differing / compared;
}

export const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
