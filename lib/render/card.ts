/** Draws one card: the backdrop, the chosen template's text, and the brand logo if there is one. */
import type { DecodedImage } from '../image/codec';
import type { TemplateId } from '../templates';
import { drawBackdrop } from './backdrop';
import { isRightToLeft } from './layout';
import { drawLogo } from './logo';
import type { DrawingContext } from './surface';
import { TOP_BAND, type CardContent, type Frame } from './templates/frame';
import { CARD_TEMPLATES } from './templates';

export interface CardSpec extends CardContent {
  seed: number;
  variant: number;
  template: TemplateId;
  logo?: DecodedImage;
}

/** The margin on every side, and the unit the card's layout is measured in. */
export const paddingFor = (width: number, height: number) => Math.round(Math.min(width, height) * 0.085);

export function drawCard(ctx: DrawingContext, spec: CardSpec): void {
  const { width, height, headline, keyPhrases } = spec;
  drawBackdrop(ctx, spec.palette, spec);
  const rtl = isRightToLeft(headline || keyPhrases.join(' '));
  const padding = paddingFor(width, height);
  const frame: Frame = { ...spec, ctx, rtl, padding, x: rtl ? width - padding : padding, top: padding * (1 + TOP_BAND) };
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textBaseline = 'middle';
  CARD_TEMPLATES[spec.template].draw(frame);
  if (spec.logo) drawLogo(frame, spec.logo);
}
