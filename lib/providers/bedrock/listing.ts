import { BedrockClient, ListFoundationModelsCommand } from '@aws-sdk/client-bedrock';
import { awsClientConfig } from '../../aws/client-config';
import type { BedrockConfig } from '../bedrock';
import type { LiveModel } from '../openai/listing';
import { BEDROCK_MODEL_IDS, BEDROCK_MODELS } from './models';

/**
 * What Bedrock says the region serves today: ListFoundationModels (byOutputModality=IMAGE) with each
 * model's lifecycle, read for the catalogued models. Ended models are gone from the listing; a model
 * served only through a cross-Region profile is listed under its base ID. Options page only: the
 * control-plane client stays out of the worker, the panel and the watcher.
 */

const LISTING_TIMEOUT_MS = 20_000;

export async function listBedrockImageModels(config: BedrockConfig): Promise<LiveModel[]> {
  const client = new BedrockClient(awsClientConfig(config, LISTING_TIMEOUT_MS));
  try {
    const { modelSummaries = [] } = await client.send(new ListFoundationModelsCommand({ byOutputModality: 'IMAGE' }));
    const byBaseId = new Map(modelSummaries.map((summary) => [summary.modelId, summary.modelLifecycle]));
    return BEDROCK_MODEL_IDS.flatMap((id) => {
      const baseId = id.replace(/^us\./, '');
      if (!byBaseId.has(baseId)) return [];
      const lifecycle = byBaseId.get(baseId);
      const end = lifecycle?.endOfLifeTime?.toISOString().slice(0, 10);
      return [{ id, label: BEDROCK_MODELS[id].label, ...(end && { shutdownDate: end }), ...(lifecycle?.status === 'LEGACY' && { legacy: true }) }];
    });
  } finally {
    client.destroy();
  }
}
