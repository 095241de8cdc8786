import { FORMATS, type FormatId } from '../formats';
import { BEDROCK_MODELS, type BedrockModel, type Size } from '../providers/bedrock/models';
import { nearestOnGrid, nearestSize } from '../providers/bedrock/sizes';
import { OPENAI_IMAGE_MODELS } from '../providers/openai/models';
import { parseSize, sizeFor } from '../providers/openai/sizes';
import type { ProviderId } from '../providers/types';
import type { Settings } from '../settings/schema';
import { type CostQuestion, estimateCostUsd } from './prices';

/** Prices for what the settings would make, sized the way each provider sizes its requests. */

/** The quality the provider is asked for. The options have no Bedrock quality: Titan and Nova Canvas run at standard. */
function qualityFor(settings: Settings, provider: ProviderId): CostQuestion['quality'] {
  return provider === 'openai' ? settings.openai.quality : undefined;
}

/** The size Bedrock is asked for, by the same choice its request bodies make. */
function bedrockRequestSize(model: BedrockModel, target: Size): Size {
  switch (model.sizing.kind) {
    case 'listed':
      return nearestSize(model.sizing.sizes, target);
    case 'grid':
      return nearestOnGrid(model.sizing, target);
    case 'aspect-ratio':
    case 'in-words':
      // Stability and Nova 2 Omni pick the pixels; their prices do not depend on the size.
      return target;
  }
}

function requestOf(settings: Settings, provider: ProviderId, format: FormatId): { model: string; size: Size } {
  const target = FORMATS[format];
  switch (provider) {
    case 'openai': {
      const { model } = settings.openai;
      return { model, size: parseSize(sizeFor(OPENAI_IMAGE_MODELS[model].sizes, target)) };
    }
    case 'bedrock': {
      const { model } = settings.bedrock;
      return { model, size: bedrockRequestSize(BEDROCK_MODELS[model], target) };
    }
    case 'offline':
      return { model: 'offline', size: target };
  }
}

/** The estimated price in USD of `count` images in `format` from the provider, with the model and quality the settings choose. */
export function estimateForSettings(settings: Settings, format: FormatId, count: number, provider: ProviderId): number {
  const { model, size } = requestOf(settings, provider, format);
  return estimateCostUsd({ provider, model, ...size, quality: qualityFor(settings, provider), count });
}

/** The estimated price of one image the active provider returned, at the size it came back. */
export function imageCostEstimator(settings: Settings, { id, model }: { id: ProviderId; model: string }): (image: Size) => number {
  const quality = qualityFor(settings, id);
  return ({ width, height }) => estimateCostUsd({ provider: id, model, width, height, quality, count: 1 });
}
