import { describe, expect, it } from 'vitest';
import { BEDROCK_MODELS } from './models';
import { planCalls } from './plan';

const TARGET = { width: 1200, height: 627 };
const titan = BEDROCK_MODELS['amazon.titan-image-generator-v2:0'];
const core = BEDROCK_MODELS['stability.stable-image-core-v1:1'];
const sdxl = BEDROCK_MODELS['stability.stable-diffusion-xl-v1'];

describe('planCalls', () => {
  it('asks Titan for every image in one call, and Stability for one image a call', () => {
    expect(planCalls(titan, { prompt: 'p', target: TARGET, count: 3 }).map((call) => call.images)).toEqual([3]);
    expect(planCalls(core, { prompt: 'p', target: TARGET, count: 3 }).map((call) => call.images)).toEqual([1, 1, 1]);
  });

  it('makes between one and four images, whatever the count', () => {
    expect(planCalls(titan, { prompt: 'p', target: TARGET, count: 9 })[0]?.images).toBe(4);
    expect(planCalls(core, { prompt: 'p', target: TARGET, count: 0 })).toHaveLength(1);
    expect(planCalls(core, { prompt: 'p', target: TARGET, count: Number.NaN })).toHaveLength(1);
  });

  it('gives each call the next seed, wrapping at the model’s largest', () => {
    expect(planCalls(core, { prompt: 'p', target: TARGET, count: 3, seed: 4_294_967_293 }).map((call) => call.seed)).toEqual([4_294_967_293, 4_294_967_294, 0]);
    expect(planCalls(core, { prompt: 'p', target: TARGET, count: 2 }).map((call) => call.seed)).toEqual([undefined, undefined]);
  });

  it('trims both prompts to the model’s limit and drops an empty negative prompt', () => {
    const [call] = planCalls(titan, { prompt: 'word '.repeat(200), negativePrompt: 'blur '.repeat(200), target: TARGET, count: 1 });
    expect(call!.prompt.length).toBeLessThanOrEqual(512);
    expect(call!.negativePrompt!.length).toBeLessThanOrEqual(512);
    expect(planCalls(titan, { prompt: 'p', negativePrompt: '   ', target: TARGET, count: 1 })[0]?.negativePrompt).toBeUndefined();
  });

  it('keeps the CFG scale within the model’s range, and leaves it out where the model takes none', () => {
    expect(planCalls(titan, { prompt: 'p', target: TARGET, count: 1, cfgScale: 0.5 })[0]?.cfgScale).toBe(1.1);
    expect(planCalls(sdxl, { prompt: 'p', target: TARGET, count: 1, cfgScale: 20 })[0]?.cfgScale).toBe(20);
    expect(planCalls(core, { prompt: 'p', target: TARGET, count: 1, cfgScale: 5 })[0]?.cfgScale).toBeUndefined();
  });

  it('passes on only a style preset the model knows', () => {
    expect(planCalls(sdxl, { prompt: 'p', target: TARGET, count: 1, stylePreset: 'anime' })[0]?.stylePreset).toBe('anime');
    expect(planCalls(sdxl, { prompt: 'p', target: TARGET, count: 1, stylePreset: 'PHOTOREALISM' })[0]?.stylePreset).toBeUndefined();
  });
});
