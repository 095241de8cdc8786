import { todayUtc } from '../lifecycle';
import { OPENAI_IMAGE_MODELS, type OpenAIImageModel, openAIModelInstead } from './models';

/**
 * The sentence for a model OpenAI will not serve (404 model_not_found): why, when the catalogue knows,
 * and always a model that works today to switch to, never a shut-down one.
 */
export function modelUnavailableSentence(model: string, today = todayUtc()): string {
  const instead = OPENAI_IMAGE_MODELS[openAIModelInstead(model, today)].label;
  const shutdown = Object.hasOwn(OPENAI_IMAGE_MODELS, model) ? OPENAI_IMAGE_MODELS[model as OpenAIImageModel].shutdown : undefined;
  if (shutdown && shutdown.date <= today) return `OpenAI shut ${model} down on ${shutdown.date}: switch to ${instead} in the options.`;
  return `This OpenAI endpoint does not offer ${model}: switch to ${instead} in the options.`;
}
