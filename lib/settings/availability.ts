import { COMPREHEND_REGIONS } from '../aws/regions';
import { BEDROCK_MODEL_IDS, BEDROCK_MODELS, type BedrockModel, type BedrockModelId } from '../providers/bedrock/models';
import { todayUtc } from '../providers/lifecycle';
import { liveOpenAIModels, OPENAI_IMAGE_MODELS, type OpenAIImageModel } from '../providers/openai/models';

/** "a, b and c". */
export const listed = (items: readonly string[]) => new Intl.ListFormat('en', { type: 'conjunction' }).format(items);

/** Where a Bedrock model runs, in a sentence; the catalogue is the Bedrock provider's. */
export function bedrockWhere(id: BedrockModelId): string {
  const { label, regions, lifecycle, replacement }: BedrockModel = BEDROCK_MODELS[id];
  const instead = replacement ? ` Choose ${BEDROCK_MODELS[replacement].label} instead.` : '';
  if (lifecycle.status === 'ended') return `${label} is no longer offered. ${lifecycle.note}${instead}`;
  const where = `${label} is offered in ${listed(regions)}.`;
  return lifecycle.status === 'legacy' ? `${where} ${lifecycle.note}${instead}` : where;
}

/** Models worth offering: all but those AWS has ended, unless one is already chosen. */
export function bedrockModelChoices(current: BedrockModelId): BedrockModelId[] {
  return BEDROCK_MODEL_IDS.filter((id) => id === current || BEDROCK_MODELS[id].lifecycle.status !== 'ended');
}

/** OpenAI models worth offering: those OpenAI serves today, unless one is already chosen, with any shutdown date. */
export function openAIModelChoices(current: OpenAIImageModel, today = todayUtc()): { value: OpenAIImageModel; label: string }[] {
  const live = liveOpenAIModels(today);
  return [...live, ...(live.includes(current) ? [] : [current])].map((id) => {
    const { label, shutdown } = OPENAI_IMAGE_MODELS[id];
    if (!shutdown) return { value: id, label };
    const when = shutdown.date <= today ? `shut down on ${shutdown.date}` : `shuts down on ${shutdown.date}${shutdown.confirmed ? '' : ' (reported)'}`;
    return { value: id, label: `${label} — ${when}` };
  });
}

export const COMPREHEND_WHERE = `Amazon Comprehend is offered in ${COMPREHEND_REGIONS.length} regions; choose the one nearest to you, or the one where your posts may be processed.`;

/** Names shown beside region codes in the pickers. */
export const REGION_NAMES: Record<string, string> = {
  'us-east-1': 'N. Virginia',
  'us-east-2': 'Ohio',
  'us-west-1': 'N. California',
  'us-west-2': 'Oregon',
  'ap-south-1': 'Mumbai',
  'ap-northeast-1': 'Tokyo',
  'ap-northeast-2': 'Seoul',
  'ap-southeast-1': 'Singapore',
  'ap-southeast-2': 'Sydney',
  'ca-central-1': 'Canada Central',
  'eu-central-1': 'Frankfurt',
  'eu-west-1': 'Ireland',
  'eu-west-2': 'London',
  'eu-west-3': 'Paris',
  'eu-north-1': 'Stockholm',
  'sa-east-1': 'São Paulo',
  'us-gov-west-1': 'AWS GovCloud (US-West)',
};

/** Every region named above: what the S3 and Cognito region fields suggest while typing. */
export const KNOWN_REGIONS = Object.keys(REGION_NAMES);
