/** A picked logo file as the data URL the settings keep, or the sentence saying why it cannot be used. */
import { dataUrlBytes, toDataUrl } from '@/lib/image/bytes';
import { LOGO_MAX_BYTES } from '@/lib/settings/schema';

export type LogoRead = { ok: true; dataUrl: string } | { ok: false; sentence: string };

const TYPES = new Set(['image/png', 'image/jpeg', 'image/svg+xml']);
/** The longest side an SVG logo is drawn at: several times what a card shows, so it stays sharp. */
const SVG_RASTER_SIZE = 512;

const kilobytes = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;
export const LOGO_LIMIT = kilobytes(LOGO_MAX_BYTES);

/**
 * The renderer runs in the service worker, where createImageBitmap cannot read SVG:
 * the page, which can, draws it once into a PNG.
 */
async function svgAsPng(dataUrl: string): Promise<string> {
  const image = new Image();
  image.src = dataUrl;
  await image.decode();
  const [width, height] = [image.naturalWidth || SVG_RASTER_SIZE, image.naturalHeight || SVG_RASTER_SIZE];
  const scale = SVG_RASTER_SIZE / Math.max(width, height);
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [Math.round(width * scale), Math.round(height * scale)];
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas on this page.');
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}

export async function readLogo(file: File): Promise<LogoRead> {
  if (!TYPES.has(file.type)) return { ok: false, sentence: 'Choose a PNG, JPEG or SVG image.' };
  if (file.size > LOGO_MAX_BYTES) {
    return { ok: false, sentence: `This file is ${kilobytes(file.size)}; a logo can be at most ${LOGO_LIMIT}. Save it smaller and choose it again.` };
  }
  const dataUrl = toDataUrl(new Uint8Array(await file.arrayBuffer()), file.type);
  if (file.type !== 'image/svg+xml') return { ok: true, dataUrl };
  try {
    const png = await svgAsPng(dataUrl);
    if (dataUrlBytes(png).byteLength <= LOGO_MAX_BYTES) return { ok: true, dataUrl: png };
  } catch {
    // Unreadable SVG: the same advice as for one too detailed.
  }
  return { ok: false, sentence: `This SVG could not be turned into an image of at most ${LOGO_LIMIT}. Export the logo as a PNG and choose that instead.` };
}
