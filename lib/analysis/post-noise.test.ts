import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blankOutNoise, EMOJI_PATTERN } from './post-noise';

describe('blankOutNoise', () => {
  it('blanks links, handles and hashtag signs, keeping every other character in place', () => {
    const post = 'Ship it @mike_dev! See https://example.com/a. #FutureOfWork, mail jo@example.com';
    expect(blankOutNoise(post)).toBe(`Ship it ${' '.repeat(9)}! See ${' '.repeat(21)}.  FutureOfWork, mail jo@example.com`);
  });

  it('never changes the length, so offsets stay true', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(blankOutNoise(text).length).toBe(text.length);
      }),
    );
  });
});

describe('EMOJI_PATTERN', () => {
  it('matches whole emoji sequences, one each', () => {
    const emoji = ['👨‍👩‍👧‍👦', '👩🏽‍💻', '🇸🇪', '1️⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '❤️', '❤', '👍🏽', '🏳️‍🌈'];
    expect(emoji.join(' ').match(EMOJI_PATTERN)).toEqual(emoji);
  });

  it('leaves letters, digits and typography alone', () => {
    expect('Acme™ © ® 2024 # * → ★ ñ'.match(EMOJI_PATTERN)).toBeNull();
  });
});
