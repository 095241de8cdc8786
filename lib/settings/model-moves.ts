import { BEDROCK_MODELS, type BedrockModel, type BedrockModelId } from '../providers/bedrock/models';
import { isShutDown, todayUtc } from '../providers/lifecycle';
import { OPENAI_IMAGE_MODELS, type OpenAIImageModel, openAIModelInstead } from '../providers/openai/models';
import type { Settings } from './schema';

/**
 * Stored choices of models the providers have shut down move to a model that works today, each move
 * told in a sentence. A Bedrock successor served in other regions takes its region with it: a stranded
 * model in the old region would fail every click.
 */

export interface ModelMoves {
  settings: Settings;
  /** One sentence a move; empty when nothing moved. */
  sentences: string[];
}

function bedrockEnded(model: BedrockModel, today: string): boolean {
  return model.lifecycle.status === 'ended' || isShutDown(model.shutdown, today);
}

export function moveOffRetiredModels(settings: Settings, today = todayUtc()): ModelMoves {
  const sentences: string[] = [];
  let { openai, bedrock } = settings;
  const openaiModel = OPENAI_IMAGE_MODELS[openai.model];
  if (isShutDown(openaiModel.shutdown, today)) {
    const successor: OpenAIImageModel = openAIModelInstead(openai.model, today);
    sentences.push(`OpenAI shut ${openaiModel.label} down on ${openaiModel.shutdown!.date}, so Post to Image now uses ${OPENAI_IMAGE_MODELS[successor].label}.`);
    openai = { ...openai, model: successor };
  }
  const bedrockModel: BedrockModel = BEDROCK_MODELS[bedrock.model];
  if (bedrockEnded(bedrockModel, today) && bedrockModel.replacement) {
    const successor: BedrockModel = BEDROCK_MODELS[bedrockModel.replacement as BedrockModelId];
    const region = successor.regions.includes(bedrock.region) ? bedrock.region : successor.regions[0]!;
    const where = region === bedrock.region ? '' : ` in ${region} (it is not offered in ${bedrock.region})`;
    const ended = bedrockModel.shutdown ? ` on ${bedrockModel.shutdown.date}` : '';
    sentences.push(`Amazon Bedrock ended ${bedrockModel.label}${ended}, so Post to Image now uses ${successor.label}${where}.`);
    bedrock = { ...bedrock, model: successor.id, region };
  }
  return { settings: { ...settings, openai, bedrock }, sentences };
}
