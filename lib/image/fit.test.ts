import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { LINKEDIN_MAX_IMAGE_BYTES } from '../formats';
import type { GeneratedImage } from './types';
import type { ImageCodec } from './codec';
import { readImageHeader } from './dimensions';
import { fitImage } from './fit';
import { nodeCodec } from './node-codec.test-support';

type Rgb = [number, number, number];

function imageOf(width: number, height: number, draw: (ctx: SKRSContext2D) => void, type: 'png' | 'jpeg' | 'webp' = 'png'): GeneratedImage {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = 'white';
  ctx.fillRect(0, 0, width, height);
  draw(ctx);
  return { bytes: new Uint8Array(canvas.encodeSync(type as 'png')), mimeType: `image/${type}`, width, height };
}

function pixelsOf(image: GeneratedImage): PNG {
  expect(image.mimeType).toBe('image/png');
  return PNG.sync.read(Buffer.from(image.bytes));
}

function rgbAt(png: PNG, x: number, y: number): Rgb {
  const index = (y * png.width + x) * 4;
  return [png.data[index]!, png.data[index + 1]!, png.data[index + 2]!];
}

const isGreen = ([red, green, blue]: Rgb) => green > 150 && red < 100 && blue < 100;
const isBlue = ([red, green, blue]: Rgb) => blue > 150 && red < 100 && green < 100;

/** Where a stripe lies along a line of pixels: its first and last positions. */
function extentOf(positions: number[], holds: (position: number) => boolean): { centre: number; length: number } {
  const inside = positions.filter(holds);
  return { centre: (inside[0]! + inside.at(-1)!) / 2, length: inside.at(-1)! - inside[0]! + 1 };
}

/** Within a pixel and a half: smoothing blurs a stripe's edges by about a pixel. */
function expectNear(value: number, expected: number): void {
  expect(Math.abs(value - expected)).toBeLessThanOrEqual(1.5);
}

const range = (length: number) => Array.from({ length }, (_, index) => index);

describe('fitImage crops to the format, never stretching', () => {
  it('crops a square image to landscape: the middle band, at one scale in both directions', async () => {
    // Square 1024: cropped to rows 244.5-779.5 of the source, then scaled by 1200/1024 = 1.171875.
    const square = imageOf(1024, 1024, (ctx) => {
      ctx.fillStyle = 'black';
      ctx.fillRect(0, 0, 1024, 200); // above the crop: must be gone
      ctx.fillStyle = 'rgb(0, 200, 0)';
      ctx.fillRect(0, 290, 1024, 20); // rows 290-310: at 65 after the crop, 184 if squashed
      ctx.fillStyle = 'rgb(0, 0, 200)';
      ctx.fillRect(246, 0, 20, 1024); // columns 246-266: at 300
    });
    const fitted = await fitImage(square, 'landscape', nodeCodec);
    expect(fitted).toMatchObject({ width: 1200, height: 627, mimeType: 'image/png' });
    const png = pixelsOf(fitted);
    expect([png.width, png.height]).toEqual([1200, 627]);

    const greenRows = extentOf(range(627), (y) => isGreen(rgbAt(png, 600, y)));
    expectNear(greenRows.centre, 65);
    expect(greenRows.length).toBeGreaterThanOrEqual(22); // 20 rows at 1.17x; squashed they would be 12
    const blueColumns = extentOf(range(1200), (x) => isBlue(rgbAt(png, x, 400)));
    expectNear(blueColumns.centre, 300);
    expect(blueColumns.length).toBe(greenRows.length);
    expect(range(1200).some((x) => rgbAt(png, x, 0).every((channel) => channel < 50))).toBe(false);
  });

  it('crops a wide image to square from both sides equally', async () => {
    // 1536x1024: columns 256-1280 are kept, scaled by 1080/1024.
    const wide = imageOf(1536, 1024, (ctx) => {
      ctx.fillStyle = 'rgb(0, 0, 200)';
      ctx.fillRect(290, 0, 20, 1024); // centre 300: at (300 - 256) * 1.0547 = 46.4
      ctx.fillRect(1226, 0, 20, 1024); // centre 1236: at 1033.6
    });
    const png = pixelsOf(await fitImage(wide, 'square', nodeCodec));
    expect([png.width, png.height]).toEqual([1080, 1080]);
    const left = extentOf(range(540), (x) => isBlue(rgbAt(png, x, 500)));
    const right = extentOf(range(1080).slice(540), (x) => isBlue(rgbAt(png, x, 500)));
    expectNear(left.centre, 46.4);
    expectNear(right.centre, 1033.6);
  });

  it('only scales an image whose ratio is within 1% of the format’s, keeping its edges', async () => {
    const almost = imageOf(1216, 640, (ctx) => {
      ctx.fillStyle = 'rgb(0, 0, 200)';
      ctx.fillRect(0, 0, 4, 640);
      ctx.fillRect(1212, 0, 4, 640);
    });
    const png = pixelsOf(await fitImage(almost, 'landscape', nodeCodec));
    expect([png.width, png.height]).toEqual([1200, 627]);
    expect(isBlue(rgbAt(png, 0, 300))).toBe(true);
    expect(isBlue(rgbAt(png, 1199, 300))).toBe(true);
  });
});

