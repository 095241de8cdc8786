import type { ConverseCommandInput, ConverseCommandOutput } from '@aws-sdk/client-bedrock-runtime';
import { safetyRefusal, unreadableAnswer } from './errors';
import type { BedrockModel, ModelOf } from './models';
import type { CallPlan } from './plan';
import { UserFacingError } from '../../errors';
import { base64ToBytes, bytesToBase64 } from '../../image/bytes';

/**
 * Amazon Nova 2 Omni through Converse: a chat model asked for a picture in words. It takes no size,
 * seed, CFG scale or quality, so the size goes in the system prompt; it may answer with an image block,
 * with words only (no image), or stop with `content_filtered` (providers-2026-12.md §1.2, §1.4).
 */

export function novaOmniInput(model: ModelOf<'nova-omni'>, plan: CallPlan): ConverseCommandInput {
  const { width, height } = plan.target;
  return {
    modelId: model.id,
    system: [{ text: `Generate an image with dimensions ${width}x${height} pixels based on the user's request.` }],
    messages: [{ role: 'user', content: [{ text: plan.prompt }] }],
    inferenceConfig: { maxTokens: 10_000, temperature: 0, topP: 1 },
  };
}

/** The image bytes in the answer; a filtered or words-only answer ends in its own sentence. */
export function novaOmniImages(answer: ConverseCommandOutput, model: BedrockModel): Uint8Array[] {
  if (answer.stopReason === 'content_filtered' || answer.stopReason === 'guardrail_intervened') throw safetyRefusal(model, 'prompt');
  const content = answer.output?.message?.content ?? [];
  const images = content.flatMap((block) => (block.image?.source?.bytes ? [block.image.source.bytes] : []));
  if (images.length > 0) return images;
  if (content.some((block) => block.text !== undefined)) {
    throw new UserFacingError(`${model.label} answered in words, without an image — reword the prompt as a picture to draw, or try again.`, 'no-image');
  }
  throw unreadableAnswer();
}

/** The answer as text for the journal (kept before it is read): Converse hands image bytes over decoded. */
export function keptNovaOmniAnswer(answer: ConverseCommandOutput): string {
  return JSON.stringify({ stopReason: answer.stopReason, output: answer.output }, (_key, value: unknown) =>
    value instanceof Uint8Array ? { base64: bytesToBase64(value) } : value,
  );
}

/** The inverse of keptNovaOmniAnswer; a cut or foreign body is an unreadable answer. */
export function readKeptNovaOmniAnswer(kept: string): ConverseCommandOutput {
  try {
    return JSON.parse(kept, (key, value: unknown) =>
      key === 'bytes' && typeof value === 'object' && value !== null && 'base64' in value ? base64ToBytes(String(value.base64)) : value,
    ) as ConverseCommandOutput;
  } catch (error) {
    throw unreadableAnswer(error);
  }
}
