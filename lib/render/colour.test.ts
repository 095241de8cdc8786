import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blend, contrastRatio, hexToRgb, hslToRgb, rgbToHsl, toCss } from './colour';

const WHITE = { r: 255, g: 255, b: 255 };
const BLACK = { r: 0, g: 0, b: 0 };

describe('hslToRgb', () => {
  it('converts the primaries and greys', () => {
    expect(hslToRgb({ h: 0, s: 100, l: 50 })).toEqual({ r: 255, g: 0, b: 0 });
    expect(hslToRgb({ h: 120, s: 100, l: 50 })).toEqual({ r: 0, g: 255, b: 0 });
    expect(hslToRgb({ h: 240, s: 100, l: 50 })).toEqual({ r: 0, g: 0, b: 255 });
    expect(hslToRgb({ h: 77, s: 0, l: 100 })).toEqual(WHITE);
  });

  it('wraps hue and clamps saturation and lightness', () => {
    expect(hslToRgb({ h: 360 + 240, s: 100, l: 50 })).toEqual(hslToRgb({ h: -120, s: 100, l: 50 }));
    expect(hslToRgb({ h: 30, s: 150, l: -5 })).toEqual(BLACK);
  });
});

describe('contrastRatio', () => {
  it('spans 1 to 21 and is symmetric', () => {
    expect(contrastRatio(BLACK, WHITE)).toBeCloseTo(21);
    expect(contrastRatio(WHITE, BLACK)).toBeCloseTo(21);
    expect(contrastRatio(WHITE, WHITE)).toBe(1);
  });

  it('agrees with the WCAG figure for mid grey on white', () => {
    // #777777 on white is the textbook 4.48:1.
    expect(contrastRatio({ r: 0x77, g: 0x77, b: 0x77 }, WHITE)).toBeCloseTo(4.48, 2);
  });
});

describe('blend', () => {
  it('mixes by opacity', () => {
    expect(blend(WHITE, BLACK, 0)).toEqual(BLACK);
    expect(blend(WHITE, BLACK, 1)).toEqual(WHITE);
    expect(blend(WHITE, BLACK, 0.5)).toEqual({ r: 128, g: 128, b: 128 });
  });
});

describe('toCss', () => {
  it('writes rgb when opaque and rgba otherwise', () => {
    expect(toCss({ r: 1, g: 2, b: 3 })).toBe('rgb(1, 2, 3)');
    expect(toCss({ r: 1, g: 2, b: 3 }, 0.25)).toBe('rgba(1, 2, 3, 0.25)');
  });
});

describe('hexToRgb', () => {
  it('reads #rrggbb in either case and refuses anything else', () => {
    expect(hexToRgb('#0A66c2')).toEqual({ r: 10, g: 102, b: 194 });
    for (const wrong of ['', '0a66c2', '#0a6', '#0a66c2ff', '#gg0000', 'navy']) expect(hexToRgb(wrong)).toBeUndefined();
  });
});

describe('rgbToHsl', () => {
  it('gives +0, never -0, for an empty channel (the counterexample fast-check found)', () => {
    expect(Object.is(hslToRgb(rgbToHsl({ r: 0, g: 0, b: 13 })).r, 0)).toBe(true);
  });

  it('undoes hslToRgb for every colour', () => {
    const channel = fc.integer({ min: 0, max: 255 });
    fc.assert(
      fc.property(channel, channel, channel, (r, g, b) => {
        expect(hslToRgb(rgbToHsl({ r, g, b }))).toEqual({ r, g, b });
      }),
    );
  });

  it('names the hue of the primaries', () => {
    expect(rgbToHsl({ r: 0, g: 0, b: 255 })).toEqual({ h: 240, s: 100, l: 50 });
    expect(rgbToHsl({ r: 128, g: 128, b: 128 }).s).toBe(0);
  });
});
