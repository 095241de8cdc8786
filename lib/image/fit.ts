import { UserFacingError } from '../errors';
import { FORMATS, type FormatId, LINKEDIN_MAX_IMAGE_BYTES } from '../formats';
import type { GeneratedImage } from './types';
import { browserCodec, type DecodedImage, type FittingContext, type ImageCanvas, type ImageCodec } from './codec';
import { readImageHeader } from './dimensions';

/** 'crop' fills the format and loses the overflow; 'pad' keeps the whole image and fills the bars with its edge colour. */
export type FitMode = 'crop' | 'pad';

export interface FitOptions {
  mode?: FitMode;
}

const UNREADABLE_IMAGE = 'The image that came back could not be read. Try again.';

/** Ratios this close pass as equal: a stretch this small cannot be seen, a crop would lose an edge for nothing. */
const ASPECT_TOLERANCE = 0.01;
/** Tried in turn when the PNG is over LinkedIn's limit; even busy photos fit long before the last. */
const JPEG_QUALITIES = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4];

/** The image at the format's exact size, cropped (never stretched) or padded, as a PNG or JPEG LinkedIn takes. */
export async function fitImage(
  image: GeneratedImage,
  format: FormatId,
  codec: ImageCodec = browserCodec,
  { mode = 'crop' }: FitOptions = {},
): Promise<GeneratedImage> {
  const { width, height } = FORMATS[format];
  // Decoded even when it may already fit: a right-looking header on broken bytes must not reach LinkedIn.
  const decoded = await decode(image.bytes, codec);
  try {
    if (alreadyFits(image.bytes, decoded, width, height)) return image;
    const canvas = codec.createCanvas(width, height);
    canvas.ctx.imageSmoothingEnabled = true;
    canvas.ctx.imageSmoothingQuality = 'high';
    const ratio = decoded.width / decoded.height / (width / height);
    if (Math.abs(ratio - 1) <= ASPECT_TOLERANCE) canvas.ctx.drawImage(decoded, 0, 0, width, height);
    else if (mode === 'pad') pad(canvas.ctx, decoded, width, height);
    else crop(canvas.ctx, decoded, width, height);
    return { ...(await encodeWithinLimit(canvas)), width, height };
  } finally {
    decoded.close?.();
  }
}

/** The right size, a type LinkedIn takes (not WebP), and small enough: sent as it came, byte for byte. */
function alreadyFits(bytes: Uint8Array, decoded: DecodedImage, width: number, height: number): boolean {
  const type = readImageHeader(bytes)?.mimeType;
  const linkedinType = type === 'image/png' || type === 'image/jpeg';
  return linkedinType && decoded.width === width && decoded.height === height && bytes.length <= LINKEDIN_MAX_IMAGE_BYTES;
}

async function decode(bytes: Uint8Array, codec: ImageCodec): Promise<DecodedImage> {
  const decoded = await codec.decode(bytes).catch((error: unknown) => {
    throw new UserFacingError(UNREADABLE_IMAGE, 'bad-response', { cause: error });
  });
  if (decoded.width > 0 && decoded.height > 0) return decoded;
  decoded.close?.();
  throw new UserFacingError(UNREADABLE_IMAGE, 'bad-response');
}

/** Cover, centred: the largest part of the image with the format's ratio, scaled to fill it. */
function crop(ctx: FittingContext, image: DecodedImage, width: number, height: number): void {
  const target = width / height;
  const wider = image.width / image.height > target;
  const sourceWidth = wider ? image.height * target : image.width;
  const sourceHeight = wider ? image.height : image.width / target;
  ctx.drawImage(image, (image.width - sourceWidth) / 2, (image.height - sourceHeight) / 2, sourceWidth, sourceHeight, 0, 0, width, height);
}

/** Contain, centred, with the bars in the average colour of the image's edges that face them. */
function pad(ctx: FittingContext, image: DecodedImage, width: number, height: number): void {
  const scale = Math.min(width / image.width, height / image.height);
  const drawnWidth = Math.round(image.width * scale);
  const drawnHeight = Math.round(image.height * scale);
  const left = Math.floor((width - drawnWidth) / 2);
  const top = Math.floor((height - drawnHeight) / 2);
  ctx.drawImage(image, left, top, drawnWidth, drawnHeight);
  const sideBars = drawnWidth < width;
  const edges = sideBars
    ? [ctx.getImageData(left, top, 1, drawnHeight), ctx.getImageData(left + drawnWidth - 1, top, 1, drawnHeight)]
    : [ctx.getImageData(left, top, drawnWidth, 1), ctx.getImageData(left, top + drawnHeight - 1, drawnWidth, 1)];
  ctx.fillStyle = averageColour(edges.map((edge) => edge.data));
  if (sideBars) {
    ctx.fillRect(0, 0, left, height);
    ctx.fillRect(left + drawnWidth, 0, width - left - drawnWidth, height);
  } else {
    ctx.fillRect(0, 0, width, top);
    ctx.fillRect(0, top + drawnHeight, width, height - top - drawnHeight);
  }
}

/** The mean of RGBA pixel runs, as a CSS colour. */
function averageColour(runs: Uint8ClampedArray[]): string {
  const sums = [0, 0, 0];
  let pixels = 0;
  for (const run of runs) {
    for (let index = 0; index < run.length; index += 4) {
      for (let channel = 0; channel < 3; channel++) sums[channel]! += run[index + channel]!;
      pixels++;
    }
  }
  const [red, green, blue] = sums.map((sum) => Math.round(sum / pixels));
  return `rgb(${red}, ${green}, ${blue})`;
}

/** PNG when it is under LinkedIn's limit, else the best JPEG that is. */
async function encodeWithinLimit(canvas: ImageCanvas): Promise<Pick<GeneratedImage, 'bytes' | 'mimeType'>> {
  const png = await canvas.encode('image/png');
  if (png.length <= LINKEDIN_MAX_IMAGE_BYTES) return { bytes: png, mimeType: 'image/png' };
  for (const quality of JPEG_QUALITIES) {
    const jpeg = await canvas.encode('image/jpeg', quality);
    if (jpeg.length <= LINKEDIN_MAX_IMAGE_BYTES) return { bytes: jpeg, mimeType: 'image/jpeg' };
  }
  throw new UserFacingError('The image is too large for LinkedIn even when compressed. Try again.', 'bad-response');
}
