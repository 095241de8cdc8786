import { toDataUrl } from '../image/bytes';
import type { GenerateImageRequest, ImageForPage } from '../messaging/protocol';
import type { ActiveProvider } from '../providers/registry';
import type { GeneratedImage } from '../providers/types';
import { keepImage, type HistoryRecord } from '../storage/history';

function forPage(id: string, { mimeType, width, height, bytes }: GeneratedImage): ImageForPage {
  return { id, mimeType, width, height, dataUrl: toDataUrl(bytes, mimeType) };
}

/** Generates, then keeps every image in the history before anything else can go wrong with it. */
export async function generateImages(
  request: GenerateImageRequest,
  signal: AbortSignal,
  { provider, model }: ActiveProvider,
  onPartialImage?: (image: ImageForPage) => void,
): Promise<ImageForPage[]> {
  const images = await provider.generate({
    ...request,
    signal,
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
      estimatedCostUsd: 0,
      ...image,
    };
    await keepImage(record);
    records.push(record);
  }
  return records.map((record) => forPage(record.id, record));
}
