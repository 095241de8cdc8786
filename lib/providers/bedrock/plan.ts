import { trimToChars } from '../../text/trim';
import { type BedrockModel, MAX_IMAGES, type Size } from './models';

/** What one InvokeModel call should ask for, whatever the model family. */
export interface CallPlan {
  /** Already within the model's limit. */
  prompt: string;
  negativePrompt?: string;
  /** The size to come nearest to; each family picks the size or aspect ratio its model allows. */
  target: Size;
  /** Images this call asks for. */
  images: number;
  /** A fixed seed, or undefined for a fresh picture each time. */
  seed?: number;
  /** Already within the model's range; undefined for the model's default (or when it takes none). */
  cfgScale?: number;
  /** Only a preset the model knows. */
  stylePreset?: string;
  quality: 'standard' | 'premium';
}

export interface PlanSettings {
  prompt: string;
  target: Size;
  count: number;
  negativePrompt?: string;
  seed?: number;
  cfgScale?: number;
  stylePreset?: string;
  quality?: 'standard' | 'premium';
}

/**
 * The calls that make `count` images: one call where the model returns several at once (Titan, Nova
 * Canvas), else one call an image. With a fixed seed, each call takes the next seed, so the images differ.
 */
export function planCalls(model: BedrockModel, settings: PlanSettings): CallPlan[] {
  const wanted = Math.min(MAX_IMAGES, Math.max(1, Math.floor(settings.count) || 1));
  const negativePrompt = settings.negativePrompt?.trim() ? trimToChars(settings.negativePrompt.trim(), model.promptLimit) : undefined;
  const shared = {
    prompt: trimToChars(settings.prompt, model.promptLimit),
    negativePrompt,
    target: settings.target,
    cfgScale: model.cfgScale && settings.cfgScale !== undefined ? clamp(settings.cfgScale, model.cfgScale.min, model.cfgScale.max) : undefined,
    // A preset kept in the options from another model is left out rather than refused by this one.
    stylePreset: settings.stylePreset && model.stylePresets.includes(settings.stylePreset) ? settings.stylePreset : undefined,
    quality: settings.quality ?? 'standard',
  };
  const calls: CallPlan[] = [];
  for (let made = 0; made < wanted; made += model.imagesPerCall) {
    const seed = settings.seed === undefined ? undefined : (Math.abs(Math.floor(settings.seed)) + calls.length) % (model.maxSeed + 1);
    calls.push({ ...shared, images: Math.min(model.imagesPerCall, wanted - made), seed });
  }
  return calls;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
