import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitText, graphemes, isRightToLeft, withEllipsis, wrapBalanced, wrapText, type FitOptions, type Measure } from './layout';

/** A stand-in for measureText: wide glyphs 1em, spaces 0.3em, everything else 0.55em. */
const measure: Measure = (text, fontSize) =>
  graphemes(text).reduce((width, grapheme) => {
    if (grapheme === ' ') return width + 0.3 * fontSize;
    const wide = /[\p{Script=Han}\p{Extended_Pictographic}]/u.test(grapheme);
    return width + (wide ? 1 : 0.55) * fontSize;
  }, 0);

const withoutSpaces = (text: string) => text.replace(/\s+/g, '');

const words = fc.array(
  fc.oneof(
    fc.constantFrom('a', 'the', 'LinkedIn', 'supercalifragilisticexpialidocious', '🎉', '👩🏽‍💻', 'café', 'שלום'),
    fc.string({ minLength: 1, maxLength: 12 }).map((word) => word.replace(/\s/g, '') || 'x'),
    fc.constantFrom('我们今天发布了新产品', 'こんにちは世界'),
  ),
  { maxLength: 40 },
);

const BOX: FitOptions = { maxWidth: 600, maxHeight: 400, maxFontSize: 80, minFontSize: 24, lineHeight: 1.2, maxLines: 6 };

describe('wrapText', () => {
  it('never makes a line wider than the width, and loses nothing', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 40, max: 1000 }), (parts, maxWidth) => {
        const text = parts.join(' ');
        const lines = wrapText(text, 20, maxWidth, measure);
        for (const line of lines) expect(measure(line, 20)).toBeLessThanOrEqual(maxWidth);
        expect(withoutSpaces(lines.join(''))).toBe(withoutSpaces(text));
      }),
    );
  });

  it('breaks between words', () => {
    expect(wrapText('one two three four', 10, 55, measure)).toEqual(['one two', 'three four']);
  });

  it('breaks Chinese between any two characters when there are no spaces', () => {
    const lines = wrapText('我们今天发布了新产品', 10, 35, measure);
    expect(lines).toEqual(['我们今', '天发布', '了新产', '品']);
  });

  it('keeps emoji sequences whole', () => {
    const family = '👩🏽‍💻';
    const lines = wrapText(family.repeat(5), 10, 25, measure);
    expect(lines.every((line) => graphemes(line).every((grapheme) => grapheme === family))).toBe(true);
    expect(lines.join('')).toBe(family.repeat(5));
  });

  it('gives no lines for blank text', () => {
    expect(wrapText('   ', 10, 100, measure)).toEqual([]);
  });
});

describe('wrapBalanced', () => {
  it('keeps the line count while evening the lines out', () => {
    const text = 'Hiring is hard, but finding the right people is worth it';
    const greedy = wrapText(text, 10, 200, measure);
    const balanced = wrapBalanced(text, 10, 200, measure);
    expect(balanced).toHaveLength(greedy.length);
    const spread = (lines: string[]) => Math.max(...lines.map((line) => measure(line, 10))) - Math.min(...lines.map((line) => measure(line, 10)));
    expect(spread(balanced)).toBeLessThan(spread(greedy));
    for (const line of balanced) expect(measure(line, 10)).toBeLessThanOrEqual(200);
  });
});

describe('withEllipsis', () => {
  it('shortens until the ellipsis fits, dropping trailing punctuation', () => {
    const line = withEllipsis('Hello, world', 10, 40, measure);
    expect(line.endsWith('…')).toBe(true);
    expect(measure(line, 10)).toBeLessThanOrEqual(40);
    expect(withEllipsis('Hello, world', 10, 45, measure)).toBe('Hello…');
  });

  it('drops whole words, cutting inside one only when no word fits', () => {
    const width = measure('Hello wonderf…', 10);
    expect(withEllipsis('Hello wonderful world', 10, width, measure)).toBe('Hello…');
    expect(measure(withEllipsis('Extraordinarily', 10, width / 2, measure), 10)).toBeLessThanOrEqual(width / 2);
  });
});

describe('fitText', () => {
  it('fits any text in the box within the line limit', () => {
    fc.assert(
      fc.property(words, (parts) => {
        const { fontSize, lines } = fitText(parts.join(' '), BOX, measure);
        expect(lines.length).toBeLessThanOrEqual(BOX.maxLines);
        expect(lines.length * fontSize * BOX.lineHeight).toBeLessThanOrEqual(BOX.maxHeight);
        expect(fontSize).toBeGreaterThanOrEqual(BOX.minFontSize);
        for (const line of lines) expect(measure(line, fontSize)).toBeLessThanOrEqual(BOX.maxWidth);
      }),
    );
  });

  it('uses the largest size for a short headline', () => {
    expect(fitText('Short', BOX, measure)).toEqual({ fontSize: BOX.maxFontSize, lines: ['Short'] });
  });

  it('shrinks a longer headline rather than cutting it', () => {
    const text = 'Three lessons from a year of remote work that changed how our team ships software';
    const { fontSize, lines } = fitText(text, BOX, measure);
    expect(fontSize).toBeLessThan(BOX.maxFontSize);
    expect(lines.join(' ')).toBe(text);
  });

  it('cuts text that cannot fit even at the smallest size, with an ellipsis', () => {
    const text = 'word '.repeat(400).trim();
    const { fontSize, lines } = fitText(text, BOX, measure);
    // Shrunk as far as it goes: one more step would be below the minimum.
    expect(fontSize).toBeLessThan(BOX.minFontSize * 1.1);
    expect(lines).toHaveLength(BOX.maxLines);
    expect(lines.at(-1)?.endsWith('…')).toBe(true);
  });
});

describe('isRightToLeft', () => {
  it('follows the first letter', () => {
    expect(isRightToLeft('שלום עולם')).toBe(true);
    expect(isRightToLeft('  «مرحبا» world')).toBe(true);
    expect(isRightToLeft('Hello שלום')).toBe(false);
    expect(isRightToLeft('2024 🎉')).toBe(false);
    expect(isRightToLeft('')).toBe(false);
  });
});
