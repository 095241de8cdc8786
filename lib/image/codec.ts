/**
 * Decoding and encoding images, behind an interface so the worker uses createImageBitmap and
 * OffscreenCanvas and tests a Node canvas (see node-codec.test-support.ts), as lib/render/surface.ts does for drawing.
 */

/** What the canvas can draw; an ImageBitmap in the browser. */
export type DecodedImage = CanvasImageSource & { readonly width: number; readonly height: number; close?(): void };

/** The part of the 2D context fitting uses; OffscreenCanvas's context and @napi-rs/canvas's both have it. */
export type FittingContext = Pick<
  OffscreenCanvasRenderingContext2D,
  'drawImage' | 'getImageData' | 'fillStyle' | 'fillRect' | 'imageSmoothingEnabled' | 'imageSmoothingQuality'
>;

export type EncodedType = 'image/png' | 'image/jpeg';

export interface ImageCanvas {
  ctx: FittingContext;
  /** `quality` is 0 to 1, for JPEG only. */
  encode(type: EncodedType, quality?: number): Promise<Uint8Array>;
}

export interface ImageCodec {
  /** Rejects when the bytes are not an image the platform can read. */
  decode(bytes: Uint8Array): Promise<DecodedImage>;
  createCanvas(width: number, height: number): ImageCanvas;
}

/** createImageBitmap and OffscreenCanvas exist in Chrome's service worker and in Firefox's event page alike. */
export const browserCodec: ImageCodec = {
  decode: (bytes) => createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>])),
  createCanvas(width, height) {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('OffscreenCanvas has no 2D context here.');
    return {
      ctx,
      async encode(type, quality) {
        const blob = await canvas.convertToBlob({ type, quality });
        return new Uint8Array(await blob.arrayBuffer());
      },
    };
  },
};
