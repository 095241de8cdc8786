import { describe, expect, it } from 'vitest';
import { shutdownsWithin } from './shutdowns';

describe('shutdownsWithin', () => {
  it('lists the catalogued models shutting down within the window, soonest first', () => {
    expect(shutdownsWithin(60, '2026-12-20')).toEqual([
      { provider: 'openai', model: 'gpt-image-2', date: '2027-02-10', confirmed: false, daysLeft: 52 },
    ]);
    expect(shutdownsWithin(60, '2026-11-15').map((entry) => [entry.model, entry.daysLeft])).toEqual([
      ['gpt-image-1.5', 16],
      ['gpt-image-1-mini', 16],
    ]);
    expect(shutdownsWithin(60, '2027-03-01')).toEqual([]);
  });
});
