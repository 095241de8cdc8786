/** The quote card: a big quotation mark, the post's key sentence, and who said it when the headline names them. */
import { toCss } from '../colour';
import { drawTextBox, font, type CardTemplate, type Frame } from './frame';

const QUOTE_MARKS = `"“”„«»'‘’`;
/** `“Culture eats strategy for breakfast.” — Peter Drucker`: a quoted sentence, a dash, a short name. */
const ATTRIBUTED = new RegExp(`^\\s*[${QUOTE_MARKS}](.+)[${QUOTE_MARKS}]\\s*[—–-]+\\s*([^${QUOTE_MARKS}—–]{2,60})$`, 'u');
const SURROUNDING_MARKS = new RegExp(`^\\s*[${QUOTE_MARKS}]+|[${QUOTE_MARKS}]+\\s*$`, 'gu');

export interface Quotation {
  sentence: string;
  attribution?: string;
}

/** The headline without the quotation marks the card draws itself, and its attribution if it has one. */
export function quotationIn(headline: string): Quotation {
  const match = ATTRIBUTED.exec(headline);
  if (match?.[1] && match[2]) return { sentence: match[1].trim(), attribution: match[2].trim() };
  return { sentence: headline.replace(SURROUNDING_MARKS, '').trim() };
}

/** Draws the opening mark with its ink's top on the top margin; returns where its ink ends. */
function drawQuoteMark(frame: Frame): number {
  const { ctx, palette, fontFamily, padding, rtl, x } = frame;
  const mark = rtl ? '”' : '“';
  ctx.font = font('700', padding * 2.6, fontFamily);
  ctx.textAlign = rtl ? 'right' : 'left';
  ctx.textBaseline = 'alphabetic';
  const { actualBoundingBoxAscent: ascent, actualBoundingBoxDescent: descent } = ctx.measureText(mark);
  const baseline = padding + ascent;
  ctx.fillStyle = toCss(palette.accents[0]);
  ctx.fillText(mark, x, baseline);
  ctx.textBaseline = 'middle';
  return baseline + descent;
}

export const quoteTemplate: CardTemplate = {
  draw(frame) {
    const { width, height, padding } = frame;
    const { sentence, attribution } = quotationIn(frame.headline);
    const markBottom = drawQuoteMark(frame);
    const attributionSize = Math.min(width, height) * 0.036;
    const bottom = height - padding - (attribution ? attributionSize * 2.2 : 0);
    const maxFontSize = Math.min(width * 0.065, height * 0.1);
    const top = Math.max(frame.top, markBottom + padding * 0.4);
    drawTextBox(frame, { text: sentence, top, bottom, style: 'italic 400', maxFontSize, lineHeight: 1.3, maxLines: 7 });
    if (!attribution) return;
    const size = { maxFontSize: attributionSize, minFontSize: attributionSize, lineHeight: 1, maxLines: 1 };
    drawTextBox(frame, { text: `— ${attribution}`, top: bottom, bottom: height - padding, style: '700', ...size });
  },
};
