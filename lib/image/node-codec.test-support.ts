/** Test-only: an ImageCodec on @napi-rs/canvas, standing in for createImageBitmap and OffscreenCanvas. */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import type { DecodedImage, FittingContext, ImageCodec } from './codec';

// The Node canvas draws only its own Image and Canvas types, which the browser's types cannot describe:
// the casts say that this codec's images and contexts only ever meet each other.
export const nodeCodec: ImageCodec = {
  decode: async (bytes) => (await loadImage(Buffer.from(bytes))) as unknown as DecodedImage,
  createCanvas(width, height) {
    const canvas = createCanvas(width, height);
    return {
      ctx: canvas.getContext('2d') as unknown as FittingContext,
      async encode(type, quality = 0.92) {
        // @napi-rs/canvas takes JPEG quality as 0-100, the browser as 0-1.
        const bytes = type === 'image/jpeg' ? await canvas.encode('jpeg', Math.round(quality * 100)) : await canvas.encode('png');
        return new Uint8Array(bytes);
      },
    };
  },
};
