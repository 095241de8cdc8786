import { createOpenAIClient, type OpenAIConfig } from './client';
import { OPENAI_IMAGE_MODEL_IDS, OPENAI_IMAGE_MODELS, type OpenAIImageModel } from './models';

/**
 * What OpenAI says this key can use today: GET /v1/models, read for the catalogued image models and
 * the `shutdown_date` OpenAI added to each model (YYYY-MM-DD or null; the installed SDK's type lacks it).
 */

export interface LiveModel {
  id: string;
  label: string;
  /** YYYY-MM-DD, or undefined when none is announced. */
  shutdownDate?: string;
  /** Bedrock's LEGACY: still served, but going. */
  legacy?: boolean;
}

export async function listOpenAIImageModels(config: OpenAIConfig): Promise<LiveModel[]> {
  const page = await createOpenAIClient(config).models.list();
  const listed = new Map(page.data.map((model) => [model.id, (model as { shutdown_date?: unknown }).shutdown_date]));
  return OPENAI_IMAGE_MODEL_IDS.filter((id) => listed.has(id)).map((id: OpenAIImageModel) => {
    const shutdown = listed.get(id);
    return { id, label: OPENAI_IMAGE_MODELS[id].label, ...(typeof shutdown === 'string' && { shutdownDate: shutdown }) };
  });
}
