import type { Sentiment } from '../analysis/types';
import { brandTheme, type BrandColours } from './brand-palette';
import { blend, contrastRatio, hslToRgb, type Hsl, type Rgb } from './colour';
import { seededRandom } from './seed';
import type { Theme } from './theme';

/** WCAG AA for body text; the headline is large, so this leaves headroom. */
export const MIN_CONTRAST = 4.5;
/** All accent shapes together cover any pixel at most this much, so text stays readable over them. */
export const ACCENT_COVERAGE = 0.36;
/** Key-phrase chips are a glass of the colour opposite the text, so they only ever add contrast. */
export const CHIP_GLASS_ALPHA = 0.3;

export interface Palette {
  /** Light backgrounds carry dark text, dark backgrounds light text. */
  mode: Theme['mode'];
  backgroundFrom: Rgb;
  backgroundTo: Rgb;
  accents: [Rgb, Rgb];
  text: Rgb;
  chipGlass: Rgb;
}

/** A colour relative to the mood's hues: which hue, degrees from it, saturation, lightness. */
type Tone = readonly [hue: 0 | 1, offset: number, saturation: number, lightness: number];

interface Recipe {
  mode: Palette['mode'];
  /** Hue ranges as [first degree, span]; the headline picks a hue within each. */
  hues: readonly (readonly [number, number])[];
  from: Tone;
  to: Tone;
  accents: readonly [Tone, Tone];
  text: Tone;
}

const RECIPES: Record<Sentiment, Recipe> = {
  // Warm and bright: coral to amber, dark text.
  POSITIVE: {
    mode: 'light',
    hues: [[8, 36]],
    from: [0, 0, 92, 68],
    to: [0, 18, 96, 64],
    accents: [[0, -12, 95, 56], [0, -28, 90, 66]],
    text: [0, 0, 60, 11],
  },
  // Muted blues and greys.
  NEGATIVE: {
    mode: 'dark',
    hues: [[200, 30]],
    from: [0, 0, 26, 30],
    to: [0, 15, 18, 19],
    accents: [[0, -10, 35, 60], [0, 20, 12, 70]],
    text: [0, 0, 25, 96],
  },
  // Calm teal into slate.
  NEUTRAL: {
    mode: 'dark',
    hues: [[166, 30]],
    from: [0, 0, 46, 28],
    to: [0, 32, 22, 20],
    accents: [[0, -6, 60, 55], [0, 36, 30, 66]],
    text: [0, 0, 30, 97],
  },
  // Two-tone: a warm side meets a cool side.
  MIXED: {
    mode: 'dark',
    hues: [[8, 32], [196, 36]],
    from: [0, 0, 58, 34],
    to: [1, 0, 50, 26],
    accents: [[0, 10, 90, 60], [1, 0, 70, 60]],
    text: [0, 0, 20, 97],
  },
};

/** The recipe's hues, each picked by the headline within its range and stepped by the variant. */
function themeFor({ mode, hues, from, to, accents, text }: Recipe, random: () => number, variant: number): Theme {
  const picked = hues.map(([base, span]) => base + ((random() * span + variant * 0.37 * span) % span));
  const hsl = ([hue, offset, s, l]: Tone): Hsl => ({ h: (picked[hue] ?? 0) + offset, s, l });
  return { mode, from: hsl(from), to: hsl(to), accents: [hsl(accents[0]), hsl(accents[1])], text: hsl(text) };
}

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };

function paint(theme: Theme): Palette {
  return {
    mode: theme.mode,
    backgroundFrom: hslToRgb(theme.from),
    backgroundTo: hslToRgb(theme.to),
    accents: [hslToRgb(theme.accents[0]), hslToRgb(theme.accents[1])],
    text: hslToRgb(theme.text),
    chipGlass: theme.mode === 'light' ? WHITE : BLACK,
  };
}

/** Every colour the text can end up on: gradient stops and middle, under accents at full coverage and chips. */
export function textBackdrops(palette: Palette): Rgb[] {
  const { backgroundFrom, backgroundTo, accents, chipGlass } = palette;
  const gradient = [backgroundFrom, blend(backgroundFrom, backgroundTo, 0.5), backgroundTo];
  const underAccents = gradient.flatMap((base) => [base, ...accents.map((accent) => blend(accent, base, ACCENT_COVERAGE))]);
  return underAccents.flatMap((base) => [base, blend(chipGlass, base, CHIP_GLASS_ALPHA)]);
}

function worstContrast(palette: Palette): number {
  return Math.min(...textBackdrops(palette).map((backdrop) => contrastRatio(palette.text, backdrop)));
}

/** Moves the background away from the text colour until every backdrop reaches MIN_CONTRAST. */
function withContrast(theme: Theme): Palette {
  const step = theme.mode === 'light' ? 1 : -1;
  let palette = paint(theme);
  // Bounded: after 100 steps the background is white or black, which passes for every theme.
  for (let shift = step; worstContrast(palette) < MIN_CONTRAST && Math.abs(shift) <= 100; shift += step) {
    palette = paint({
      ...theme,
      from: { ...theme.from, l: theme.from.l + shift },
      to: { ...theme.to, l: theme.to.l + shift },
    });
  }
  return palette;
}

/**
 * The colours for one card: the mood sets the family, the headline's hash and the variant pick within it.
 * Brand colours, where set, replace the mood's.
 */
export function paletteFor(sentiment: Sentiment, seed: number, variant: number, brand: BrandColours = {}): Palette {
  return withContrast(brandTheme(themeFor(RECIPES[sentiment], seededRandom(seed), variant), brand, variant));
}
