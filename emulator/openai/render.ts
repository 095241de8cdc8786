import { createHash } from 'node:crypto';
import { createCanvas, ImageData } from '@napi-rs/canvas';
import { PNG } from 'pngjs';

/**
 * Real images computed from the prompt: a diagonal gradient and a soft disc whose colours and place come
 * from a hash of the prompt (and the image's index), so each prompt, and each image of a batch, differs.
 */

export type OutputFormat = 'png' | 'jpeg' | 'webp';

export interface RenderOptions {
  width: number;
  height: number;
  format: OutputFormat;
  /** 0..100, for jpeg and webp. */
  compression?: number;
  /** Above 1, a streamed preview: the same picture in square blocks of this many pixels. */
  blockSize?: number;
  /** 0 stores the pixels uncompressed (for the "huge image" fault). */
  pngDeflateLevel?: number;
}

export function renderImage(seed: string, options: RenderOptions): Uint8Array {
  const pixels = paint(seed, options.width, options.height, options.blockSize ?? 1);
  if (options.format === 'png') return encodePng(pixels, options);
  const canvas = createCanvas(options.width, options.height);
  canvas.getContext('2d').putImageData(new ImageData(pixels, options.width, options.height), 0, 0);
  return new Uint8Array(canvas.encodeSync(options.format, options.compression ?? 100));
}

function paint(seed: string, width: number, height: number, block: number): Uint8ClampedArray {
  const hash = createHash('sha256').update(seed).digest();
  const from = [hash[0]!, hash[1]!, hash[2]!];
  const to = [hash[3]!, hash[4]!, hash[5]!];
  const disc = [hash[6]!, hash[7]!, hash[8]!];
  const centre = { x: (hash[9]! / 255) * width, y: (hash[10]! / 255) * height };
  const radius = (0.15 + (hash[11]! / 255) * 0.25) * Math.min(width, height);
  const pixels = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const sampleY = block > 1 ? Math.floor(y / block) * block + block / 2 : y;
    for (let x = 0; x < width; x++) {
      const sampleX = block > 1 ? Math.floor(x / block) * block + block / 2 : x;
      const along = (sampleX / width + sampleY / height) / 2;
      const distance = Math.hypot(sampleX - centre.x, sampleY - centre.y) / radius;
      const cover = distance >= 1 ? 0 : 1 - distance * distance; // soft edge
      const offset = (y * width + x) * 4;
      for (let channel = 0; channel < 3; channel++) {
        const gradient = from[channel]! + (to[channel]! - from[channel]!) * along;
        pixels[offset + channel] = gradient + (disc[channel]! - gradient) * cover;
      }
      pixels[offset + 3] = 255;
    }
  }
  return pixels;
}

function encodePng(pixels: Uint8ClampedArray, options: RenderOptions): Uint8Array {
  const png = new PNG({ width: options.width, height: options.height });
  png.data = Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  // RGB with the "sub" filter: small for smooth gradients, and far quicker than trying every filter.
  return new Uint8Array(PNG.sync.write(png, { colorType: 2, filterType: 1, deflateLevel: options.pngDeflateLevel ?? 6 }));
}
