import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointIndexer } from './code-points';

describe('codePointIndexer', () => {
  it('counts an astral emoji as one code point', () => {
    const toCodePoints = codePointIndexer('a😀b👍🏽c');
    expect([0, 1, 3, 4, 6, 8, 9].map(toCodePoints)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('agrees with Array.from at every code point boundary', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 50 }), (text) => {
        const toCodePoints = codePointIndexer(text);
        let codeUnits = 0;
        Array.from(text).forEach((char, codePoints) => {
          expect(toCodePoints(codeUnits)).toBe(codePoints);
          codeUnits += char.length;
        });
        expect(toCodePoints(text.length)).toBe(Array.from(text).length);
      }),
    );
  });
});
