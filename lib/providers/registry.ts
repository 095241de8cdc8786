import { type BedrockConfig, createBedrockProvider } from './bedrock';
import type { BedrockModelId } from './bedrock/models';
import type { ProviderDescription } from './descriptions';
import { createOfflineProvider } from './offline';
import { createOpenAIProvider } from './openai';
import type { OpenAIConfig } from './openai/client';
import type { OpenAIImageModel } from './openai/models';
import type { ImageProvider } from './types';

/** Which provider makes the next image, with its name, prompt limit and configuration (settings/provider-choice.ts). */
export type ChosenProvider = ProviderDescription &
  (
    | { id: 'offline'; model: 'offline-card' }
    | { id: 'openai'; model: OpenAIImageModel; config: OpenAIConfig }
    | { id: 'bedrock'; model: BedrockModelId; config: BedrockConfig }
  );

export interface ActiveProvider {
  provider: ImageProvider;
  model: string;
}

let offline: ImageProvider | undefined;

/** The provider module for a choice (the offline renderer is made once, so its font loads once per worker life). */
export function activeProvider(choice: ChosenProvider): ActiveProvider {
  switch (choice.id) {
    case 'openai':
      return { provider: createOpenAIProvider(choice.config), model: choice.model };
    case 'bedrock':
      return { provider: createBedrockProvider(choice.config), model: choice.model };
    case 'offline':
      offline ??= createOfflineProvider();
      return { provider: offline, model: choice.model };
  }
}
