/**
 * Where and until when Bedrock serves each image model, from AWS's model cards and lifecycle pages as
 * summarised in shared/notes/providers-2026-12.md §1.1 (read 2026-12-04). After its end of life a model
 * answers ResourceNotFoundException and leaves ListFoundationModels; there is no "EOL" status.
 */

export interface ModelLifecycle {
  modelName: string;
  providerName: string;
  /** Regions that serve the model in-Region; empty when only a cross-Region profile (`us.…`) does. */
  regions: readonly string[];
  /** The `us.` profile's source Regions, for models served that way. */
  profileRegions?: readonly string[];
  api: 'invoke' | 'converse';
  /** Days as YYYY-MM-DD. */
  startOfLifeTime?: string;
  legacyTime?: string;
  endOfLifeTime?: string;
}

const STABILITY = { providerName: 'Stability AI', regions: ['us-west-2'], api: 'invoke' } as const;

export const MODEL_LIFECYCLES: Readonly<Record<string, ModelLifecycle>> = {
  // v1's end is not published; it was gone from the regional tables early in 2026, no later than v2 (UNCONFIRMED).
  'amazon.titan-image-generator-v1': {
    modelName: 'Titan Image Generator G1',
    providerName: 'Amazon',
    regions: ['us-east-1', 'us-west-2'],
    api: 'invoke',
    endOfLifeTime: '2026-06-30',
  },
  'amazon.titan-image-generator-v2:0': {
    modelName: 'Titan Image Generator G1 v2',
    providerName: 'Amazon',
    regions: ['us-east-1', 'us-west-2'],
    api: 'invoke',
    startOfLifeTime: '2024-08-06',
    endOfLifeTime: '2026-06-30',
  },
  'amazon.nova-canvas-v1:0': {
    modelName: 'Nova Canvas',
    providerName: 'Amazon',
    regions: ['us-east-1', 'eu-west-1', 'ap-northeast-1'],
    api: 'invoke',
    startOfLifeTime: '2024-12-03',
    legacyTime: '2026-03-30',
    endOfLifeTime: '2026-09-30',
  },
  'stability.stable-diffusion-xl-v1': {
    modelName: 'SDXL 1.0',
    providerName: 'Stability AI',
    regions: ['us-east-1', 'us-west-2'],
    api: 'invoke',
    endOfLifeTime: '2025-05-20',
  },
  'stability.sd3-5-large-v1:0': { ...STABILITY, modelName: 'Stable Diffusion 3.5 Large' },
  'stability.stable-image-core-v1:1': { ...STABILITY, modelName: 'Stable Image Core' },
  'stability.stable-image-ultra-v1:1': { ...STABILITY, modelName: 'Stable Image Ultra' },
  // In preview since 2025-12-02 (GA not found, UNCONFIRMED); served through the US cross-Region profile only.
  'amazon.nova-2-omni-v1:0': {
    modelName: 'Nova 2 Omni',
    providerName: 'Amazon',
    regions: [],
    profileRegions: ['us-east-1', 'us-east-2', 'us-west-2'],
    api: 'converse',
    startOfLifeTime: '2025-12-02',
  },
};

/** The base model a model ID or a cross-Region profile ID (`us.amazon.…`) names. */
export function baseModelId(modelId: string): string {
  return modelId.replace(/^(us|eu|apac|global)\./, '');
}

export function hasEnded(lifecycle: ModelLifecycle, today: string): boolean {
  return lifecycle.endOfLifeTime !== undefined && lifecycle.endOfLifeTime <= today;
}

/** Whether a call signed for `region` reaches the model under this ID: in-Region IDs and `us.` profiles differ. */
export function servedIn(modelId: string, lifecycle: ModelLifecycle, region: string): boolean {
  if (modelId.startsWith('us.')) return lifecycle.profileRegions?.includes(region) ?? false;
  return lifecycle.regions.includes(region);
}

/** ListFoundationModels' modelLifecycle; Bedrock's service model sends its dates as RFC 3339 date-times. */
export function lifecycleSummary(lifecycle: ModelLifecycle, today: string) {
  const dateTime = (day: string | undefined) => (day === undefined ? undefined : `${day}T00:00:00Z`);
  return {
    status: lifecycle.legacyTime !== undefined && lifecycle.legacyTime <= today ? 'LEGACY' : 'ACTIVE',
    startOfLifeTime: dateTime(lifecycle.startOfLifeTime),
    legacyTime: dateTime(lifecycle.legacyTime),
    endOfLifeTime: dateTime(lifecycle.endOfLifeTime),
  };
}
