import { type EmulatedModel, fields, picturesOf, seedOrRandom } from './model';
import { array, integer, malformed, number, object, string } from './schema';

/**
 * Stable Diffusion XL 1.0 (legacy; AWS ended it on 2025-05-20): weighted text prompts, a fixed list
 * of sizes, one sample a call, and artifacts whose finishReason says whether the filter stepped in.
 */

const SIZES = new Set(['1024x1024', '1152x896', '1216x832', '1344x768', '1536x640', '640x1536', '768x1344', '832x1216', '896x1152']);
const MAX_SEED = 4_294_967_295;

const STYLE_PRESETS = [
  '3d-model', 'analog-film', 'anime', 'cinematic', 'comic-book', 'digital-art', 'enhance', 'fantasy-art', 'isometric',
  'line-art', 'low-poly', 'modeling-compound', 'neon-punk', 'origami', 'photographic', 'pixel-art', 'tile-texture',
];

const schema = object(
  {
    text_prompts: array(object({ text: string({ minLength: 1, maxLength: 2000 }), weight: number({ min: -10, max: 10 }) }, ['text']), {
      minItems: 1,
    }),
    width: integer(),
    height: integer(),
    cfg_scale: number({ min: 0, max: 35 }),
    clip_guidance_preset: string({ oneOf: ['FAST_BLUE', 'FAST_GREEN', 'NONE', 'SIMPLE', 'SLOW', 'SLOWER', 'SLOWEST'] }),
    sampler: string({ oneOf: ['DDIM', 'DDPM', 'K_DPMPP_2M', 'K_DPMPP_2S_ANCESTRAL', 'K_DPM_2', 'K_DPM_2_ANCESTRAL', 'K_EULER', 'K_EULER_ANCESTRAL', 'K_HEUN', 'K_LMS'] }),
    samples: integer({ min: 1, max: 1 }),
    seed: integer({ min: 0, max: MAX_SEED }),
    steps: integer({ min: 10, max: 50 }),
    style_preset: string({ oneOf: STYLE_PRESETS }),
  },
  ['text_prompts'],
);

function sizeOf(body: unknown): { width: number; height: number } {
  const { width = 1024, height = 1024 } = fields(body);
  return { width: width as number, height: height as number };
}

export function sdxlModel(modelId: string): EmulatedModel {
  const artifacts = (pictures: readonly { seed: number }[], images: readonly string[], finishReason: string) =>
    pictures.map((picture, index) => ({ seed: picture.seed, base64: images[index], finishReason }));
  return {
    check(body) {
      const violation = schema(body, '#');
      if (violation) return malformed(violation);
      const { width, height } = sizeOf(body);
      return SIZES.has(`${width}x${height}`)
        ? undefined
        : `Invalid dimensions ${width}x${height}: SDXL v1.0 allowed dimensions are 1024x1024, 1152x896, 1216x832, 1344x768, 1536x640, 640x1536, 768x1344, 832x1216, 896x1152`;
    },
    prompt: (body) =>
      (fields(body).text_prompts as Array<{ text: string; weight?: number }>)
        .filter((prompt) => (prompt.weight ?? 1) > 0)
        .map((prompt) => prompt.text)
        .join(' '),
    pictures: (body) => picturesOf(modelId, body, sizeOf(body), seedOrRandom(fields(body).seed, MAX_SEED)),
    answer: (pictures, images) => ({ result: 'success', artifacts: artifacts(pictures, images, 'SUCCESS') }),
    // SDXL still answers 200, with the (blurred, in reality) image marked as filtered.
    refusal: (_stage, pictures, images) => ({ body: { result: 'success', artifacts: artifacts(pictures, images, 'CONTENT_FILTERED') } }),
  };
}
