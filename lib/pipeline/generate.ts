import { toDataUrl } from '../image/bytes';
import type { GenerateImageRequest, ImageForPage } from '../messaging/protocol';
import type { ActiveProvider } from '../providers/registry';
import type { FormatId } from '../formats';
import { fitImage } from '../image/fit';
import type { CardLook, GeneratedImage } from '../providers/types';
import { UserFacingError } from '../errors';
import { evictOldest, type HistoryLimits } from '../storage/eviction';
import { getImage, keepImage, type HistoryRecord } from '../storage/history';
import { beginJob, findJob, finishJob } from './journal';

export function forPage(id: string, { mimeType, width, height, bytes }: GeneratedImage): ImageForPage {
  return { id, mimeType, width, height, dataUrl: toDataUrl(bytes, mimeType) };
}

/** What a generation runs with, besides the request. */
export interface GenerationContext {
  signal: AbortSignal;
  active: ActiveProvider;
  onPartialImage?: (image: ImageForPage) => void;
  /** Fits an image to the LinkedIn format (the browser's canvas by default). */
  fit?: (image: GeneratedImage, format: FormatId) => Promise<GeneratedImage>;
  /** The estimated price in USD of an image as the provider returned it (0 by default). */
  estimateCostUsd?: (image: GeneratedImage) => number;
  /** The user's card template and brand, for the offline renderer. */
  look?: CardLook;
  /** The history's caps from the options; images already handed over are evicted oldest first. */
  historyLimits?: HistoryLimits;
}

/**
 * Generates, keeps every image in the history before anything else can go wrong with it, then fits
 * it to the format and LinkedIn's size limit (the fitted copy replaces the kept one).
 */
export async function generateImages(request: GenerateImageRequest, context: GenerationContext): Promise<ImageForPage[]> {
  const { signal, active: { provider, model }, onPartialImage, fit = fitImage, estimateCostUsd = () => 0 } = context;
  await beginJob(request);
  const images = await provider.generate({
    ...request,
    signal,
    look: context.look,
    onPartialImage: onPartialImage && ((partial) => onPartialImage(forPage(`${request.jobId}-partial`, partial))),
  });
  const records: HistoryRecord[] = [];
  for (const image of images) {
    const record: HistoryRecord = {
      id: crypto.randomUUID(),
      createdAt: Date.now(),
      prompt: request.prompt,
      provider: provider.id,
      model,
      format: request.format,
      analysis: {
        analyser: request.analysis.analyser,
        sentiment: request.analysis.sentiment,
        languageCode: request.analysis.languageCode,
      },
      estimatedCostUsd: estimateCostUsd(image),
      ...image,
    };
    await keepImage(record);
    const fitted = await fit(image, request.format);
    const kept = fitted === image ? record : { ...record, ...fitted };
    if (kept !== record) await keepImage(kept);
    records.push(kept);
  }
  await finishJob(request.jobId, records.map((record) => record.id));
  if (context.historyLimits) await evictOldest(context.historyLimits);
  return records.map((record) => forPage(record.id, record));
}

/**
 * The answer to a generation whose worker was stopped before it could reply: the images it kept,
 * or, when the provider had not answered yet, a new run of the same request.
 */
export async function resumeGeneration(jobId: string, contextFor: (request: GenerateImageRequest) => GenerationContext): Promise<ImageForPage[]> {
  const entry = await findJob(jobId);
  if (!entry) throw new UserFacingError('That image request was lost when the browser stopped Post to Image. Press Generate image again.', 'lost-job');
  if (!entry.imageIds) return generateImages(entry.request, contextFor(entry.request));
  const records = await Promise.all(entry.imageIds.map((id) => getImage(id)));
  return records.flatMap((record) => (record ? [forPage(record.id, record)] : []));
}
