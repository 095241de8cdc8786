import { BEDROCK_MODELS, BEDROCK_SUCCESSOR, type BedrockModel, type BedrockModelId } from '../providers/bedrock/models';
import { isShutDown, todayUtc } from '../providers/lifecycle';
import { OPENAI_IMAGE_MODELS, openAIModelInstead } from '../providers/openai/models';
import type { ProviderId } from '../providers/types';
import type { Settings } from './schema';

/**
 * The panel's one-click way out of a model the provider will not serve (shut down later, or out of this
 * account's reach): a model that works today, never a shut-down one, with the region it needs.
 */

export interface ModelSwitch {
  provider: 'openai' | 'bedrock';
  model: string;
  /** Bedrock only: where the model is offered. */
  region?: string;
  label: string;
}

const NOVA_2_OMNI: BedrockModelId = 'us.amazon.nova-2-omni-v1:0';

function bedrockInstead(current: BedrockModel, today: string): BedrockModel {
  const replacement: BedrockModel | undefined = current.replacement && BEDROCK_MODELS[current.replacement];
  if (replacement && !isShutDown(replacement.shutdown, today)) return replacement;
  return BEDROCK_MODELS[current.id === BEDROCK_SUCCESSOR ? NOVA_2_OMNI : BEDROCK_SUCCESSOR];
}

export function modelSwitchFor(settings: Settings, provider: ProviderId | undefined, today = todayUtc()): ModelSwitch | undefined {
  if (provider === 'openai') {
    const model = openAIModelInstead(settings.openai.model, today);
    return { provider, model, label: OPENAI_IMAGE_MODELS[model].label };
  }
  if (provider === 'bedrock') {
    const target = bedrockInstead(BEDROCK_MODELS[settings.bedrock.model], today);
    const region = target.regions.includes(settings.bedrock.region) ? settings.bedrock.region : target.regions[0];
    return { provider, model: target.id, region, label: `${target.label} (${region})` };
  }
  return undefined;
}

export function applyModelSwitch(settings: Settings, change: ModelSwitch): Settings {
  if (change.provider === 'openai') return { ...settings, openai: { ...settings.openai, model: change.model as Settings['openai']['model'] } };
  const bedrock = { ...settings.bedrock, model: change.model as BedrockModelId, region: change.region ?? settings.bedrock.region };
  return { ...settings, bedrock };
}