describe('fitImage leaves a fitting image alone', () => {
  it.each(['png', 'jpeg'] as const)('returns a %s already at the exact size, byte for byte', async (type) => {
    const ready = imageOf(1200, 627, (ctx) => ctx.fillRect(10, 10, 100, 100), type);
    const fitted = await fitImage(ready, 'landscape', nodeCodec);
    expect(fitted).toBe(ready);
  });

  it('re-encodes a WebP of the right size as a PNG', async () => {
    const webp = imageOf(1080, 1080, (ctx) => ctx.fillRect(10, 10, 100, 100), 'webp');
    const fitted = await fitImage(webp, 'square', nodeCodec);
    expect(fitted).toMatchObject({ mimeType: 'image/png', width: 1080, height: 1080 });
    expect(readImageHeader(fitted.bytes)).toEqual({ mimeType: 'image/png', width: 1080, height: 1080 });
  });
});

describe('fitImage pads when asked to keep the whole image', () => {
  it('puts bars beside a square image on landscape, in the average colour of its side edges', async () => {
    const halves = imageOf(1024, 1024, (ctx) => {
      ctx.fillStyle = 'rgb(0, 0, 200)';
      ctx.fillRect(0, 0, 512, 1024);
      ctx.fillStyle = 'rgb(200, 0, 0)';
      ctx.fillRect(512, 0, 512, 1024);
    });
    const png = pixelsOf(await fitImage(halves, 'landscape', nodeCodec, { mode: 'pad' }));
    expect([png.width, png.height]).toEqual([1200, 627]);
    // Drawn whole at 627x627 from x = 286; the bars average the blue left edge and the red right edge.
    for (const x of [0, 280, 920, 1199]) expect(rgbAt(png, x, 300)).toEqual([100, 0, 100]);
    expect(rgbAt(png, 290, 0)).toEqual([0, 0, 200]);
    expect(rgbAt(png, 905, 626)).toEqual([200, 0, 0]);
  });

  it('puts bars above and below on portrait, from the top and bottom edges', async () => {
    const bands = imageOf(1024, 1024, (ctx) => {
      ctx.fillStyle = 'rgb(0, 160, 0)';
      ctx.fillRect(0, 0, 1024, 512);
      ctx.fillStyle = 'rgb(0, 0, 240)';
      ctx.fillRect(0, 512, 1024, 512);
    });
    const png = pixelsOf(await fitImage(bands, 'portrait', nodeCodec, { mode: 'pad' }));
    expect([png.width, png.height]).toEqual([1080, 1350]);
    // Drawn whole at 1080x1080 from y = 135.
    for (const y of [0, 130, 1220, 1349]) expect(rgbAt(png, 540, y)).toEqual([0, 80, 120]);
    expect(rgbAt(png, 540, 140)).toEqual([0, 160, 0]);
    expect(rgbAt(png, 540, 1210)).toEqual([0, 0, 240]);
  });
});

