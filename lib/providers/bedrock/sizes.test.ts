import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMATS, type FormatId } from '../../formats';
import { BEDROCK_MODELS } from './models';
import { nearestAspectRatio, nearestOnGrid, nearestSize } from './sizes';

const titan = BEDROCK_MODELS['amazon.titan-image-generator-v2:0'];
const nova = BEDROCK_MODELS['amazon.nova-canvas-v1:0'];
const stability = BEDROCK_MODELS['stability.sd3-5-large-v1:0'];
const sdxl = BEDROCK_MODELS['stability.stable-diffusion-xl-v1'];

const sizeText = ({ width, height }: { width: number; height: number }) => `${width}x${height}`;

describe('the size each model is asked for, nearest each LinkedIn format', () => {
  it.each([
    // 1408x768 (1.833) edges out 1173x640 (1.833) by a hair in shape, and holds more pixels.
    ['landscape', '1408x768', '1200x624', '16:9', '1344x768'],
    ['square', '1024x1024', '1088x1088', '1:1', '1024x1024'],
    ['portrait', '896x1152', '1088x1360', '4:5', '896x1152'],
  ] as const)('%s: Titan %s, Nova Canvas %s, Stability %s, SDXL %s', (format: FormatId, titanSize, novaSize, ratio, sdxlSize) => {
    const target = FORMATS[format];
    expect(sizeText(nearestSize(titan.sizing.sizes, target))).toBe(titanSize);
    expect(sizeText(nearestOnGrid(nova.sizing, target))).toBe(novaSize);
    expect(nearestAspectRatio(stability.sizing.ratios, target)).toBe(ratio);
    expect(sizeText(nearestSize(sdxl.sizing.sizes, target))).toBe(sdxlSize);
  });

  it('prefers the nearer pixel count among sizes of the same shape', () => {
    expect(sizeText(nearestSize([{ width: 1024, height: 1024 }, { width: 512, height: 512 }], { width: 600, height: 600 }))).toBe('512x512');
  });

  it('keeps any target, however odd, within Nova Canvas’s grid and limits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), (width, height) => {
        const size = nearestOnGrid(nova.sizing, { width, height });
        expect(size.width % 16 + (size.height % 16)).toBe(0);
        expect(Math.min(size.width, size.height)).toBeGreaterThanOrEqual(320);
        expect(Math.max(size.width, size.height)).toBeLessThanOrEqual(4096);
        expect(Math.max(size.width / size.height, size.height / size.width)).toBeLessThanOrEqual(4);
        expect(size.width * size.height).toBeLessThanOrEqual(4_194_304);
      }),
    );
  });
});
