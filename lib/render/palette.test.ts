import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Sentiment } from '../analysis/types';
import { contrastRatio, type Rgb } from './colour';
import { MIN_CONTRAST, paletteFor, textBackdrops, type Palette } from './palette';

const SENTIMENTS: Sentiment[] = ['POSITIVE', 'NEGATIVE', 'NEUTRAL', 'MIXED'];

const warmth = ({ r, b }: Rgb) => r - b;
const saturation = ({ r, g, b }: Rgb) => Math.max(r, g, b) - Math.min(r, g, b);
const stops = (palette: Palette) => [palette.backgroundFrom, palette.backgroundTo];

describe('paletteFor', () => {
  it('keeps text at WCAG AA contrast over every backdrop, for any mood, headline and variant', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SENTIMENTS),
        fc.nat({ max: 2 ** 32 - 1 }),
        fc.integer({ min: 0, max: 3 }),
        (sentiment, seed, variant) => {
          const palette = paletteFor(sentiment, seed, variant);
          for (const backdrop of textBackdrops(palette)) {
            expect(contrastRatio(palette.text, backdrop)).toBeGreaterThanOrEqual(MIN_CONTRAST);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    expect(paletteFor('MIXED', 123, 2)).toEqual(paletteFor('MIXED', 123, 2));
  });

  it('varies with the headline seed and with the variant', () => {
    const base = paletteFor('NEUTRAL', 1_000, 0);
    expect(paletteFor('NEUTRAL', 987_654_321, 0)).not.toEqual(base);
    expect(paletteFor('NEUTRAL', 1_000, 1)).not.toEqual(base);
  });

  it('gives each mood its own character', () => {
    for (const seed of [7, 99_999, 2 ** 31]) {
      const [positive, negative, neutral, mixed] = SENTIMENTS.map((sentiment) => paletteFor(sentiment, seed, 0)) as [
        Palette,
        Palette,
        Palette,
        Palette,
      ];
      // Positive: bright and warm, with dark text.
      expect(positive.mode).toBe('light');
      expect(stops(positive).every((stop) => warmth(stop) > 80)).toBe(true);
      // Negative: muted and blue-grey.
      expect(stops(negative).every((stop) => warmth(stop) < 0 && saturation(stop) < 60)).toBe(true);
      // Neutral: teal to slate, so green and blue outweigh red.
      expect(stops(neutral).every((stop) => stop.g + stop.b > 2 * stop.r)).toBe(true);
      // Mixed: one warm end, one cool end.
      expect(warmth(mixed.backgroundFrom)).toBeGreaterThan(0);
      expect(warmth(mixed.backgroundTo)).toBeLessThan(0);
    }
  });
});
