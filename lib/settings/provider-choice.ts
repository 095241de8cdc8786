import { UserFacingError } from '../errors';
import { describeBedrock, describeOpenAI, OFFLINE_DESCRIPTION } from '../providers/descriptions';
import type { ChosenProvider } from '../providers/registry';
import type { ProviderId } from '../providers/types';
import { unlockedSecrets, type Configuration } from './configuration';
import { bedrockConfig, chooseProviderId, openaiConfig } from './resolve';

/**
 * Which provider makes the next image, with its name and prompt limit, decided without loading any SDK:
 * the worker answers the panel from this, and loads the providers only to generate.
 */

const OFFLINE_CHOICE: ChosenProvider = { id: 'offline', model: 'offline-card', ...OFFLINE_DESCRIPTION };

function missing(service: string): UserFacingError {
  return new UserFacingError(`Add your ${service} credentials in Post to Image's options, or choose the offline renderer there.`, 'no-key');
}

/**
 * The user's choice (or `requested`, for a side-by-side comparison), or with no credentials at all, the
 * offline renderer. Throws a sentence when the chosen service has no credentials or the keys are locked.
 */
export function chooseProvider(configuration: Configuration, requested?: ProviderId): ChosenProvider {
  const { settings } = configuration;
  const wanted = requested ?? settings.provider;
  if (wanted === 'offline') return OFFLINE_CHOICE;
  const secrets = unlockedSecrets(configuration);
  switch (chooseProviderId({ ...settings, provider: wanted }, secrets)) {
    case 'openai': {
      const config = openaiConfig(settings, secrets);
      if (!config) throw missing('OpenAI');
      return { id: 'openai', model: config.model, config, ...describeOpenAI(config.model) };
    }
    case 'bedrock': {
      const config = bedrockConfig(settings, secrets);
      if (!config) throw missing('AWS');
      return { id: 'bedrock', model: config.model, config, ...describeBedrock(config.model) };
    }
    default:
      return OFFLINE_CHOICE;
  }
}
