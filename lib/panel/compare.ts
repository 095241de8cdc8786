import type { FormatId } from '../formats';
import type { PanelContext, ProviderOffer } from '../messaging/protocol';
import { formatUsd } from '../pricing/money';
import type { ProviderId } from '../providers/types';

/** Compare: the same prompt to two providers at once, each shown with its time and estimated cost. */

export interface ComparedSide {
  providerId: ProviderId;
  label: string;
  estimatedCostUsd: number;
  jobId: string;
  status: 'running' | 'done' | 'failed';
  imageId?: string;
  /** From the click to the image, as the user waited for it. */
  seconds?: number;
  sentence?: string;
}

export const NOTHING_TO_COMPARE =
  'Compare needs a second image service: add an OpenAI key or AWS credentials in Post to Image’s options (the offline renderer is always there).';

/** The two providers a comparison runs: the current one and the chosen (or first) other one that has credentials. */
export function comparedOffers(context: PanelContext | undefined, wanted: ProviderId | undefined): [ProviderOffer, ProviderOffer] | undefined {
  if (!context?.providerId || !context.estimatedCostUsd) return undefined;
  const other = context.alternatives.find((offer) => offer.id === wanted) ?? context.alternatives[0];
  if (!other) return undefined;
  const current: ProviderOffer = { id: context.providerId, label: context.providerLabel, estimatedCostUsd: context.estimatedCostUsd };
  return [current, other];
}

/** What a Compare click costs, before it. */
export function compareCostLine(offers: readonly ProviderOffer[], format: FormatId): string {
  const total = offers.reduce((sum, offer) => sum + offer.estimatedCostUsd[format], 0);
  const names = offers.map((offer) => offer.label).join(' and ');
  return `Compare makes one image each with ${names}: ${total === 0 ? 'free' : `about ${formatUsd(total)} in all`}.`;
}

/** Under each side's image: how long it took and what it is estimated to have cost. */
export function sideSummary(side: ComparedSide): string {
  const cost = side.estimatedCostUsd === 0 ? 'free' : `about ${formatUsd(side.estimatedCostUsd)}`;
  if (side.status === 'running') return `Making… (${cost})`;
  if (side.status === 'failed') return side.sentence ?? '';
  return `${(side.seconds ?? 0).toFixed(1)} s · ${cost}`;
}
