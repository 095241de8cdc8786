/** The headline card: an accent bar, the headline as big as fits, and key-phrase chips below. */
import { toCss } from '../colour';
import { withEllipsis } from '../layout';
import { CHIP_GLASS_ALPHA } from '../palette';
import { drawTextBox, font, inward, measurer, type CardTemplate, type Frame } from './frame';

const MAX_CHIPS = 3;
/** Chip height in ems of its label. */
const CHIP_HEIGHT = 2.1;

/** A short bar in the accent colour at the top margin, on the text's side. */
export function drawAccentBar(frame: Frame): void {
  const { ctx, palette, rtl, padding } = frame;
  const [width, height] = [padding * 0.9, padding * 0.14];
  ctx.fillStyle = toCss(palette.accents[0]);
  ctx.beginPath();
  ctx.roundRect(rtl ? inward(frame, width) : frame.x, padding, width, height, height / 2);
  ctx.fill();
}

/** Chips on one row from the anchor side; a phrase that no longer fits ends the row. */
function drawChips(frame: Frame, top: number, fontSize: number): void {
  const { ctx, palette, fontFamily, rtl, padding } = frame;
  const measure = measurer(ctx, fontFamily, '400');
  const [height, inset, gap] = [fontSize * CHIP_HEIGHT, fontSize * 0.9, fontSize * 0.6];
  const rowWidth = frame.width - padding * 2;
  let used = 0;
  for (const phrase of frame.keyPhrases.slice(0, MAX_CHIPS)) {
    const label = measure(phrase, fontSize) > rowWidth / 2 ? withEllipsis(phrase, fontSize, rowWidth / 2, measure) : phrase;
    const width = measure(label, fontSize) + inset * 2;
    if (used + width > rowWidth) break;
    const left = inward(frame, rtl ? used + width : used);
    ctx.fillStyle = toCss(palette.chipGlass, CHIP_GLASS_ALPHA);
    ctx.beginPath();
    ctx.roundRect(left, top, width, height, height / 2);
    ctx.fill();
    ctx.font = font('400', fontSize, fontFamily);
    ctx.fillStyle = toCss(palette.text);
    ctx.textAlign = 'center';
    ctx.fillText(label, left + width / 2, top + height / 2);
    used += width + gap;
  }
}

export const headlineTemplate: CardTemplate = {
  draw(frame) {
    const { width, height, padding, keyPhrases } = frame;
    drawAccentBar(frame);
    const chipFontSize = Math.min(width, height) * 0.032;
    const chipsHeight = keyPhrases.length > 0 ? chipFontSize * CHIP_HEIGHT : 0;
    const chipsTop = height - padding - chipsHeight;
    drawChips(frame, chipsTop, chipFontSize);
    const maxFontSize = Math.min(width * 0.09, height * 0.14);
    drawTextBox(frame, { text: frame.headline, top: frame.top, bottom: chipsTop - padding * 0.4, style: '700', maxFontSize, lineHeight: 1.14, maxLines: 6 });
  },
};
