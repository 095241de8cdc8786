import { type EmulatedModel, fields, picturesOf, seedOrRandom } from './model';
import { integer, malformed, number, object, string } from './schema';

/**
 * Stability AI's models on Bedrock: SD3.5 Large, Stable Image Core and Stable Image Ultra. One request
 * shape (AWS user guide, "Stable Image Core request and response" and the SD3.5 Large page), an aspect
 * ratio instead of a size, ~1 megapixel out, and a filter that answers 200 with a finish reason.
 */

const ASPECT_RATIOS = ['16:9', '1:1', '21:9', '2:3', '3:2', '4:5', '5:4', '9:16', '9:21'];
const MAX_SEED = 4_294_967_294;
const MEGAPIXEL = 1024 * 1024;
const FILTER_REASONS = { prompt: 'Filter reason: prompt', output: 'Filter reason: output image' } as const;

/** The size a ratio gives: about a megapixel, both sides multiples of 64 as the models make them. */
function sizeOf(aspectRatio: string): { width: number; height: number } {
  const [across = 1, down = 1] = aspectRatio.split(':').map(Number);
  const toGrid = (side: number) => Math.round(side / 64) * 64;
  return { width: toGrid(Math.sqrt((MEGAPIXEL * across) / down)), height: toGrid(Math.sqrt((MEGAPIXEL * down) / across)) };
}

/** Only SD3.5 Large takes cfg_scale; Core and Ultra refuse it as an unknown key. */
export function stabilityModel(modelId: string, options: { takesCfgScale: boolean }): EmulatedModel {
  const schema = object(
    {
      prompt: string({ minLength: 1, maxLength: 10_000 }),
      negative_prompt: string({ maxLength: 10_000 }),
      aspect_ratio: string({ oneOf: ASPECT_RATIOS }),
      seed: integer({ min: 0, max: MAX_SEED }),
      // The real models can also answer JPEG; the emulator draws PNGs only.
      output_format: string({ oneOf: ['png'] }),
      mode: string({ oneOf: ['text-to-image'] }),
      ...(options.takesCfgScale ? { cfg_scale: number({ min: 1, max: 10 }) } : {}),
    },
    ['prompt'],
  );
  return {
    check: (body) => {
      const violation = schema(body, '#');
      return violation ? malformed(violation) : undefined;
    },
    prompt: (body) => String(fields(body).prompt),
    pictures(body) {
      const { aspect_ratio = '1:1', seed } = fields(body);
      return picturesOf(modelId, body, sizeOf(aspect_ratio as string), seedOrRandom(seed, MAX_SEED));
    },
    answer: (pictures, images) => ({ seeds: pictures.map((picture) => picture.seed), finish_reasons: pictures.map(() => null), images }),
    // The documented filtered answer carries the reason and nothing else.
    refusal: (stage) => ({ body: { finish_reasons: [FILTER_REASONS[stage]] } }),
  };
}
