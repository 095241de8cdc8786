/** The brand logo, small in the top corner away from where the text starts, inside the card's top band. */
import type { DecodedImage } from '../image/codec';
import { TOP_BAND, type Frame } from './templates/frame';

/** Leaves a sliver of the top band between the logo and the text below it. */
const HEIGHT = TOP_BAND * 0.88;
/** A wide wordmark may take this many times the logo height. */
const MAX_ASPECT = 4;

export function drawLogo({ ctx, width, padding, rtl }: Frame, logo: DecodedImage): void {
  if (logo.width <= 0 || logo.height <= 0) return;
  const scale = Math.min((padding * HEIGHT) / logo.height, (padding * HEIGHT * MAX_ASPECT) / logo.width);
  const [drawnWidth, drawnHeight] = [logo.width * scale, logo.height * scale];
  ctx.drawImage(logo, rtl ? padding : width - padding - drawnWidth, padding, drawnWidth, drawnHeight);
}
