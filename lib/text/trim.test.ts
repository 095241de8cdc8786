import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimToChars, trimToUtf8Bytes } from './trim';

const utf8Bytes = (text: string) => new TextEncoder().encode(text).length;

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Indexes where the text may be cut without splitting a grapheme cluster. */
const clusterBoundaries = (text: string) =>
  new Set([0, ...[...graphemeSegmenter.segment(text)].map(({ index, segment }) => index + segment.length)]);

const FAMILY = '👨‍👩‍👧‍👦';
const SKIN_TONE = '👍🏽';
const FLAG = '🇸🇪';

describe('trimToUtf8Bytes', () => {
  it('returns text that fits unchanged', () => {
    expect(trimToUtf8Bytes('Hej världen 🎉', 100)).toBe('Hej världen 🎉');
  });

  it('counts bytes, not characters', () => {
    expect(trimToUtf8Bytes('ååååå', 5)).toBe('åå');
    expect(trimToUtf8Bytes('日本語のテキスト', 9)).toBe('日本語');
  });

  it.each([
    ['a family', FAMILY],
    ['a skin tone', SKIN_TONE],
    ['a flag', FLAG],
  ])('keeps %s whole or leaves it out', (_name, emoji) => {
    const text = `ok ${emoji}`;
    for (let limit = 3; limit < utf8Bytes(text); limit += 1) expect(trimToUtf8Bytes(text, limit)).toBe('ok');
    expect(trimToUtf8Bytes(text, utf8Bytes(text))).toBe(text);
  });

  it('prefers a word boundary near the cut', () => {
    expect(trimToUtf8Bytes('The quick brown fox jumps over the lazy dog', 22)).toBe('The quick brown fox');
  });

  it('cuts inside a word when the last boundary is far back', () => {
    expect(trimToUtf8Bytes('Hi supercalifragilisticexpialidocious', 20)).toBe('Hi supercalifragilis');
  });

  it('keeps right-to-left text in logical order, cut at a word', () => {
    expect(trimToUtf8Bytes('مرحبا بالعالم الجميل', 30)).toBe('مرحبا بالعالم');
  });

  it('replaces a lone surrogate, as UTF-8 would', () => {
    expect(trimToUtf8Bytes('ab\uD83Dcd', 100)).toBe('ab\uFFFDcd');
  });
});

describe('trimToChars', () => {
  it('counts UTF-16 code units, so an astral emoji costs two', () => {
    expect(trimToChars('ab😀', 3)).toBe('ab');
    expect(trimToChars('ab😀', 4)).toBe('ab😀');
  });

  it('keeps Japanese whole characters and prefers its word boundaries', () => {
    const cut = trimToChars('新しいサービスを開始しました', 10);
    expect(cut.length).toBeLessThanOrEqual(10);
    expect('新しいサービスを開始しました'.startsWith(cut)).toBe(true);
    expect(cut.length).toBeGreaterThan(0);
  });

  it('keeps a letter with its combining accents together', () => {
    expect(trimToChars('cafe\u0301', 4)).toBe('caf');
  });
});

const wellFormedText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }));
/** Any UTF-16, lone surrogates included. */
const anyText = fc.string({
  unit: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit))),
  maxLength: 60,
});

describe.each([
  ['trimToUtf8Bytes', trimToUtf8Bytes, utf8Bytes],
  ['trimToChars', trimToChars, (text: string) => text.length],
] as const)('%s, for any text', (_name, trim, measure) => {
  it('is a prefix of the input that fits and ends between grapheme clusters', () => {
    fc.assert(
      fc.property(wellFormedText, fc.nat({ max: 120 }), (text, limit) => {
        const result = trim(text, limit);
        expect(measure(result)).toBeLessThanOrEqual(limit);
        expect(text.startsWith(result)).toBe(true);
        expect(clusterBoundaries(text).has(result.length)).toBe(true);
        if (measure(text) <= limit) expect(result).toBe(text);
      }),
    );
  });

  it('never leaves a lone surrogate, even when given one', () => {
    fc.assert(
      fc.property(anyText, fc.nat({ max: 120 }), (text, limit) => {
        const result = trim(text, limit);
        expect(result.isWellFormed()).toBe(true);
        expect(measure(result)).toBeLessThanOrEqual(limit);
      }),
    );
  });
});
