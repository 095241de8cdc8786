import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { UserFacingError } from '../../errors';
import { decodeImage } from './images';

function encoded(format: 'png' | 'jpeg' | 'webp'): Buffer {
  const canvas = createCanvas(48, 32);
  canvas.getContext('2d').fillRect(0, 0, 20, 20);
  return canvas.encodeSync(format as 'png');
}

function failureCode(base64: unknown): string | undefined {
  try {
    decodeImage(base64);
  } catch (error) {
    return error instanceof UserFacingError ? error.code : 'not a UserFacingError';
  }
  return undefined;
}

describe('decodeImage', () => {
  it.each(['png', 'jpeg', 'webp'] as const)('takes a whole %s, with its real type and size', (format) => {
    const bytes = encoded(format);
    const image = decodeImage(bytes.toString('base64'));
    expect([image.mimeType, image.width, image.height]).toEqual([`image/${format}`, 48, 32]);
    expect(Buffer.from(image.bytes).equals(bytes)).toBe(true);
  });

  it.each(['png', 'jpeg', 'webp'] as const)('refuses a %s cut short, though its header is fine', (format) => {
    const bytes = encoded(format);
    expect(failureCode(bytes.subarray(0, bytes.length - 3).toString('base64'))).toBe('bad-response');
  });

  it('refuses a missing image, bad base64 and bytes that are not an image', () => {
    expect(failureCode(undefined)).toBe('bad-response');
    expect(failureCode('')).toBe('bad-response');
    expect(failureCode('not base64 at all!')).toBe('bad-response');
    expect(failureCode(Buffer.from('{"error":"nope"}').toString('base64'))).toBe('bad-response');
  });
});
