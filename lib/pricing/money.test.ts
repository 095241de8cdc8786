import { describe, expect, it } from 'vitest';
import { formatUsd } from './money';

describe('formatUsd', () => {
  it('writes dollars and cents, with a third decimal below a dollar', () => {
    expect([0, 0.04, 0.005, 0.167, 1.2, 10, 1234.5].map(formatUsd)).toEqual(['$0.00', '$0.04', '$0.005', '$0.167', '$1.20', '$10.00', '$1,234.50']);
  });
});
