import { base64ToBytes } from '../../image/bytes';
import { readImageHeader } from '../../image/dimensions';
import type { GeneratedImage } from '../../image/types';
import { unreadableAnswer } from './errors';

/**
 * One image from a model's base64, with its real size read from its header. A picture cut short in
 * transit still has a readable header, so the file must also end the way its format ends.
 */
export function imageFromBase64(base64: string): GeneratedImage {
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(base64);
  } catch (error) {
    throw unreadableAnswer(error);
  }
  return imageFromBytes(bytes);
}

/** One image from its bytes (Converse hands them over decoded), checked the same way. */
export function imageFromBytes(bytes: Uint8Array): GeneratedImage {
  const header = readImageHeader(bytes);
  if (!header || !endsWhole(bytes, header.mimeType)) throw unreadableAnswer();
  return { bytes, ...header };
}

/** A PNG's last chunk is an empty IEND; a JPEG ends with the EOI marker; a WebP's RIFF size counts every byte. */
const PNG_END = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];
const JPEG_END = [0xff, 0xd9];

function endsWhole(bytes: Uint8Array, mimeType: GeneratedImage['mimeType']): boolean {
  switch (mimeType) {
    case 'image/png':
      return endsWith(bytes, PNG_END);
    case 'image/jpeg':
      return endsWith(bytes, JPEG_END);
    case 'image/webp':
      return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(4, true) + 8 === bytes.length;
  }
}

function endsWith(bytes: Uint8Array, ending: readonly number[]): boolean {
  const start = bytes.length - ending.length;
  return start >= 0 && ending.every((byte, index) => bytes[start + index] === byte);
}
