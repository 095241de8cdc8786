import * as v from 'valibot';
import { modelFailed, safetyRefusal, unreadableAnswer } from './errors';
import type { BedrockModel, ModelOf, Size } from './models';
import type { CallPlan } from './plan';
import { nearestSize } from './sizes';

/**
 * Amazon Titan Image Generator (v1 and v2): a TEXT_IMAGE task with a size from Titan's fixed list.
 * Nova Canvas speaks the same request and answer, so this module holds both for the two.
 */

export function titanBody(model: ModelOf<'titan'>, plan: CallPlan): object {
  return textImageBody(model, plan, nearestSize(model.sizing.sizes, plan.target));
}

/** The TEXT_IMAGE request, with any model-specific text parameters (Nova Canvas's style). */
export function textImageBody(model: BedrockModel, plan: CallPlan, size: Size, extraTextParams: object = {}): object {
  return {
    taskType: 'TEXT_IMAGE',
    textToImageParams: { text: plan.prompt, ...(plan.negativePrompt && { negativeText: plan.negativePrompt }), ...extraTextParams },
    imageGenerationConfig: {
      numberOfImages: plan.images,
      quality: plan.quality,
      width: size.width,
      height: size.height,
      ...(plan.cfgScale !== undefined && { cfgScale: plan.cfgScale }),
      // Titan and Nova fall back to one fixed seed (42, 12): the same prompt would give the same picture every time.
      seed: plan.seed ?? Math.floor(Math.random() * (model.maxSeed + 1)),
    },
  };
}

const TextImageAnswer = v.object({
  images: v.optional(v.array(v.string()), []),
  error: v.nullish(v.string()),
});

/** The base64 images of a TEXT_IMAGE answer, `{ images, error }`. */
export function textImageImages(answer: unknown, model: BedrockModel): string[] {
  const parsed = v.safeParse(TextImageAnswer, answer);
  if (!parsed.success) throw unreadableAnswer();
  const { images, error } = parsed.output;
  if (error && /content filters/i.test(error)) throw safetyRefusal(model, 'output');
  if (error) throw modelFailed(model);
  if (images.length === 0) throw unreadableAnswer();
  return images;
}
