import { toDataUrl } from '../image/bytes';
import type { ImageForPage } from '../messaging/protocol';
import type { GenerateImageRequest } from '../storage/generation-request';
import type { ActiveProvider } from '../providers/registry';
import type { FormatId } from '../formats';
import { fitImage } from '../image/fit';
import type { CardLook, PaidCalls } from '../providers/types';
import type { GeneratedImage } from '../image/types';
import { UserFacingError } from '../errors';
import { formatUsd } from '../pricing/money';
import { CutAnswer } from '../answer-body';
import { evictOldest, type HistoryLimits } from '../storage/eviction';
import { getImage, keepImage } from '../storage/history';
import type { HistoryRecord } from '../storage/history-record';
import { dropRefusedCall, enterSentCall, releaseReservation, unheardCallsOf } from '../storage/ledger';
import { beginJob, findJob, finishJob, keepPaidAnswer } from './journal';

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
  /** The estimated price in USD of a paid call for `count` images, as the ledger enters it (0 by default). */
  estimateCallUsd?: (count: number) => number;
  /** The user's card template and brand, for the offline renderer. */
  look?: CardLook;
  /** The history's caps from the options; images already handed over are evicted oldest first. */
  historyLimits?: HistoryLimits;
}

/** Said after a failure when a call was made but never answered: the provider may still bill it. */
export function possiblyBilled(usd: number): string {
  return `The request may still have been billed, so about ${formatUsd(usd)} is counted in this month's spending.`;
}

/** Said after a failure when an answer arrived but could not be used: the provider bills it all the same. */
export function billedAnyway(usd: number): string {
  return `The answer is billed all the same, so about ${formatUsd(usd)} is counted in this month's spending.`;
}

/**
 * Said when a resumed job finds a call its stopped worker sent and never heard back from: asking again could pay
 * twice, so the user decides.
 */
export function answerLost(providerLabel: string, usd: number, keptImages = 0): UserFacingError {
  const kept = keptImages === 0 ? '' : ` The ${keptImages === 1 ? 'image that did arrive is' : `${keptImages} images that did arrive are`} kept in the toolbar popup's recent images.`;
  return new UserFacingError(
    `The browser stopped Post to Image while ${providerLabel} was making your image, so its answer was lost. ${possiblyBilled(usd)}${kept} Press Regenerate to try again.`,
    'answer-lost',
  );
}

/**
 * The job's paid calls: each is entered in the ledger as it goes out, its answer kept (its body in the journal,
 * its cost in the ledger) before the provider reads it, an answer an earlier run kept is handed back instead of
 * asking again, and what calls that were never answered may have cost is added up.
 */
function journaledCalls(request: GenerateImageRequest, context: GenerationContext, kept: Readonly<Record<number, string>>, onlyKept: boolean) {
  const { active: { provider, model }, estimateCallUsd = () => 0 } = context;
  let [unheardUsd, answeredUsd] = [0, 0];
  const paidCalls: PaidCalls = async (call, ask, refused) => {
    const answer = kept[call.index];
    if (answer !== undefined || onlyKept) return answer;
    const cost = { createdAt: Date.now(), provider: provider.id, model, estimatedCostUsd: estimateCallUsd(call.count) };
    await enterSentCall(request.jobId, call.index, cost);
    const keep = async (body: string) => {
      await keepPaidAnswer({ jobId: request.jobId, call: call.index, body, cost });
      answeredUsd += cost.estimatedCostUsd;
    };
    try {
      const body = await ask();
      await keep(body);
      return body;
    } catch (error) {
      if (error instanceof CutAnswer) await keep(error.received);
      else if (refused(error)) await dropRefusedCall(request.jobId, call.index);
      else unheardUsd += cost.estimatedCostUsd;
      throw error;
    }
  };
  return { paidCalls, unheardUsd: () => unheardUsd, answeredUsd: () => answeredUsd };
}

/**
 * Generates, keeps every image in the history before anything else can go wrong with it, then fits
 * it to the format and LinkedIn's size limit (the fitted copy replaces the kept one). The job's reservation
 * against the cap is settled however it ends: what was answered is in the ledger, what may have been billed stays.
 * With `onlyKept`, nothing is asked: only the answers the journal kept become images.
 */
export async function generateImages(request: GenerateImageRequest, context: GenerationContext, onlyKept = false): Promise<ImageForPage[]> {
  const { signal, active: { provider, model }, onPartialImage, fit = fitImage, estimateCostUsd = () => 0 } = context;
  await beginJob(request);
  const calls = journaledCalls(request, context, (await findJob(request.jobId))?.answers ?? {}, onlyKept);
  let images: GeneratedImage[];
  try {
    images = await provider.generate({
      ...request,
      signal,
      look: context.look,
      onPartialImage: onPartialImage && ((partial) => onPartialImage(forPage(`${request.jobId}-partial`, partial))),
      paidCalls: calls.paidCalls,
    });
  } catch (error) {
    const [unheardUsd, answeredUsd] = [calls.unheardUsd(), calls.answeredUsd()];
    const notes = [unheardUsd > 0 ? possiblyBilled(unheardUsd) : '', answeredUsd > 0 ? billedAnyway(answeredUsd) : ''].filter(Boolean);
    if (notes.length > 0 && error instanceof UserFacingError) throw new UserFacingError([error.message, ...notes].join(' '), error.code, { cause: error });
    throw error;
  } finally {
    await releaseReservation(request.jobId);
  }
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
 * The answer to a generation whose worker was stopped before it could reply: the images it kept; or, when a call
 * it sent was never answered, the sentence saying so (that call stays counted as possibly billed, and is not made
 * again unasked); or else a new run of the same request that reads the answers already kept and asks the provider
 * only for the calls never sent. `reserve` holds the new run's price.
 */
export async function resumeGeneration(
  jobId: string,
  contextFor: (request: GenerateImageRequest) => GenerationContext,
  reserve: (request: GenerateImageRequest) => Promise<void>,
): Promise<ImageForPage[]> {
  const entry = await findJob(jobId);
  if (!entry) throw new UserFacingError('That image request was lost when the browser stopped Post to Image. Press Generate image again.', 'lost-job');
  const unheard = await unheardCallsOf(jobId);
  if (entry.imageIds && unheard.length === 0) {
    const records = await Promise.all(entry.imageIds.map((id) => getImage(id)));
    return records.flatMap((record) => (record ? [forPage(record.id, record)] : []));
  }
  await releaseReservation(jobId);
  const context = contextFor(entry.request);
  if (unheard.length > 0) {
    // Nothing is asked: the images of the calls that were answered are kept (once), and the user decides about the rest.
    const kept = entry.imageIds ?? (await generateImages(entry.request, context, true).catch(() => []));
    throw answerLost(context.active.provider.label, unheard.reduce((sum, call) => sum + call.estimatedCostUsd, 0), kept.length);
  }
  await reserve(entry.request);
  return generateImages(entry.request, context);
}
