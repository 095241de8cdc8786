import { describe, expect, it } from 'vitest';
import type { PanelContext, ProviderOffer } from '../messaging/protocol';
import { formatUsd } from '../pricing/money';
import { compareCostLine, comparedOffers, sideSummary, type ComparedSide } from './compare';

const bedrock: ProviderOffer = { id: 'bedrock', label: 'Titan on Bedrock', estimatedCostUsd: { landscape: 0.01, square: 0.008, portrait: 0.01 } };
const offline: ProviderOffer = { id: 'offline', label: 'Offline renderer', estimatedCostUsd: { landscape: 0, square: 0, portrait: 0 } };
const context: PanelContext = {
  providerId: 'openai',
  providerLabel: 'OpenAI GPT Image 1',
  s3Ready: false,
  locked: false,
  estimatedCostUsd: { landscape: 0.063, square: 0.042, portrait: 0.063 },
  monthSpendUsd: 0,
  monthlyCapUsd: 0,
  alternatives: [bedrock, offline],
  stylePresets: [],
  defaults: { format: 'landscape', style: 'photo', extraWords: '' },
};

describe('comparedOffers', () => {
  it('sets the current provider beside the chosen other one, or the first other one', () => {
    expect(comparedOffers(context, undefined)?.map((offer) => offer.id)).toEqual(['openai', 'bedrock']);
    expect(comparedOffers(context, 'offline')?.map((offer) => offer.id)).toEqual(['openai', 'offline']);
    expect(comparedOffers(context, 'offline')?.[0].estimatedCostUsd).toBe(context.estimatedCostUsd);
  });

  it('offers no comparison without a second provider or while the current one is hidden', () => {
    expect(comparedOffers({ ...context, alternatives: [] }, undefined)).toBeUndefined();
    expect(comparedOffers({ ...context, providerId: undefined, estimatedCostUsd: undefined }, undefined)).toBeUndefined();
    expect(comparedOffers(undefined, undefined)).toBeUndefined();
  });
});

describe('compareCostLine', () => {
  it('prices both images of a Compare click for the format, before the click', () => {
    const offers = comparedOffers(context, 'bedrock')!;
    expect(compareCostLine(offers, 'square')).toBe(
      `Compare makes one image each with OpenAI GPT Image 1 and Titan on Bedrock: about ${formatUsd(0.042 + 0.008)} in all.`,
    );
    expect(compareCostLine([offline, offline], 'landscape')).toContain(': free.');
  });
});

describe('sideSummary', () => {
  const side: ComparedSide = { providerId: 'bedrock', label: 'Titan', estimatedCostUsd: 0.01, jobId: 'j', status: 'running' };
  it('shows each side’s time and estimated cost, or its sentence', () => {
    expect(sideSummary(side)).toBe(`Making… (about ${formatUsd(0.01)})`);
    expect(sideSummary({ ...side, status: 'done', seconds: 12.345 })).toBe(`12.3 s · about ${formatUsd(0.01)}`);
    expect(sideSummary({ ...side, status: 'done', seconds: 0.4, estimatedCostUsd: 0 })).toBe('0.4 s · free');
    expect(sideSummary({ ...side, status: 'failed', sentence: 'Bedrock refused the prompt.' })).toBe('Bedrock refused the prompt.');
  });
});
