import { UserFacingError } from '../../errors';
import { base64ToBytes } from '../../image/bytes';
import { readImageHeader, type ImageMimeType } from '../../image/dimensions';
import type { GeneratedImage } from '../../image/types';

/** Turns one base64 image from OpenAI into a GeneratedImage, refusing anything that is not a whole image. */

const UNREADABLE = 'OpenAI sent an image Post to Image could not read. Try again; if it keeps happening, pick another model in the options.';

export function badResponse(sentence = UNREADABLE): UserFacingError {
  return new UserFacingError(sentence, 'bad-response');
}

export function decodeImage(base64: unknown): GeneratedImage {
  if (typeof base64 !== 'string' || base64.length === 0) throw badResponse('OpenAI answered without an image. Try again.');
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(base64);
  } catch {
    throw badResponse();
  }
  const header = readImageHeader(bytes);
  if (!header || !endsWhole(bytes, header.mimeType)) throw badResponse();
  return { bytes, ...header };
}

const PNG_END = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]; // "IEND" and its CRC

/** A cut-off download still has a good header: check the end too. */
function endsWhole(bytes: Uint8Array, mimeType: ImageMimeType): boolean {
  const tail = (expected: readonly number[]) => expected.every((byte, index) => bytes[bytes.length - expected.length + index] === byte);
  switch (mimeType) {
    case 'image/png':
      return tail(PNG_END);
    case 'image/jpeg':
      return tail([0xff, 0xd9]);
    case 'image/webp':
      // RIFF's size field counts everything after the first 8 bytes.
      return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true) + 8 === bytes.length;
  }
}
