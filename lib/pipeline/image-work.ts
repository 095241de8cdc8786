import type { MessageSender } from '../messaging/guard';
import type { ImageForPage, PreparedPrompt, PrepareRequest, SavedLink } from '../messaging/protocol';
import type { GenerateImageRequest } from '../storage/generation-request';
import { reserveWithinCap } from '../pricing/cap';
import { estimateForSettings, imageCostEstimator } from '../pricing/estimate';
import { chooseProvider } from '../settings/provider-choice';
import { activeProvider, type ChosenProvider } from '../providers/registry';
import type { Configuration } from '../settings/configuration';
import { generateImages, resumeGeneration, type GenerationContext } from './generate';
import { lookFrom } from './look';
import { partialPreviewsFor } from './partial-previews';
import { preparePrompt } from './prepare';
import { saveKeptImage } from './save';

/**
 * The worker's heavy work: the analysers, the providers with their SDKs, the renderer and S3. It is built
 * as its own script (entrypoints/image-work.ts) and loaded on first use (load-image-work.ts), so the
 * worker starts without evaluating a megabyte of code each time the browser wakes it.
 */

export interface ImageWork {
  preparePrompt(request: PrepareRequest, configuration: Configuration): Promise<PreparedPrompt>;
  generateImages(request: GenerateImageRequest, job: JobOrigin): Promise<ImageForPage[]>;
  resumeGeneration(jobId: string, job: JobOrigin): Promise<ImageForPage[]>;
  saveKeptImage(imageId: string, postText: string, configuration: Configuration): Promise<SavedLink>;
}

/** Where a generation comes from and what it runs with, as the worker's light part knows it. */
export interface JobOrigin {
  jobId: string;
  configuration: Configuration;
  sender: MessageSender;
  signal: AbortSignal;
}

/** The provider a request asks for (Compare names one), with the Bedrock style preset chosen in the panel. */
export function providerForRequest(configuration: Configuration, request: Pick<GenerateImageRequest, 'provider' | 'stylePreset'>): ChosenProvider {
  const choice = chooseProvider(configuration, request.provider);
  if (choice.id !== 'bedrock' || !request.stylePreset) return choice;
  return { ...choice, config: { ...choice.config, stylePreset: request.stylePreset } };
}

function contextFor({ jobId, configuration, sender, signal }: JobOrigin, request: GenerateImageRequest): GenerationContext {
  const { settings } = configuration;
  const choice = providerForRequest(configuration, request);
  return {
    signal,
    active: activeProvider(choice),
    onPartialImage: partialPreviewsFor(sender, jobId),
    estimateCostUsd: imageCostEstimator(settings, choice),
    estimateCallUsd: (count) => estimateForSettings(settings, request.format, count, choice.id),
    look: lookFrom(settings.brand),
    historyLimits: {
      maxImages: settings.history.maxImages,
      maxBytes: settings.history.maxMegabytes * 1024 * 1024,
    },
  };
}

/** Holds the request's price against the monthly cap before any call; a resumed job was let through when it started. */
function reserveFor({ configuration }: JobOrigin, request: GenerateImageRequest, checked = true): Promise<void> {
  const { id, model } = providerForRequest(configuration, request);
  return reserveWithinCap(checked ? request : { ...request, overCapConfirmed: true }, configuration.settings, { provider: id, model });
}

export const imageWork: ImageWork = {
  preparePrompt,
  generateImages: async (request, job) => {
    const context = contextFor(job, request);
    await reserveFor(job, request);
    return generateImages(request, context);
  },
  resumeGeneration: (jobId, job) =>
    resumeGeneration(
      jobId,
      (request) => contextFor(job, request),
      (request) => reserveFor(job, request, false),
    ),
  saveKeptImage,
};
