import { BEDROCK_MODELS } from '../providers/bedrock/models';
import { OPENAI_IMAGE_MODELS } from '../providers/openai/models';
import type { ProviderId } from '../providers/types';
import { awsCredentials, chooseProviderId, openaiConfig } from './resolve';
import type { Settings } from './schema';
import type { SecretsRead } from './secrets';

/** What the popup says about the provider the next image will come from. */
export interface ProviderStatus {
  /** Undefined while locked keys hide which service 'auto' would pick. */
  providerId: ProviderId | undefined;
  ready: boolean;
  sentence: string;
}

const OFFLINE_SENTENCE = 'Images are made on this device: free, and nothing leaves your browser.';

export function providerStatus(settings: Settings, read: SecretsRead): ProviderStatus {
  if (settings.provider === 'offline') return { providerId: 'offline', ready: true, sentence: OFFLINE_SENTENCE };
  if (read.state === 'locked') {
    return {
      providerId: settings.provider === 'auto' ? undefined : settings.provider,
      ready: false,
      sentence: 'Your API keys are locked. Unlock them with your passphrase in the options; until then images are made on this device.',
    };
  }
  const { secrets } = read;
  const providerId = chooseProviderId(settings, secrets);
  if (providerId === 'openai') {
    const label = OPENAI_IMAGE_MODELS[settings.openai.model].label;
    return openaiConfig(settings, secrets)
      ? { providerId, ready: true, sentence: `OpenAI ${label} makes the images.` }
      : { providerId, ready: false, sentence: 'OpenAI is chosen, but no API key is saved: add one in the options.' };
  }
  if (providerId === 'bedrock') {
    const { model, region } = settings.bedrock;
    return awsCredentials(settings, secrets)
      ? { providerId, ready: true, sentence: `${BEDROCK_MODELS[model].label} on Amazon Bedrock (${region}) makes the images.` }
      : { providerId, ready: false, sentence: 'Amazon Bedrock is chosen, but no AWS credentials are saved: add them in the options.' };
  }
  return {
    providerId,
    ready: true,
    sentence: settings.provider === 'auto' ? `No API key is saved yet. ${OFFLINE_SENTENCE}` : OFFLINE_SENTENCE,
  };
}
