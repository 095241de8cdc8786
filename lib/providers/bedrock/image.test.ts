import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { imageFromBase64 } from './image';

function pngBase64(width: number, height: number): string {
  return PNG.sync.write(new PNG({ width, height })).toString('base64');
}

describe('imageFromBase64', () => {
  it('reads the real size and type from the image itself', () => {
    const image = imageFromBase64(pngBase64(40, 30));
    expect([image.mimeType, image.width, image.height]).toEqual(['image/png', 40, 30]);
    expect(image.bytes.subarray(1, 4)).toEqual(new TextEncoder().encode('PNG'));
  });

  it.each([
    ['an image cut short, though its header reads fine', pngBase64(40, 30).slice(0, 80)],
    ['text that is not base64', 'not base64!'],
    ['bytes that are not an image', btoa('{"images": []}')],
  ])('refuses %s as an unreadable answer', (_case, base64) => {
    expect(() => imageFromBase64(base64)).toThrow(
      expect.objectContaining({ code: 'bad-response', message: 'Amazon Bedrock sent an answer that could not be read — try again.' }),
    );
  });
});
