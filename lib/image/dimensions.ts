/**
 * Width, height and type of an encoded image, read from its header alone (PNG IHDR, JPEG SOFn,
 * WebP VP8/VP8L/VP8X), so providers report what they really received rather than what they asked for.
 */

export type ImageMimeType = 'image/png' | 'image/jpeg' | 'image/webp';

export interface ImageHeader {
  mimeType: ImageMimeType;
  width: number;
  height: number;
}

/** The image's header facts, or undefined when the bytes are not a PNG, JPEG or WebP we can read. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | undefined {
  const header = pngHeader(bytes) ?? jpegHeader(bytes) ?? webpHeader(bytes);
  return header && header.width > 0 && header.height > 0 ? header : undefined;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngHeader(bytes: Uint8Array): ImageHeader | undefined {
  // The signature, then IHDR always first: length (4), "IHDR" (4), width (4), height (4).
  if (bytes.length < 24 || !startsWith(bytes, PNG_SIGNATURE) || ascii(bytes, 12, 4) !== 'IHDR') return undefined;
  const view = viewOf(bytes);
  return { mimeType: 'image/png', width: view.getUint32(16), height: view.getUint32(20) };
}

/** Start-of-frame markers carry the size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not. */
function isStartOfFrame(marker: number): boolean {
  return marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
}

/** Markers that stand alone, with no length field: TEM and RST0-7. */
function isStandalone(marker: number): boolean {
  return marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7);
}

function jpegHeader(bytes: Uint8Array): ImageHeader | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  const view = viewOf(bytes);
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1; // fill byte before a marker
      continue;
    }
    if (isStandalone(marker)) {
      offset += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image, or scan data before any frame
    if (isStartOfFrame(marker)) {
      // Length (2), precision (1), height (2), width (2).
      if (offset + 9 > bytes.length) return undefined;
      return { mimeType: 'image/jpeg', width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) };
    }
    offset += 2 + view.getUint16(offset + 2);
  }
  return undefined;
}

function webpHeader(bytes: Uint8Array): ImageHeader | undefined {
  if (bytes.length < 30 || ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WEBP') return undefined;
  const view = viewOf(bytes);
  const data = 20; // after the first chunk's FourCC (12) and size (16)
  switch (ascii(bytes, 12, 4)) {
    case 'VP8 ':
      // Lossy: a 3-byte frame tag, the start code 9D 01 2A, then 14-bit width and height.
      if (bytes[data + 3] !== 0x9d || bytes[data + 4] !== 0x01 || bytes[data + 5] !== 0x2a) return undefined;
      return {
        mimeType: 'image/webp',
        width: view.getUint16(data + 6, true) & 0x3fff,
        height: view.getUint16(data + 8, true) & 0x3fff,
      };
    case 'VP8L': {
      // Lossless: the signature 2F, then width-1 and height-1 as two 14-bit fields.
      if (bytes[data] !== 0x2f) return undefined;
      const bits = view.getUint32(data + 1, true);
      return { mimeType: 'image/webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    case 'VP8X':
      // Extended: flags (4), then canvas width-1 and height-1 as 24-bit little-endian numbers.
      return { mimeType: 'image/webp', width: uint24(bytes, data + 4) + 1, height: uint24(bytes, data + 7) + 1 };
    default:
      return undefined;
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

function uint24(bytes: Uint8Array, offset: number): number {
  return bytes[offset]! | (bytes[offset + 1]! << 8) | (bytes[offset + 2]! << 16);
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
