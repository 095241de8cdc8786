import { type EmulatedModel, member, picturesOf } from './model';
import { integer, malformed, number, object, type Rule, string } from './schema';

/**
 * Amazon's own image models, Titan Image Generator (v1, v2) and Nova Canvas: the same TEXT_IMAGE
 * request, each with its own limits (AWS user guide, "Amazon Titan Image Generator" and "Nova Canvas"
 * request pages). The emulator draws text-to-image only, so other task types are refused.
 */

const CONTENT_FILTER_MESSAGE = 'This request has been blocked by our content filters.';

/** Titan accepts only these sizes, width x height. */
const TITAN_SIZES = new Set(
  (
    '1024x1024 768x768 512x512 768x1152 384x576 1152x768 576x384 768x1280 384x640 1280x768 640x384 896x1152 448x576 ' +
    '1152x896 576x448 768x1408 384x704 1408x768 704x384 640x1408 320x704 1408x640 704x320 1152x640 1173x640'
  ).split(' '),
);

const NOVA_STYLES = [
  '3D_ANIMATED_FAMILY_FILM',
  'DESIGN_SKETCH',
  'FLAT_VECTOR_ILLUSTRATION',
  'GRAPHIC_NOVEL_ILLUSTRATION',
  'MAXIMALISM',
  'MIDCENTURY_RETRO',
  'PHOTOREALISM',
  'SOFT_DIGITAL_PAINTING',
];

interface AmazonLimits {
  textLength: number;
  maxSeed: number;
  /** What the model uses when the request names no seed. */
  defaultSeed: number;
  textParams: Record<string, Rule>;
  side: Rule;
  /** Checks on width and height together, after the schema. */
  sizeProblem(width: number, height: number): string | undefined;
}

function amazonModel(modelId: string, limits: AmazonLimits): EmulatedModel {
  const prompt: Rule = string({ minLength: 1, maxLength: limits.textLength });
  const schema = object(
    {
      taskType: string({ oneOf: ['TEXT_IMAGE'] }),
      textToImageParams: object({ text: prompt, negativeText: prompt, ...limits.textParams }, ['text']),
      imageGenerationConfig: object({
        numberOfImages: integer({ min: 1, max: 5 }),
        quality: string({ oneOf: ['standard', 'premium'] }),
        width: limits.side,
        height: limits.side,
        cfgScale: number({ min: 1.1, max: 10 }),
        seed: integer({ min: 0, max: limits.maxSeed }),
      }),
    },
    ['taskType', 'textToImageParams'],
  );
  const config = (body: unknown) => {
    const { numberOfImages = 1, width = 1024, height = 1024, seed = limits.defaultSeed } = member(body, 'imageGenerationConfig');
    return { count: numberOfImages as number, size: { width: width as number, height: height as number }, seed: seed as number };
  };
  return {
    check(body) {
      const violation = schema(body, '#');
      if (violation) return malformed(violation);
      const { size } = config(body);
      return limits.sizeProblem(size.width, size.height);
    },
    prompt: (body) => String(member(body, 'textToImageParams').text),
    pictures(body) {
      const { count, size, seed } = config(body);
      return picturesOf(modelId, body, size, seed, count);
    },
    answer: (_pictures, images) => ({ images, error: null }),
    refusal: () => ({ error: CONTENT_FILTER_MESSAGE }),
  };
}

export function titanModel(modelId: string): EmulatedModel {
  return amazonModel(modelId, {
    textLength: 512,
    maxSeed: 2_147_483_646,
    defaultSeed: 42,
    textParams: {},
    side: integer(),
    sizeProblem: (width, height) =>
      TITAN_SIZES.has(`${width}x${height}`)
        ? undefined
        : malformed(`#/imageGenerationConfig: ${width}x${height} is not a supported combination of width and height`),
  });
}

export function novaCanvasModel(modelId: string): EmulatedModel {
  return amazonModel(modelId, {
    textLength: 1024,
    maxSeed: 858_993_459,
    defaultSeed: 12,
    textParams: { style: string({ oneOf: NOVA_STYLES }) },
    side: integer({ min: 320, max: 4096, multipleOf: 16 }),
    sizeProblem(width, height) {
      if (Math.max(width / height, height / width) > 4) return 'The aspect ratio of the image must be between 1:4 and 4:1.';
      if (width * height > 4_194_304) return 'The total pixel count of the image must be at most 4,194,304.';
      return undefined;
    },
  });
}
