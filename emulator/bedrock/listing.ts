import type { EmulatorRequest } from '../types';
import { hasEnded, lifecycleSummary, MODEL_LIFECYCLES } from './lifecycle';

/**
 * The control plane's ListFoundationModels (GET /foundation-models) for the emulated image models: the
 * models the signing Region serves that have not ended, with their lifecycle dates, filtered as asked.
 */

export function listFoundationModels(request: EmulatorRequest, region: string, today: string) {
  const wanted = (name: string, values: readonly string[]) => !request.query.get(name) || values.includes(request.query.get(name)!);
  const modelSummaries = Object.entries(MODEL_LIFECYCLES)
    .filter(([, lifecycle]) => !hasEnded(lifecycle, today))
    .filter(([, lifecycle]) => lifecycle.regions.includes(region) || (lifecycle.profileRegions ?? []).includes(region))
    .map(([modelId, lifecycle]) => {
      const omni = lifecycle.api === 'converse';
      return {
        modelArn: `arn:aws:bedrock:${region}::foundation-model/${modelId}`,
        modelId,
        modelName: lifecycle.modelName,
        providerName: lifecycle.providerName,
        inputModalities: omni ? ['TEXT', 'IMAGE'] : ['TEXT'],
        outputModalities: omni ? ['TEXT', 'IMAGE'] : ['IMAGE'],
        responseStreamingSupported: omni,
        customizationsSupported: [],
        inferenceTypesSupported: lifecycle.regions.length > 0 ? ['ON_DEMAND'] : ['INFERENCE_PROFILE'],
        modelLifecycle: lifecycleSummary(lifecycle, today),
      };
    })
    .filter((summary) => wanted('byOutputModality', summary.outputModalities))
    .filter((summary) => wanted('byProvider', [summary.providerName.toLowerCase().replace(/ ai$/, '')]))
    .filter((summary) => wanted('byInferenceType', summary.inferenceTypesSupported));
  return { modelSummaries };
}