describe('fitImage keeps under LinkedIn’s file-size limit', () => {
  it('turns a PNG too large for LinkedIn into a JPEG under the limit', async () => {
    // Noise in every channel, alpha too: opaque noise at this size stays just under the limit as a PNG.
    const noise = imageOf(1080, 1350, (ctx) => {
      const data = ctx.createImageData(1080, 1350);
      let seed = 7;
      for (let index = 0; index < data.data.length; index++) {
        // xorshift32: a fixed noise, so the test is the same every run
        seed ^= seed << 13;
        seed ^= seed >>> 17;
        seed ^= seed << 5;
        data.data[index] = seed & 0xff;
      }
      ctx.putImageData(data, 0, 0);
    });
    expect(noise.bytes.length).toBeGreaterThan(LINKEDIN_MAX_IMAGE_BYTES);
    const fitted = await fitImage(noise, 'portrait', nodeCodec);
    expect(fitted).toMatchObject({ mimeType: 'image/jpeg', width: 1080, height: 1350 });
    expect(fitted.bytes.length).toBeLessThanOrEqual(LINKEDIN_MAX_IMAGE_BYTES);
    expect(readImageHeader(fitted.bytes)).toEqual({ mimeType: 'image/jpeg', width: 1080, height: 1350 });
  });

  /** The Node codec, with encoders that report fixed sizes, recording the JPEG qualities asked for. */
  function codecWithSizes(pngBytes: number, jpegBytes: (quality: number) => number, qualities: number[]): ImageCodec {
    return {
      decode: nodeCodec.decode,
      createCanvas(width, height) {
        const { ctx } = nodeCodec.createCanvas(width, height);
        return {
          ctx,
          async encode(type, quality = 1) {
            if (type === 'image/png') return new Uint8Array(pngBytes);
            qualities.push(quality);
            return new Uint8Array(jpegBytes(quality));
          },
        };
      },
    };
  }

  it('lowers the JPEG quality from 0.9 until the image fits', async () => {
    const qualities: number[] = [];
    const codec = codecWithSizes(LINKEDIN_MAX_IMAGE_BYTES + 1, (quality) => (quality > 0.75 ? LINKEDIN_MAX_IMAGE_BYTES + 1 : 1000), qualities);
    const fitted = await fitImage(imageOf(1024, 1024, () => {}), 'square', codec);
    expect(qualities).toEqual([0.9, 0.8, 0.7]);
    expect(fitted).toMatchObject({ mimeType: 'image/jpeg', width: 1080, height: 1080 });
    expect(fitted.bytes.length).toBe(1000);
  });

  it('says so when not even the lowest quality fits', async () => {
    const codec = codecWithSizes(LINKEDIN_MAX_IMAGE_BYTES + 1, () => LINKEDIN_MAX_IMAGE_BYTES + 1, []);
    await expect(fitImage(imageOf(1024, 1024, () => {}), 'square', codec)).rejects.toMatchObject({
      name: 'UserFacingError',
      code: 'bad-response',
      message: 'The image is too large for LinkedIn even when compressed. Try again.',
    });
  });
});

describe('fitImage with bytes that are not an image', () => {
  it.each([
    ['text', new TextEncoder().encode('{"error":"not an image"}')],
    ['a PNG cut off after its header', imageOf(1200, 627, () => {}).bytes.slice(0, 60)],
  ])('rejects %s with a sentence to show', async (_, bytes) => {
    await expect(fitImage({ bytes, mimeType: 'image/png', width: 1200, height: 627 }, 'landscape', nodeCodec)).rejects.toMatchObject({
      name: 'UserFacingError',
      code: 'bad-response',
      message: 'The image that came back could not be read. Try again.',
    });
  });
});
