import { createCanvas } from '@napi-rs/canvas';
import fc from 'fast-check';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { readImageHeader } from './dimensions';

function canvasImage(width: number, height: number, format: 'png' | 'jpeg' | 'webp'): Uint8Array {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#3a7';
  context.fillRect(0, 0, width / 2, height / 2);
  return new Uint8Array(canvas.encodeSync(format as 'png'));
}

/** A RIFF/WEBP file whose first chunk is `fourCC` with `payload` (enough for the header reader). */
function webpWith(fourCC: string, payload: number[]): Uint8Array {
  const chunk = [...fourCC].map((char) => char.charCodeAt(0));
  const size = [payload.length, 0, 0, 0];
  const body = [...'WEBP'].map((char) => char.charCodeAt(0)).concat(chunk, size, payload, new Array(16).fill(0));
  const riffSize = [body.length & 0xff, body.length >> 8, 0, 0];
  return new Uint8Array([...[...'RIFF'].map((char) => char.charCodeAt(0)), ...riffSize, ...body]);
}

describe('readImageHeader', () => {
  it('reads PNG, JPEG and extended WebP sizes from real encoders', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 600 }), (width, height) => {
        expect(readImageHeader(canvasImage(width, height, 'png'))).toEqual({ mimeType: 'image/png', width, height });
        expect(readImageHeader(canvasImage(width, height, 'jpeg'))).toEqual({ mimeType: 'image/jpeg', width, height });
        expect(readImageHeader(canvasImage(width, height, 'webp'))).toEqual({ mimeType: 'image/webp', width, height });
      }),
      { numRuns: 15 },
    );
  });

  it('reads a pngjs PNG', () => {
    const png = new PNG({ width: 1200, height: 624 });
    expect(readImageHeader(new Uint8Array(PNG.sync.write(png)))).toEqual({ mimeType: 'image/png', width: 1200, height: 624 });
  });

  it('reads lossy VP8 and lossless VP8L WebP headers', () => {
    const [width, height] = [1536, 1024];
    const lossy = webpWith('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, width & 0xff, width >> 8, height & 0xff, height >> 8]);
    expect(readImageHeader(lossy)).toEqual({ mimeType: 'image/webp', width, height });
    const bits = (width - 1) | ((height - 1) << 14);
    const lossless = webpWith('VP8L', [0x2f, bits & 0xff, (bits >>> 8) & 0xff, (bits >>> 16) & 0xff, (bits >>> 24) & 0xff]);
    expect(readImageHeader(lossless)).toEqual({ mimeType: 'image/webp', width, height });
  });

  it('skips JPEG segments and fill bytes before the frame header', () => {
    const jpeg = canvasImage(321, 123, 'jpeg');
    const withFill = new Uint8Array([0xff, 0xd8, 0xff, ...jpeg.subarray(2)]);
    expect(readImageHeader(withFill)).toEqual({ mimeType: 'image/jpeg', width: 321, height: 123 });
  });

  it('answers undefined for other bytes, truncated headers and zero sizes', () => {
    const png = canvasImage(10, 10, 'png');
    expect(readImageHeader(new TextEncoder().encode('{"error": "not an image"}'))).toBeUndefined();
    expect(readImageHeader(png.subarray(0, 20))).toBeUndefined();
    expect(readImageHeader(canvasImage(10, 10, 'jpeg').subarray(0, 30))).toBeUndefined();
    const zeroWide = png.slice();
    zeroWide.fill(0, 16, 20);
    expect(readImageHeader(zeroWide)).toBeUndefined();
    expect(readImageHeader(new Uint8Array())).toBeUndefined();
  });
});
