/** The list card: a short title from the headline over up to four key phrases, each after an accent bullet. */
import { toCss } from '../colour';
import { drawTextBox, inward, type CardTemplate, type Frame } from './frame';

const MAX_ITEMS = 4;
const TITLE_LINES = 2;
const TITLE_LINE_HEIGHT = 1.14;
/** Row height in ems of an item. */
const ROW_HEIGHT = 2;

function drawBullet(frame: Frame, centreY: number, fontSize: number, index: number): void {
  const { ctx, palette, rtl } = frame;
  const size = fontSize * 0.5;
  ctx.fillStyle = toCss(palette.accents[index % 2] ?? palette.accents[0]);
  ctx.beginPath();
  ctx.roundRect(inward(frame, rtl ? size : 0), centreY - size / 2, size, size, size * 0.25);
  ctx.fill();
}

export const keyPhrasesTemplate: CardTemplate = {
  draw(frame) {
    const { width, height, padding, headline } = frame;
    const items = frame.keyPhrases.slice(0, MAX_ITEMS);
    const titleSize = Math.min(width * 0.065, height * 0.1);
    const title = { text: headline, style: '700', maxFontSize: titleSize, lineHeight: TITLE_LINE_HEIGHT };
    if (items.length === 0) {
      drawTextBox(frame, { ...title, top: frame.top, bottom: height - padding, maxLines: TITLE_LINES * 2 });
      return;
    }
    const itemSize = Math.min(width, height) * 0.045;
    const titleHeight = titleSize * TITLE_LINE_HEIGHT * TITLE_LINES;
    const gap = padding * 0.5;
    // The title and the list together, centred in the space below the top band.
    const blockHeight = titleHeight + gap + items.length * itemSize * ROW_HEIGHT;
    const titleTop = frame.top + Math.max(0, (height - padding - frame.top - blockHeight) / 2);
    drawTextBox(frame, { ...title, top: titleTop, bottom: titleTop + titleHeight, maxLines: TITLE_LINES });
    const item = { style: '400', maxFontSize: itemSize, minFontSize: itemSize, lineHeight: 1, maxLines: 1, indent: itemSize * 1.2 };
    items.forEach((text, index) => {
      const top = titleTop + titleHeight + gap + index * itemSize * ROW_HEIGHT;
      drawBullet(frame, top + (itemSize * ROW_HEIGHT) / 2, itemSize, index);
      drawTextBox(frame, { ...item, text, top, bottom: top + itemSize * ROW_HEIGHT });
    });
  },
};
