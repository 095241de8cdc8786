/** An image as a provider makes it, and as it is fitted, kept and saved. */
export interface GeneratedImage {
  bytes: Uint8Array;
  mimeType: 'image/png' | 'image/jpeg' | 'image/webp';
  width: number;
  height: number;
}
