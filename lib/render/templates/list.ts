/** The list card: the post's title over its points, each after its number; as many points as fit at a readable size. */
import { toCss } from '../colour';
import { withEllipsis, wrapText } from '../layout';
import { CHIP_GLASS_ALPHA } from '../palette';
import { drawTextBox, font, inward, measurer, type CardTemplate, type Frame } from './frame';

const TITLE_LINES = 2;
const TITLE_LINE_HEIGHT = 1.14;
const POINT_LINES = 2;
const POINT_LINE_HEIGHT = 1.22;
/** Space between points, in ems. */
const POINT_GAP = 0.7;
/** Each try shrinks the points' font by this factor, down to MIN_SHARE of the largest. */
const SHRINK = 0.94;
const MIN_SHARE = 0.62;
/** Room for a point's number before its text, in ems of the point. */
const INDENT = 2.2;

interface SetPoints {
  fontSize: number;
  indent: number;
  points: string[][];
  height: number;
}

/** Each point wrapped to at most POINT_LINES lines after its number, and the height they take together. */
function setPoints(frame: Frame, texts: string[], fontSize: number, rowWidth: number): SetPoints {
  const measure = measurer(frame.ctx, frame.fontFamily, '400');
  const indent = fontSize * INDENT;
  const maxWidth = rowWidth - indent;
  const points = texts.map((text) => {
    const lines = wrapText(text, fontSize, maxWidth, measure);
    if (lines.length <= POINT_LINES) return lines;
    const kept = lines.slice(0, POINT_LINES);
    kept[POINT_LINES - 1] = withEllipsis(kept[POINT_LINES - 1]!, fontSize, maxWidth, measure);
    return kept;
  });
  const lineCount = points.reduce((sum, lines) => sum + lines.length, 0);
  const height = lineCount * fontSize * POINT_LINE_HEIGHT + Math.max(0, points.length - 1) * fontSize * POINT_GAP;
  return { fontSize, indent, points, height };
}

/** The largest size at which every point fits the room; at the smallest, the points that fit, in order. */
function fitPoints(frame: Frame, texts: string[], maxFontSize: number, rowWidth: number, room: number): SetPoints {
  let fontSize = maxFontSize;
  let set = setPoints(frame, texts, fontSize, rowWidth);
  while (set.height > room && fontSize * SHRINK >= maxFontSize * MIN_SHARE) {
    fontSize *= SHRINK;
    set = setPoints(frame, texts, fontSize, rowWidth);
  }
  for (let count = texts.length - 1; set.height > room && count >= 1; count--) set = setPoints(frame, texts.slice(0, count), fontSize, rowWidth);
  return set;
}

/** The point's number in a glass disc, level with its first line. */
function drawNumber(frame: Frame, number: number, centreY: number, fontSize: number): void {
  const { ctx, palette, fontFamily, rtl } = frame;
  const radius = fontSize * 0.78;
  const centreX = inward(frame, radius);
  ctx.fillStyle = toCss(palette.chipGlass, CHIP_GLASS_ALPHA);
  ctx.beginPath();
  ctx.arc(centreX, centreY, radius, 0, Math.PI * 2);
  ctx.fill();
  ctx.strokeStyle = toCss(palette.accents[0]);
  ctx.lineWidth = Math.max(1, fontSize * 0.09);
  ctx.stroke();
  ctx.font = font('700', fontSize * 0.8, fontFamily);
  ctx.fillStyle = toCss(palette.text);
  ctx.textAlign = 'center';
  ctx.fillText(String(number), centreX, centreY);
  ctx.textAlign = rtl ? 'right' : 'left';
}

export const listTemplate: CardTemplate = {
  draw(frame) {
    const { ctx, width, height, padding, fontFamily, palette, rtl } = frame;
    // A list chosen for a post without one lists its key phrases under its hook.
    const { title, points } = frame.shape.list ?? { title: frame.headline, points: frame.keyPhrases };
    const titleSize = Math.min(width * 0.06, height * 0.09);
    const titleHeight = title ? titleSize * TITLE_LINE_HEIGHT * TITLE_LINES : 0;
    const gap = title ? padding * 0.45 : 0;
    const bottom = height - padding;
    const pointSize = Math.min(width, height) * 0.05;
    const set = fitPoints(frame, points, pointSize, width - padding * 2, bottom - frame.top - titleHeight - gap);
    // The title and the points together, centred in the room below the top band.
    const top = frame.top + Math.max(0, (bottom - frame.top - titleHeight - gap - set.height) / 2);
    if (title) drawTextBox(frame, { text: title, top, bottom: top + titleHeight, style: '700', maxFontSize: titleSize, lineHeight: TITLE_LINE_HEIGHT, maxLines: TITLE_LINES, align: 'bottom' });
    const advance = set.fontSize * POINT_LINE_HEIGHT;
    let y = top + titleHeight + gap;
    set.points.forEach((lines, index) => {
      drawNumber(frame, index + 1, y + advance / 2, set.fontSize);
      ctx.font = font('400', set.fontSize, fontFamily);
      ctx.fillStyle = toCss(palette.text);
      ctx.textAlign = rtl ? 'right' : 'left';
      lines.forEach((line, row) => ctx.fillText(line, inward(frame, set.indent), y + advance * (row + 0.5)));
      y += lines.length * advance + set.fontSize * POINT_GAP;
    });
  },
};
