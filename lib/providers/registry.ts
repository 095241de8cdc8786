import { UserFacingError } from '../errors';
import { unlockedSecrets, type Configuration } from '../pipeline/configuration';
import { bedrockConfig, chooseProviderId, openaiConfig } from '../settings/resolve';
import { createBedrockProvider } from './bedrock';
import { createOfflineProvider } from './offline';
import { createOpenAIProvider } from './openai';
import type { ImageProvider } from './types';

export interface ActiveProvider {
  provider: ImageProvider;
  model: string;
}

let offline: ImageProvider | undefined;

function missing(service: string): UserFacingError {
  return new UserFacingError(`Add your ${service} credentials in Post to Image's options, or choose the offline renderer there.`, 'no-key');
}

/** The provider that makes the next image: the user's choice, or with no credentials at all, the offline renderer. */
export function activeProvider(configuration: Configuration): ActiveProvider {
  const { settings } = configuration;
  if (settings.provider === 'offline') return offlineProvider();
  const secrets = unlockedSecrets(configuration);
  switch (chooseProviderId(settings, secrets)) {
    case 'openai': {
      const config = openaiConfig(settings, secrets);
      if (!config) throw missing('OpenAI');
      return { provider: createOpenAIProvider(config), model: config.model };
    }
    case 'bedrock': {
      const config = bedrockConfig(settings, secrets);
      if (!config) throw missing('AWS');
      return { provider: createBedrockProvider(config), model: config.model };
    }
    default:
      return offlineProvider();
  }
}

function offlineProvider(): ActiveProvider {
  offline ??= createOfflineProvider();
  return { provider: offline, model: 'offline-card' };
}
