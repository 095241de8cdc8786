import * as v from 'valibot';
import { modelFailed, safetyRefusal, unreadableAnswer } from './errors';
import type { BedrockModel, ModelOf } from './models';
import type { CallPlan } from './plan';
import { nearestSize } from './sizes';

/**
 * Stable Diffusion XL 1.0 (legacy, ended by AWS in 2025, kept for accounts that still reach it):
 * weighted text prompts, where a negative weight is the negative prompt, and one sample a call.
 */

export function sdxlBody(model: ModelOf<'sdxl'>, plan: CallPlan): object {
  const size = nearestSize(model.sizing.sizes, plan.target);
  return {
    text_prompts: [{ text: plan.prompt, weight: 1 }, ...(plan.negativePrompt ? [{ text: plan.negativePrompt, weight: -1 }] : [])],
    ...(plan.cfgScale !== undefined && { cfg_scale: plan.cfgScale }),
    width: size.width,
    height: size.height,
    // 0 asks the model for a random seed.
    seed: plan.seed ?? 0,
    samples: plan.images,
    ...(plan.stylePreset && { style_preset: plan.stylePreset }),
  };
}

const SdxlAnswer = v.object({
  artifacts: v.array(v.object({ base64: v.nullish(v.string()), finishReason: v.string() })),
});

/** The base64 images of `{ result, artifacts: [{ seed, base64, finishReason }] }`. */
export function sdxlImages(answer: unknown, model: BedrockModel): string[] {
  const parsed = v.safeParse(SdxlAnswer, answer);
  if (!parsed.success) throw unreadableAnswer();
  return parsed.output.artifacts.map((artifact) => {
    if (artifact.finishReason === 'CONTENT_FILTERED') throw safetyRefusal(model, 'prompt');
    if (artifact.finishReason !== 'SUCCESS' || !artifact.base64) throw modelFailed(model);
    return artifact.base64;
  });
}
