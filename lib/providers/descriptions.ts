import { BEDROCK_MODELS, type BedrockModelId } from './bedrock/models';
import { OPENAI_IMAGE_MODELS, type OpenAIImageModel } from './openai/models';

/** How each provider is named to the user, and the longest prompt its model takes. */

export interface ProviderDescription {
  label: string;
  /** The longest prompt the model accepts, in characters. */
  promptLimit: number;
}

export const OFFLINE_DESCRIPTION: ProviderDescription = { label: 'Offline renderer', promptLimit: 1000 };

export function describeOpenAI(model: OpenAIImageModel): ProviderDescription {
  const info = OPENAI_IMAGE_MODELS[model];
  return { label: `OpenAI ${info.label}`, promptLimit: info.promptLimit };
}

export function describeBedrock(model: BedrockModelId): ProviderDescription {
  const info = BEDROCK_MODELS[model];
  return { label: `${info.label} on Amazon Bedrock`, promptLimit: info.promptLimit };
}
