/** Draws one card: backdrop, an accent bar, the headline as big as fits, and key-phrase chips below. */
import { drawBackdrop } from './backdrop';
import { toCss } from './colour';
import { fitText, isRightToLeft, withEllipsis, type Measure } from './layout';
import { CHIP_GLASS_ALPHA, type Palette } from './palette';
import type { DrawingContext } from './surface';

export interface CardSpec {
  width: number;
  height: number;
  headline: string;
  /** Drawn as chips, in order, as many as fit on one row. */
  keyPhrases: string[];
  palette: Palette;
  /** CSS font-family list. */
  fontFamily: string;
  seed: number;
  variant: number;
}

const MAX_HEADLINE_LINES = 6;
const HEADLINE_LINE_HEIGHT = 1.14;
/** Chip height in ems of its label. */
const CHIP_HEIGHT = 2.1;

/** Where the text goes and which way it runs. */
interface Frame {
  ctx: DrawingContext;
  spec: CardSpec;
  rtl: boolean;
  /** Margin on every side, and the unit the rest of the layout is measured in. */
  padding: number;
  /** Text anchor: the left margin, or the right one for right-to-left text. */
  x: number;
}

const font = (weight: number, fontSize: number, family: string) => `${weight} ${fontSize}px ${family}`;

function measurer(ctx: DrawingContext, family: string, weight: number): Measure {
  return (text, fontSize) => {
    ctx.font = font(weight, fontSize, family);
    return ctx.measureText(text).width;
  };
}

function drawAccentBar({ ctx, spec, rtl, padding, x }: Frame): number {
  const [width, height] = [padding * 0.9, padding * 0.14];
  ctx.fillStyle = toCss(spec.palette.accents[0]);
  ctx.beginPath();
  ctx.roundRect(rtl ? x - width : x, padding, width, height, height / 2);
  ctx.fill();
  return height;
}

/** Chips on one row from the anchor side; a phrase that no longer fits ends the row. */
function drawChips({ ctx, spec, rtl, padding, x }: Frame, top: number, fontSize: number): void {
  const measure = measurer(ctx, spec.fontFamily, 400);
  const [height, inset, gap] = [fontSize * CHIP_HEIGHT, fontSize * 0.9, fontSize * 0.6];
  const rowWidth = spec.width - padding * 2;
  let used = 0;
  for (const phrase of spec.keyPhrases) {
    const label = measure(phrase, fontSize) > rowWidth / 2 ? withEllipsis(phrase, fontSize, rowWidth / 2, measure) : phrase;
    const width = measure(label, fontSize) + inset * 2;
    if (used + width > rowWidth) break;
    const left = rtl ? x - used - width : x + used;
    ctx.fillStyle = toCss(spec.palette.chipGlass, CHIP_GLASS_ALPHA);
    ctx.beginPath();
    ctx.roundRect(left, top, width, height, height / 2);
    ctx.fill();
    ctx.font = font(400, fontSize, spec.fontFamily);
    ctx.fillStyle = toCss(spec.palette.text);
    ctx.textAlign = 'center';
    ctx.fillText(label, left + width / 2, top + height / 2);
    used += width + gap;
  }
}

/** The headline, vertically centred between `top` and `bottom`. */
function drawHeadline({ ctx, spec, rtl, padding, x }: Frame, top: number, bottom: number): void {
  const maxFontSize = Math.min(spec.width * 0.09, spec.height * 0.14);
  const fitted = fitText(
    spec.headline,
    {
      maxWidth: spec.width - padding * 2,
      maxHeight: bottom - top,
      maxFontSize,
      minFontSize: maxFontSize * 0.4,
      lineHeight: HEADLINE_LINE_HEIGHT,
      maxLines: MAX_HEADLINE_LINES,
    },
    measurer(ctx, spec.fontFamily, 700),
  );
  const lineAdvance = fitted.fontSize * HEADLINE_LINE_HEIGHT;
  const firstLine = top + (bottom - top - lineAdvance * fitted.lines.length) / 2 + lineAdvance / 2;
  ctx.font = font(700, fitted.fontSize, spec.fontFamily);
  ctx.fillStyle = toCss(spec.palette.text);
  ctx.textAlign = rtl ? 'right' : 'left';
  fitted.lines.forEach((line, index) => ctx.fillText(line, x, firstLine + index * lineAdvance));
}

export function drawCard(ctx: DrawingContext, spec: CardSpec): void {
  const { width, height, headline, keyPhrases } = spec;
  drawBackdrop(ctx, spec.palette, spec);
  const rtl = isRightToLeft(headline || keyPhrases.join(' '));
  const padding = Math.round(Math.min(width, height) * 0.085);
  const frame: Frame = { ctx, spec, rtl, padding, x: rtl ? width - padding : padding };
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textBaseline = 'middle';

  const barHeight = drawAccentBar(frame);
  const chipFontSize = Math.min(width, height) * 0.032;
  const chipsHeight = keyPhrases.length > 0 ? chipFontSize * CHIP_HEIGHT : 0;
  const chipsTop = height - padding - chipsHeight;
  drawChips(frame, chipsTop, chipFontSize);
  drawHeadline(frame, padding + barHeight + padding * 0.5, chipsTop - padding * 0.4);
}
