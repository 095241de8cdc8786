/** The user's brand colours in place of the mood's: the primary fills the background, the accent the shapes. */
import { contrastRatio, rgbToHsl, type Hsl, type Rgb } from './colour';
import type { Theme } from './theme';

export interface BrandColours {
  primary?: Rgb;
  accent?: Rgb;
}

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };

/** Light text on a colour white reads better on, dark text otherwise. */
function modeOn(background: Rgb): Theme['mode'] {
  return contrastRatio(WHITE, background) >= contrastRatio(BLACK, background) ? 'dark' : 'light';
}

/** Lightness further from the text: darker under light text, lighter under dark text, so contrast only grows. */
const awayFromText = (mode: Theme['mode'], { h, s, l }: Hsl, amount: number, turn = 0): Hsl => ({
  h: h + turn,
  s,
  l: l + (mode === 'dark' ? -amount : amount),
});

function withPrimary(primary: Rgb, variant: number): Theme {
  const from = rgbToHsl(primary);
  const mode = modeOn(primary);
  return {
    mode,
    from,
    // The gradient ends in a deeper shade, turned a little differently for each variant.
    to: awayFromText(mode, from, 8 + variant * 3, (variant % 2 === 0 ? 1 : -1) * 10),
    // Tone-on-tone shapes until an accent colour is given.
    accents: [awayFromText(mode, from, 16), awayFromText(mode, from, 10, 30)],
    text: mode === 'dark' ? { h: from.h, s: 25, l: 97 } : { h: from.h, s: 60, l: 11 },
  };
}

function withAccent(theme: Theme, accent: Rgb): Theme {
  const first = rgbToHsl(accent);
  return { ...theme, accents: [first, awayFromText(theme.mode, first, 12)] };
}

/**
 * The mood's theme dressed in the brand colours that are set. The palette's contrast check runs
 * afterwards, so a brand colour too close to the text is lightened or darkened until text reads.
 */
export function brandTheme(theme: Theme, { primary, accent }: BrandColours, variant: number): Theme {
  const dressed = primary ? withPrimary(primary, variant) : theme;
  return accent ? withAccent(dressed, accent) : dressed;
}
