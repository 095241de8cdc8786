import { describe, expect, it } from 'vitest';
import { FORMAT_IDS, type FormatId } from '../formats';
import type { ProviderId } from '../providers/types';
import { settingsFrom } from '../settings/schema';
import { estimateForSettings, imageCostEstimator } from './estimate';

const perFormat = (settings: ReturnType<typeof settingsFrom>, provider: ProviderId) =>
  Object.fromEntries(FORMAT_IDS.map((format) => [format, estimateForSettings(settings, format, 1, provider)])) as Record<FormatId, number>;

describe('estimateForSettings', () => {
  it('prices each format at the size OpenAI is asked for: square 1024x1024, the others 1536x1024 or 1024x1536', () => {
    const settings = settingsFrom({ openai: { model: 'gpt-image-1', quality: 'medium' } });
    expect(perFormat(settings, 'openai')).toEqual({ landscape: 0.063, square: 0.042, portrait: 0.063 });
  });

  it('follows gpt-image-2’s custom sizes: the landscape request stays under a megapixel, the square one does not', () => {
    const settings = settingsFrom({ openai: { model: 'gpt-image-2', quality: 'low' } });
    expect(perFormat(settings, 'openai')).toEqual({ landscape: 0.006, square: 0.005, portrait: 0.005 });
  });

  it('asks DALL·E 3 for 1792x1024 for landscape only: 4:5 portrait is nearer its square than its 1024x1792', () => {
    const settings = settingsFrom({ openai: { model: 'dall-e-3', quality: 'auto' } });
    expect(perFormat(settings, 'openai')).toEqual({ landscape: 0.08, square: 0.04, portrait: 0.04 });
  });

  it('prices Bedrock at the size each model family picks, at standard quality', () => {
    const titan = settingsFrom({ bedrock: { model: 'amazon.titan-image-generator-v2:0' } });
    expect(perFormat(titan, 'bedrock')).toEqual({ landscape: 0.01, square: 0.01, portrait: 0.01 });
    const nova = settingsFrom({ bedrock: { model: 'amazon.nova-canvas-v1:0' } });
    // 1200x627 fits within a megapixel on Nova's grid; 1080x1080 and 1080x1350 do not.
    expect(perFormat(nova, 'bedrock')).toEqual({ landscape: 0.04, square: 0.06, portrait: 0.06 });
    const core = settingsFrom({ bedrock: { model: 'stability.stable-image-core-v1:1' } });
    expect(perFormat(core, 'bedrock')).toEqual({ landscape: 0.04, square: 0.04, portrait: 0.04 });
  });

  it('uses the model of the provider asked about, whatever the settings choose for the other', () => {
    const settings = settingsFrom({ openai: { model: 'dall-e-3' }, bedrock: { model: 'stability.stable-image-ultra-v1:1' } });
    expect(estimateForSettings(settings, 'square', 1, 'bedrock')).toBe(0.14);
    expect(estimateForSettings(settings, 'square', 1, 'openai')).toBe(0.04);
    expect(estimateForSettings(settings, 'square', 2, 'offline')).toBe(0);
  });

  it('multiplies by the number of images asked for', () => {
    const settings = settingsFrom({ openai: { model: 'gpt-image-1-mini', quality: 'high' } });
    expect(estimateForSettings(settings, 'portrait', 4, 'openai')).toBeCloseTo(4 * estimateForSettings(settings, 'portrait', 1, 'openai'), 10);
  });
});

describe('imageCostEstimator', () => {
  it('prices an image at the size it came back, with the quality from the options', () => {
    const settings = settingsFrom({ openai: { model: 'gpt-image-1', quality: 'low' } });
    const estimate = imageCostEstimator(settings, { id: 'openai', model: 'gpt-image-1' });
    expect(estimate({ width: 1024, height: 1024 })).toBe(0.011);
    expect(estimate({ width: 1536, height: 1024 })).toBe(0.016);
  });

  it('prices by the model that made the image', () => {
    const settings = settingsFrom({});
    expect(imageCostEstimator(settings, { id: 'bedrock', model: 'amazon.nova-canvas-v1:0' })({ width: 1024, height: 1024 })).toBe(0.04);
    expect(imageCostEstimator(settings, { id: 'offline', model: 'offline-card' })({ width: 1200, height: 627 })).toBe(0);
  });
});
