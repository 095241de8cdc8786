/** The picture behind the text: a gradient and a few soft geometric accents, laid out from a seed. */
import { toCss, type Rgb } from './colour';
import { ACCENT_COVERAGE, type Palette } from './palette';
import { seededRandom } from './seed';
import type { DrawingContext } from './surface';

interface Frame {
  width: number;
  height: number;
  /** Picks positions and sizes; seeded, so a card is reproducible. */
  random: () => number;
}

interface Shape {
  /** Share of the accent opacity budget; a layout's weights add up to 1. */
  weight: number;
  draw(ctx: DrawingContext, colour: Rgb, alpha: number, frame: Frame): void;
}

/** A point near one of the corners (0 top-left, then clockwise), partly off the canvas. */
function nearCorner(corner: number, { width, height, random }: Frame): [number, number] {
  const jitter = () => (random() - 0.5) * 0.3;
  const x = (corner === 1 || corner === 2 ? 1 : 0) + jitter();
  const y = (corner >= 2 ? 1 : 0) + jitter();
  return [x * width, y * height];
}

const extent = ({ width, height }: Frame) => Math.max(width, height);

function glow(corner: number, weight: number): Shape {
  return {
    weight,
    draw(ctx, colour, alpha, frame) {
      const [x, y] = nearCorner(corner, frame);
      const radius = extent(frame) * (0.45 + frame.random() * 0.25);
      const gradient = ctx.createRadialGradient(x, y, 0, x, y, radius);
      gradient.addColorStop(0, toCss(colour, alpha));
      gradient.addColorStop(1, toCss(colour, 0));
      ctx.fillStyle = gradient;
      ctx.fillRect(0, 0, frame.width, frame.height);
    },
  };
}

function rings(corner: number, count: number, weight: number): Shape {
  return {
    weight,
    draw(ctx, colour, alpha, frame) {
      const [x, y] = nearCorner(corner, frame);
      const base = extent(frame) * (0.14 + frame.random() * 0.1);
      ctx.strokeStyle = toCss(colour, alpha);
      ctx.lineWidth = extent(frame) * 0.012;
      for (let ring = 0; ring < count; ring++) {
        ctx.beginPath();
        ctx.arc(x, y, base * (1 + ring * 0.45), 0, Math.PI * 2);
        ctx.stroke();
      }
    },
  };
}

function tile(corner: number, weight: number): Shape {
  return {
    weight,
    draw(ctx, colour, alpha, frame) {
      const [x, y] = nearCorner(corner, frame);
      const size = extent(frame) * (0.22 + frame.random() * 0.12);
      ctx.save();
      ctx.translate(x, y);
      ctx.rotate((frame.random() - 0.5) * Math.PI * 0.5);
      ctx.fillStyle = toCss(colour, alpha);
      ctx.beginPath();
      ctx.roundRect(-size / 2, -size / 2, size, size, size * 0.18);
      ctx.fill();
      ctx.restore();
    },
  };
}

function dots(corner: number, weight: number): Shape {
  return {
    weight,
    draw(ctx, colour, alpha, frame) {
      const [x, y] = nearCorner(corner, frame);
      const gap = extent(frame) * 0.028;
      ctx.fillStyle = toCss(colour, alpha);
      ctx.beginPath();
      for (let row = -3; row <= 3; row++) {
        for (let column = -3; column <= 3; column++) {
          ctx.roundRect(x + column * gap, y + row * gap, gap * 0.22, gap * 0.22, gap * 0.11);
        }
      }
      ctx.fill();
    },
  };
}

/** Accent arrangements, each anchored in corners and partly off the canvas; variants of one card take different ones. */
const LAYOUTS: Shape[][] = [
  [glow(1, 0.5), rings(2, 2, 0.25), dots(0, 0.25)],
  [glow(3, 0.4), tile(1, 0.35), tile(2, 0.25)],
  [glow(0, 0.4), rings(1, 3, 0.3), glow(2, 0.3)],
  [glow(2, 0.4), glow(1, 0.35), dots(3, 0.25)],
];

function paintGradient(ctx: DrawingContext, palette: Palette, frame: Frame): void {
  const { width, height, random } = frame;
  const angle = random() * Math.PI * 2;
  const [dx, dy] = [(Math.cos(angle) * width) / 2, (Math.sin(angle) * height) / 2];
  const gradient = ctx.createLinearGradient(width / 2 - dx, height / 2 - dy, width / 2 + dx, height / 2 + dy);
  gradient.addColorStop(0, toCss(palette.backgroundFrom));
  gradient.addColorStop(1, toCss(palette.backgroundTo));
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, width, height);
}

export interface BackdropSpec {
  width: number;
  height: number;
  seed: number;
  variant: number;
}

/**
 * Fills the whole canvas. The shapes' opacities add up to ACCENT_COVERAGE, so however they overlap,
 * no pixel is covered more than the palette's contrast check allowed for.
 */
export function drawBackdrop(ctx: DrawingContext, palette: Palette, { width, height, seed, variant }: BackdropSpec): void {
  const frame: Frame = { width, height, random: seededRandom(seed + variant * 0x9e3779b9) };
  paintGradient(ctx, palette, frame);
  const layout = LAYOUTS[(seed + variant) % LAYOUTS.length] ?? [];
  layout.forEach((shape, index) => shape.draw(ctx, palette.accents[index % 2] ?? palette.accents[0], shape.weight * ACCENT_COVERAGE, frame));
}
