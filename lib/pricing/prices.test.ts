import { describe, expect, it } from 'vitest';
import { BEDROCK_MODEL_IDS } from '../providers/bedrock/models';
import { OPENAI_IMAGE_MODEL_IDS, OPENAI_QUALITIES } from '../providers/openai/models';
import { type BedrockQuality, estimateCostUsd, PRICES, PRICES_AS_OF } from './prices';

const BEDROCK_QUALITIES: BedrockQuality[] = ['standard', 'premium'];
/** The sizes the providers are asked for: 1024-class and the larger ones. */
const SIZES = [
  { width: 1024, height: 1024 },
  { width: 1536, height: 1024 },
  { width: 1792, height: 1024 },
];

describe('the price table', () => {
  it('is dated', () => {
    expect(new Date(PRICES_AS_OF).toISOString().slice(0, 10)).toBe(PRICES_AS_OF);
  });

  it('prices every OpenAI model at every quality the options offer, at every size', () => {
    expect(Object.keys(PRICES.openai).sort()).toEqual([...OPENAI_IMAGE_MODEL_IDS].sort());
    for (const model of OPENAI_IMAGE_MODEL_IDS) {
      for (const quality of OPENAI_QUALITIES) {
        for (const size of SIZES) {
          const usd = estimateCostUsd({ provider: 'openai', model, ...size, quality, count: 1 });
          expect(usd, `${model} ${quality} ${size.width}x${size.height}`).toBeGreaterThan(0);
          expect(usd).toBeLessThan(1);
        }
      }
    }
  });

  it('prices every Bedrock model at standard and premium quality', () => {
    expect(Object.keys(PRICES.bedrock).sort()).toEqual([...BEDROCK_MODEL_IDS].sort());
    for (const model of BEDROCK_MODEL_IDS) {
      for (const quality of BEDROCK_QUALITIES) {
        const usd = estimateCostUsd({ provider: 'bedrock', model, width: 1024, height: 1024, quality, count: 1 });
        expect(usd, `${model} ${quality}`).toBeGreaterThan(0);
      }
    }
  });

  it('lists the same qualities in every size tier of a model, and ends with a tier for any size', () => {
    for (const tiers of [...Object.values(PRICES.openai), ...Object.values(PRICES.bedrock)]) {
      const qualities = Object.keys(tiers[0]!.usd).sort();
      for (const tier of tiers) expect(Object.keys(tier.usd).sort()).toEqual(qualities);
      expect(tiers.at(-1)!.maxPixels).toBe(Infinity);
    }
  });
});

describe('estimateCostUsd', () => {
  const gptImage1 = (quality: 'low' | 'medium' | 'high' | 'auto', width: number, height: number) =>
    estimateCostUsd({ provider: 'openai', model: 'gpt-image-1', width, height, quality, count: 1 });

  it('uses OpenAI’s list prices for gpt-image-1, by size class', () => {
    expect([gptImage1('low', 1024, 1024), gptImage1('medium', 1024, 1024), gptImage1('high', 1024, 1024)]).toEqual([0.011, 0.042, 0.167]);
    expect([gptImage1('low', 1536, 1024), gptImage1('medium', 1024, 1536), gptImage1('high', 1536, 1024)]).toEqual([0.016, 0.063, 0.25]);
  });

  it('prices "auto" as high, so the estimate does not fall short', () => {
    expect(gptImage1('auto', 1024, 1024)).toBe(gptImage1('high', 1024, 1024));
    expect(gptImage1('auto', 1536, 1024)).toBe(gptImage1('high', 1536, 1024));
    expect(estimateCostUsd({ provider: 'openai', model: 'gpt-image-1', width: 1024, height: 1024, count: 1 })).toBe(gptImage1('high', 1024, 1024));
  });

  it('prices gpt-image-1-mini at a fifth to a quarter of gpt-image-1', () => {
    for (const quality of ['low', 'medium', 'high'] as const) {
      for (const [width, height] of [[1024, 1024], [1536, 1024]] as const) {
        const ratio = estimateCostUsd({ provider: 'openai', model: 'gpt-image-1-mini', width, height, quality, count: 1 }) / gptImage1(quality, width, height);
        expect(ratio).toBeGreaterThanOrEqual(0.2);
        expect(ratio).toBeLessThanOrEqual(0.5);
      }
    }
  });

  it('turns the quality setting into DALL·E 3’s own: high is hd, the rest standard', () => {
    const dalle = (quality: 'low' | 'high', width: number) => estimateCostUsd({ provider: 'openai', model: 'dall-e-3', width, height: 1024, quality, count: 1 });
    expect([dalle('low', 1024), dalle('high', 1024), dalle('low', 1792), dalle('high', 1792)]).toEqual([0.04, 0.08, 0.08, 0.12]);
  });

  it('prices Titan and Nova Canvas by size and quality, and Stability models per image', () => {
    const bedrock = (model: string, side: number, quality?: BedrockQuality) =>
      estimateCostUsd({ provider: 'bedrock', model, width: side, height: side, quality, count: 1 });
    expect(bedrock('amazon.titan-image-generator-v2:0', 512)).toBe(0.008);
    expect(bedrock('amazon.titan-image-generator-v2:0', 1024, 'premium')).toBe(0.012);
    expect(bedrock('amazon.nova-canvas-v1:0', 1024)).toBe(0.04);
    expect(bedrock('amazon.nova-canvas-v1:0', 2048, 'premium')).toBe(0.08);
    expect(bedrock('stability.stable-image-ultra-v1:1', 1024)).toBe(bedrock('stability.stable-image-ultra-v1:1', 1536, 'premium'));
  });

  it('uses the 2026-12-04 list prices of today’s models', () => {
    const openai = (model: string, quality: 'low' | 'medium' | 'high', width: number, height: number) =>
      estimateCostUsd({ provider: 'openai', model, width, height, quality, count: 1 });
    expect(['low', 'medium', 'high'].map((quality) => openai('gpt-image-2', quality as 'low', 1024, 1024))).toEqual([0.006, 0.053, 0.211]);
    expect(['low', 'medium', 'high'].map((quality) => openai('gpt-image-2', quality as 'low', 1536, 1024))).toEqual([0.005, 0.041, 0.165]);
    expect(openai('gpt-image-2', 'high', 1024, 1536)).toBe(0.165);
    expect(['low', 'medium', 'high'].map((quality) => openai('gpt-image-2.5-flare', quality as 'low', 1024, 1024))).toEqual([0.006, 0.013, 0.053]);
    const bedrock = (model: string) => estimateCostUsd({ provider: 'bedrock', model, width: 1200, height: 627, count: 1 });
    expect(['stability.stable-image-core-v1:1', 'stability.sd3-5-large-v1:0', 'stability.stable-image-ultra-v1:1'].map(bedrock)).toEqual([0.04, 0.08, 0.14]);
    expect(PRICES_AS_OF).toBe('2026-12-04');
  });

  it('multiplies by the number of images, and the offline renderer is free', () => {
    const one = gptImage1('medium', 1024, 1024);
    expect(estimateCostUsd({ provider: 'openai', model: 'gpt-image-1', width: 1024, height: 1024, quality: 'medium', count: 3 })).toBeCloseTo(one * 3, 10);
    expect(estimateCostUsd({ provider: 'offline', model: 'offline-card', width: 1200, height: 627, count: 4 })).toBe(0);
  });
});
