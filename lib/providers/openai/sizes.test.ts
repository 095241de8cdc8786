import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateGeneration } from '../../../emulator/openai/validate';
import { FORMATS } from '../../formats';
import { OPENAI_IMAGE_MODELS, type SizeRule } from './models';
import { parseSize, sizeFor } from './sizes';

const CUSTOM = OPENAI_IMAGE_MODELS['gpt-image-2'].sizes;
const aspect = (size: { width: number; height: number }) => size.width / size.height;

/** Whether the emulated API, which encodes OpenAI's published rules separately, takes this size. */
function apiAccepts(model: string, size: string): boolean {
  return validateGeneration(new TextEncoder().encode(JSON.stringify({ model, prompt: 'x', size })), '2026-12-04').ok;
}

describe('sizeFor', () => {
  it('picks the listed size nearest in shape', () => {
    const listed = OPENAI_IMAGE_MODELS['gpt-image-1'].sizes;
    expect(sizeFor(listed, FORMATS.landscape)).toBe('1536x1024');
    expect(sizeFor(listed, FORMATS.square)).toBe('1024x1024');
    expect(sizeFor(listed, FORMATS.portrait)).toBe('1024x1536');
    const dallE: SizeRule = OPENAI_IMAGE_MODELS['dall-e-3'].sizes;
    expect(sizeFor(dallE, FORMATS.landscape)).toBe('1792x1024');
    expect(sizeFor(dallE, { width: 900, height: 1600 })).toBe('1024x1792');
  });

  it('puts LinkedIn formats on the gpt-image-2 grid, within a few pixels', () => {
    for (const format of Object.values(FORMATS)) {
      const size = parseSize(sizeFor(CUSTOM, format));
      expect(Math.abs(size.width - format.width)).toBeLessThanOrEqual(16);
      expect(Math.abs(size.height - format.height)).toBeLessThanOrEqual(16);
      expect(apiAccepts('gpt-image-2', `${size.width}x${size.height}`)).toBe(true);
    }
    expect(sizeFor(CUSTOM, FORMATS.landscape)).toBe('1200x624');
  });

  it('gives any target a gpt-image-2 size the API takes, as close in shape as its limits allow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 64, max: 8000 }), fc.integer({ min: 64, max: 8000 }), (width, height) => {
        const chosen = sizeFor(CUSTOM, { width, height });
        expect(apiAccepts('gpt-image-2', chosen)).toBe(true);
        const wanted = Math.min(3, Math.max(1 / 3, width / height));
        expect(Math.abs(Math.log(aspect(parseSize(chosen)) / wanted))).toBeLessThan(0.05);
      }),
      { numRuns: 500 },
    );
  });
});
