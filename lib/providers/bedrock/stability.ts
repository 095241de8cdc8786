import * as v from 'valibot';
import { modelFailed, safetyRefusal, unreadableAnswer } from './errors';
import type { BedrockModel, ModelOf } from './models';
import type { CallPlan } from './plan';
import { nearestAspectRatio } from './sizes';

/**
 * Stability AI's current models on Bedrock (SD3.5 Large, Stable Image Core, Stable Image Ultra): a
 * prompt and an aspect ratio, one image a call. Only SD3.5 takes cfg_scale; the catalogue gives the
 * others no CFG range, so the plan never carries one for them.
 */

export function stabilityBody(model: ModelOf<'stability'>, plan: CallPlan): object {
  return {
    prompt: plan.prompt,
    ...(plan.negativePrompt && { negative_prompt: plan.negativePrompt }),
    aspect_ratio: nearestAspectRatio(model.sizing.ratios, plan.target),
    // 0 asks the model for a random seed.
    seed: plan.seed ?? 0,
    output_format: 'png',
    mode: 'text-to-image',
    ...(plan.cfgScale !== undefined && { cfg_scale: plan.cfgScale }),
  };
}

const StabilityAnswer = v.object({
  images: v.optional(v.array(v.string()), []),
  finish_reasons: v.optional(v.array(v.nullable(v.string())), []),
});

/** The base64 images of `{ seeds, finish_reasons, images }`; a filtered answer names the reason and carries no image. */
export function stabilityImages(answer: unknown, model: BedrockModel): string[] {
  const parsed = v.safeParse(StabilityAnswer, answer);
  if (!parsed.success) throw unreadableAnswer();
  for (const reason of parsed.output.finish_reasons) {
    if (reason === null) continue;
    if (/^Filter reason: output/i.test(reason)) throw safetyRefusal(model, 'output');
    if (/^Filter reason/i.test(reason)) throw safetyRefusal(model, 'prompt');
    throw modelFailed(model); // "Inference error"
  }
  if (parsed.output.images.length === 0) throw unreadableAnswer();
  return parsed.output.images;
}
