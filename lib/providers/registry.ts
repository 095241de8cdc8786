import { createBedrockProvider } from './bedrock';
import type { ChosenProvider } from './choice';
import { createOfflineProvider } from './offline';
import { createOpenAIProvider } from './openai';
import type { ImageProvider } from './types';

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
