import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';

/**
 * Real PNGs for the emulated image models: a two-colour gradient with soft discs, every colour and
 * position taken from a hash of what the caller asked for, so different prompts, seeds or image
 * indices give visibly different pictures and the same request gives the same one.
 */

const DISCS = 5;

interface Disc {
  x: number;
  y: number;
  radius: number;
  colour: readonly [number, number, number];
}

export interface PictureOptions {
  /** Store the pixels uncompressed: for a deliberately huge file. */
  uncompressed?: boolean;
}

export function renderPicture(identity: string, width: number, height: number, options: PictureOptions = {}): Buffer {
  const digest = createHash('sha256').update(identity).digest();
  const byte = (index: number) => digest[index % digest.length]! / 255;
  const from = colourAt(byte(0), 0.55);
  const to = colourAt(byte(1), 0.35);
  const discs: Disc[] = Array.from({ length: DISCS }, (_, index) => ({
    x: byte(2 + index * 4) * width,
    y: byte(3 + index * 4) * height,
    radius: (0.08 + byte(4 + index * 4) * 0.25) * Math.min(width, height),
    colour: colourAt(byte(5 + index * 4), 0.7),
  }));

  const png = new PNG({ width, height });
  const pixel = [0, 0, 0];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const along = (x / width + y / height) / 2;
      for (let channel = 0; channel < 3; channel++) pixel[channel] = from[channel]! + (to[channel]! - from[channel]!) * along;
      for (const disc of discs) {
        const distance = Math.hypot(x - disc.x, y - disc.y);
        if (distance >= disc.radius) continue;
        const share = 0.6 * (1 - distance / disc.radius);
        for (let channel = 0; channel < 3; channel++) pixel[channel] = pixel[channel]! + (disc.colour[channel]! - pixel[channel]!) * share;
      }
      const offset = (y * width + x) * 4;
      for (let channel = 0; channel < 3; channel++) png.data[offset + channel] = Math.round(pixel[channel]!);
      png.data[offset + 3] = 255;
    }
  }
  return PNG.sync.write(png, options.uncompressed ? { deflateLevel: 0, filterType: 0 } : { deflateLevel: 3 });
}

/** A saturated colour at this hue (0..1) and lightness. */
function colourAt(hue: number, lightness: number): [number, number, number] {
  const channel = (shift: number) => {
    const k = (shift + hue * 12) % 12;
    const amplitude = 0.75 * Math.min(lightness, 1 - lightness);
    return Math.round(255 * (lightness - amplitude * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [channel(0), channel(8), channel(4)];
}
