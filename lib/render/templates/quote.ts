/** The quote card: a big quotation mark, the post's quotation, and who said it when the post names them. */
import { drawTextBox, type CardTemplate } from './frame';
import { drawBigMark } from './mark';

export const quoteTemplate: CardTemplate = {
  draw(frame) {
    const { width, height, padding, rtl } = frame;
    // A quote chosen for a post without one sets its hook as the quotation.
    const { sentence, attribution } = frame.shape.quote ?? { sentence: frame.headline };
    const markBottom = drawBigMark(frame, rtl ? '”' : '“');
    const attributionSize = Math.min(width, height) * 0.036;
    const bottom = height - padding - (attribution ? attributionSize * 2.2 : 0);
    const maxFontSize = Math.min(width * 0.065, height * 0.1);
    const top = Math.max(frame.top, markBottom + padding * 0.4);
    drawTextBox(frame, { text: sentence, top, bottom, style: 'italic 400', maxFontSize, lineHeight: 1.3, maxLines: 7 });
    if (!attribution) return;
    const size = { maxFontSize: attributionSize, minFontSize: attributionSize * 0.7, lineHeight: 1, maxLines: 1 };
    drawTextBox(frame, { text: `— ${attribution}`, top: bottom, bottom: height - padding, style: '700', ...size });
  },
};
