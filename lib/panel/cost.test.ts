import { describe, expect, it } from 'vitest';
import type { PanelContext } from '../messaging/protocol';
import { costLine } from './cost';

const context: PanelContext = {
  providerLabel: 'OpenAI GPT Image 1',
  s3Ready: false,
  locked: false,
  estimatedCostUsd: { landscape: 0.063, square: 0.042, portrait: 0.063 },
  monthSpendUsd: 1.2,
  monthlyCapUsd: 0,
  alternatives: [],
  stylePresets: [],
  defaults: { format: 'landscape', style: 'photo', extraWords: '' },
};

describe('costLine', () => {
  it('says what an image in the chosen format costs and what the month has cost', () => {
    expect(costLine(context, 'square')).toBe('About $0.042 per image · $1.20 spent this month');
    expect(costLine(context, 'landscape')).toBe('About $0.063 per image · $1.20 spent this month');
  });

  it('prices the whole click when it asks for several images', () => {
    expect(costLine(context, 'square', 3)).toBe('About $0.126 for 3 images · $1.20 spent this month');
    expect(costLine(context, 'landscape', 1)).toBe('About $0.063 per image · $1.20 spent this month');
  });

  it('names the cap when there is one', () => {
    expect(costLine({ ...context, monthlyCapUsd: 10 }, 'square')).toBe('About $0.042 per image · $1.20 of $10.00 spent this month');
  });

  it('says the offline renderer is free', () => {
    expect(costLine({ ...context, estimatedCostUsd: { landscape: 0, square: 0, portrait: 0 } }, 'portrait')).toBe('Free: made on this device');
  });

  it('says nothing while the provider is unknown', () => {
    expect(costLine({ ...context, estimatedCostUsd: undefined }, 'square')).toBeUndefined();
  });
});
