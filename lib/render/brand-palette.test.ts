import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sentiment } from '../analysis/types';
import { contrastRatio, hexToRgb, rgbToHsl, type Rgb } from './colour';
import { MIN_CONTRAST, paletteFor, textBackdrops } from './palette';

const SENTIMENTS: Sentiment[] = ['POSITIVE', 'NEGATIVE', 'NEUTRAL', 'MIXED'];

const colour = (hex: string): Rgb => hexToRgb(hex) ?? { r: 0, g: 0, b: 0 };
const channel = fc.integer({ min: 0, max: 255 });
const anyColour = fc.record({ r: channel, g: channel, b: channel });
const lightness = (rgb: Rgb) => rgbToHsl(rgb).l;

describe('paletteFor with brand colours', () => {
  it('keeps text at WCAG AA contrast over every backdrop, whatever the brand colours', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SENTIMENTS),
        fc.integer({ min: 0, max: 3 }),
        fc.option(anyColour, { nil: undefined }),
        fc.option(anyColour, { nil: undefined }),
        (sentiment, variant, primary, accent) => {
          const palette = paletteFor(sentiment, 42, variant, { primary, accent });
          for (const backdrop of textBackdrops(palette)) {
            expect(contrastRatio(palette.text, backdrop)).toBeGreaterThanOrEqual(MIN_CONTRAST);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('fills the background with a primary colour that already reads well, unchanged, whatever the mood', () => {
    const navy = colour('#1d3557');
    for (const sentiment of SENTIMENTS) {
      const palette = paletteFor(sentiment, 7, 0, { primary: navy });
      expect(palette.backgroundFrom).toEqual(navy);
      expect(palette.mode).toBe('dark');
    }
  });

  it('sets dark text on a light primary colour', () => {
    const gold = colour('#ffd700');
    const palette = paletteFor('NEGATIVE', 7, 0, { primary: gold });
    expect(palette.mode).toBe('light');
    expect(contrastRatio(palette.text, gold)).toBeGreaterThan(contrastRatio({ r: 255, g: 255, b: 255 }, gold));
  });

  it('lightens or darkens a primary colour too close to the text, keeping its hue', () => {
    const red = colour('#e63946');
    const palette = paletteFor('NEUTRAL', 7, 0, { primary: red });
    expect(palette.backgroundFrom).not.toEqual(red);
    expect(Math.abs(lightness(palette.backgroundFrom) - lightness(red))).toBeGreaterThan(1);
    expect(rgbToHsl(palette.backgroundFrom).h).toBeCloseTo(rgbToHsl(red).h, 0);
  });

  it('draws the shapes in the accent colour, and keeps the mood background without a primary colour', () => {
    const orange = colour('#ff6b00');
    const mood = paletteFor('NEUTRAL', 7, 0);
    const branded = paletteFor('NEUTRAL', 7, 0, { accent: orange });
    expect(branded.accents[0]).toEqual(orange);
    expect(branded.accents[1]).not.toEqual(mood.accents[1]);
    expect(branded.mode).toBe(mood.mode);
    expect(rgbToHsl(branded.backgroundFrom).h).toBeCloseTo(rgbToHsl(mood.backgroundFrom).h, 0);
  });

  it('still varies between variants', () => {
    const brand = { primary: colour('#0a66c2'), accent: colour('#f5c518') };
    expect(paletteFor('POSITIVE', 7, 1, brand)).not.toEqual(paletteFor('POSITIVE', 7, 0, brand));
  });
});
