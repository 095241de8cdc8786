/** What every card template shares: the card's text and colours, where text may go, and how to set it. */
import { toCss, type Rgb } from '../colour';
import { fitText, type Measure } from '../layout';
import type { PostShape } from '../../cards/post-shape';
import type { Palette } from '../palette';
import type { DrawingContext } from '../surface';

/** What a card shows and at what size; each template takes what it needs. */
export interface CardContent {
  width: number;
  height: number;
  headline: string;
  /** Strongest first, none repeating the headline. */
  keyPhrases: string[];
  /** What the post's list, quotation, figure or question says, for the layouts that show them. */
  shape: PostShape;
  palette: Palette;
  /** CSS font-family list. */
  fontFamily: string;
}

export interface Frame extends CardContent {
  ctx: DrawingContext;
  rtl: boolean;
  /** Margin on every side, and the unit the rest of the layout is measured in. */
  padding: number;
  /** Text anchor: the left margin, or the right one for right-to-left text. */
  x: number;
  /** Where text may start: below the band at the top that holds the template's mark and the logo. */
  top: number;
}

/** One card layout: it draws over the backdrop, within the frame's margins. */
export interface CardTemplate {
  draw(frame: Frame): void;
}

/** Height of the top band, in paddings. */
export const TOP_BAND = 0.64;

/** `style` is CSS font style and weight, like '700' or 'italic 400'. */
export const font = (style: string, fontSize: number, family: string) => `${style} ${fontSize}px ${family}`;

export function measurer(ctx: DrawingContext, family: string, style: string): Measure {
  return (text, fontSize) => {
    ctx.font = font(style, fontSize, family);
    return ctx.measureText(text).width;
  };
}

/** The frame's anchor moved `distance` into the card, whichever way the text runs. */
export const inward = ({ rtl, x }: Frame, distance: number) => (rtl ? x - distance : x + distance);

export interface TextBox {
  text: string;
  top: number;
  bottom: number;
  style: string;
  maxFontSize: number;
  /** Smallest size before the text is cut with an ellipsis; 0.4 of the largest unless given. */
  minFontSize?: number;
  /** Line advance as a multiple of the font size. */
  lineHeight: number;
  maxLines: number;
  /** Room kept free on the anchor side, for a list marker. */
  indent?: number;
  colour?: Rgb;
  /** Where the lines sit in the box: centred unless given. */
  align?: 'top' | 'middle' | 'bottom';
}

/** Sets the text as large as fits, vertically centred in the box. */
export function drawTextBox(frame: Frame, box: TextBox): void {
  const { ctx, palette, fontFamily, rtl, padding, width } = frame;
  const { text, top, bottom, style, maxFontSize, lineHeight, indent = 0 } = box;
  const fitted = fitText(
    text,
    {
      maxWidth: width - padding * 2 - indent,
      maxHeight: bottom - top,
      maxFontSize,
      minFontSize: box.minFontSize ?? maxFontSize * 0.4,
      lineHeight,
      maxLines: box.maxLines,
    },
    measurer(ctx, fontFamily, style),
  );
  const lineAdvance = fitted.fontSize * lineHeight;
  const room = bottom - top - lineAdvance * fitted.lines.length;
  const firstLine = top + room * { top: 0, middle: 0.5, bottom: 1 }[box.align ?? 'middle'] + lineAdvance / 2;
  ctx.font = font(style, fitted.fontSize, fontFamily);
  ctx.fillStyle = toCss(box.colour ?? palette.text);
  ctx.textAlign = rtl ? 'right' : 'left';
  const x = inward(frame, indent);
  fitted.lines.forEach((line, index) => ctx.fillText(line, x, firstLine + index * lineAdvance));
}
