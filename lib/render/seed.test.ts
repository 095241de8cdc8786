import { describe, expect, it } from 'vitest';
import { hashString, seededRandom } from './seed';

describe('hashString', () => {
  it('is stable and tells near-identical strings apart', () => {
    expect(hashString('Hello')).toBe(hashString('Hello'));
    expect(hashString('Hello')).not.toBe(hashString('Hello!'));
    expect(hashString('ab')).not.toBe(hashString('ba'));
  });

  it('gives an unsigned 32-bit integer', () => {
    for (const text of ['', 'a', '我们', '🎉'.repeat(50)]) {
      const hash = hashString(text);
      expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 32).toBe(true);
    }
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for the same seed and stays in [0, 1)', () => {
    const [first, second] = [seededRandom(42), seededRandom(42)];
    const sequence = Array.from({ length: 100 }, () => first());
    expect(Array.from({ length: 100 }, () => second())).toEqual(sequence);
    expect(sequence.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('gives a different sequence for another seed', () => {
    const [a, b] = [seededRandom(1), seededRandom(2)];
    expect(Array.from({ length: 5 }, () => a())).not.toEqual(Array.from({ length: 5 }, () => b()));
  });
});
