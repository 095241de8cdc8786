/** A big accent glyph in the top band on the text's side: the quote card's quotation mark, the question card's question mark. */
import { toCss } from '../colour';
import { font, type Frame } from './frame';

/** Draws `glyph` with its ink's top on the top margin; returns where its ink ends. */
export function drawBigMark(frame: Frame, glyph: string): number {
  const { ctx, palette, fontFamily, padding, rtl, x } = frame;
  ctx.font = font('700', padding * 2.6, fontFamily);
  ctx.textAlign = rtl ? 'right' : 'left';
  ctx.textBaseline = 'alphabetic';
  const { actualBoundingBoxAscent: ascent, actualBoundingBoxDescent: descent } = ctx.measureText(glyph);
  const baseline = padding + ascent;
  ctx.fillStyle = toCss(palette.accents[0]);
  ctx.fillText(glyph, x, baseline);
  ctx.textBaseline = 'middle';
  return baseline + descent;
}
