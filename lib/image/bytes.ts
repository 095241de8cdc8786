/** Base64 and data URLs for image bytes, with the browser's btoa/atob: works in workers, no Buffer. */

/**
 * Bytes per btoa call: a multiple of 3, so each chunk encodes to whole base64 quads with no padding
 * in the middle, and small enough that String.fromCharCode's argument list never overflows the stack.
 */
const CHUNK_BYTES = 3 * 8192;

export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const chunk = bytes.subarray(start, start + CHUNK_BYTES);
    parts.push(btoa(String.fromCharCode(...chunk)));
  }
  return parts.join('');
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function toDataUrl(bytes: Uint8Array, mimeType: string): string {
  return `data:${mimeType};base64,${bytesToBase64(bytes)}`;
}

/** The bytes of a base64 data URL (what follows the comma): the inverse of toDataUrl. */
export function dataUrlBytes(dataUrl: string): Uint8Array {
  return base64ToBytes(dataUrl.slice(dataUrl.indexOf(',') + 1));
}
