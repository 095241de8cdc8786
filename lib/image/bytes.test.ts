import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ToBytes, bytesToBase64, dataUrlBytes, toDataUrl } from './bytes';

// Node's Buffer is the reference encoder here; the code under test must not use it.
const reference = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

describe('bytesToBase64', () => {
  it('matches a reference encoder for any bytes, across chunk boundaries', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 60_000 }), (bytes) => {
        expect(bytesToBase64(bytes)).toBe(reference(bytes));
      }),
      { numRuns: 40 },
    );
  });

  it('encodes an empty array to an empty string', () => {
    expect(bytesToBase64(new Uint8Array())).toBe('');
  });
});

describe('base64ToBytes', () => {
  it('reverses bytesToBase64', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5_000 }), (bytes) => {
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
      }),
    );
  });
});

describe('a LinkedIn-sized image', () => {
  it('round-trips 5 MB without overflowing the stack', () => {
    const bytes = new Uint8Array(5 * 1024 * 1024 + 1);
    for (let index = 0; index < bytes.length; index++) bytes[index] = (index * 7919) % 256;
    const encoded = bytesToBase64(bytes);
    // Plain comparisons: toEqual on megabytes is slow and its diff unreadable.
    expect(encoded === reference(bytes)).toBe(true);
    expect(Buffer.from(base64ToBytes(encoded)).equals(bytes)).toBe(true);
  });
});

describe('toDataUrl', () => {
  it('prefixes the MIME type to the base64 payload', () => {
    const bytes = new Uint8Array([137, 80, 78, 71]);
    expect(toDataUrl(bytes, 'image/png')).toBe(`data:image/png;base64,${reference(bytes)}`);
  });
});

describe('dataUrlBytes', () => {
  it('gives back the bytes toDataUrl encoded, whatever the MIME type', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.constantFrom('image/png', 'image/svg+xml', 'image/jpeg'), (bytes, mimeType) => {
        expect(dataUrlBytes(toDataUrl(bytes, mimeType))).toEqual(bytes);
      }),
    );
  });
});
