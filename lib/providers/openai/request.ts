import type { ImageGenerateParamsBase } from 'openai/resources/images';
import { FORMATS } from '../../formats';
import type { StyleId } from '../../styles';
import type { GenerateRequest } from '../types';
import { MAX_IMAGES, OPENAI_IMAGE_MODELS, type ImageParameter, type OpenAIImageModel, type OpenAIQuality } from './models';
import { sizeFor } from './sizes';

/** The bodies of the images.generate calls one GenerateRequest takes, holding only what each model accepts. */

/** One preview is enough to show progress; each one costs extra output tokens. */
const PARTIAL_IMAGES = 1;

const STREAMING_PARAMETERS: ReadonlySet<ImageParameter> = new Set(['stream', 'partial_images']);

/** DALL·E 3's "natural" suits the photographic and quiet styles; "vivid" the rest. */
const NATURAL_STYLES: ReadonlySet<StyleId> = new Set(['photo', 'minimal']);

function imageCount(requested: number): number {
  return Number.isFinite(requested) ? Math.min(MAX_IMAGES, Math.max(1, Math.floor(requested))) : 1;
}

export function generationBodies(
  model: OpenAIImageModel,
  request: Pick<GenerateRequest, 'prompt' | 'format' | 'style' | 'count' | 'onPartialImage'>,
  quality: OpenAIQuality,
): ImageGenerateParamsBase[] {
  const info = OPENAI_IMAGE_MODELS[model];
  const streaming = request.onPartialImage !== undefined;
  // Every parameter any model takes; each model's list then picks its own.
  const everything: ImageGenerateParamsBase = {
    model,
    prompt: request.prompt,
    n: 1,
    size: sizeFor(info.sizes, FORMATS[request.format]),
    quality: info.quality(quality),
    output_format: 'png',
    // Opaque: LinkedIn shows images on white or dark backgrounds, and gpt-image-2 refuses transparency.
    background: 'opaque',
    moderation: 'auto',
    stream: true,
    partial_images: PARTIAL_IMAGES,
    style: NATURAL_STYLES.has(request.style) ? 'natural' : 'vivid',
    response_format: 'b64_json',
  };
  const wanted = info.parameters.filter((name) => streaming || !STREAMING_PARAMETERS.has(name));
  const base: ImageGenerateParamsBase = { prompt: request.prompt };
  for (const name of wanted) Object.assign(base, { [name]: everything[name] });
  const bodies: ImageGenerateParamsBase[] = [];
  for (let left = imageCount(request.count); left > 0; left -= info.maxImagesPerCall) {
    bodies.push({ ...base, n: Math.min(left, info.maxImagesPerCall) });
  }
  return bodies;
}
