import { UserFacingError } from '../errors';
import type { GenerateImageRequest } from '../storage/generation-request';
import type { ProviderId } from '../providers/types';
import type { Settings } from '../settings/schema';
import { estimateForSettings } from './estimate';
import { formatUsd } from './money';
import { reserveSpending } from '../storage/ledger';
import { startOfMonth } from './spend';

/** The monthly spending cap: a generation that would go over it waits for the user to confirm it. */

/** Sums of decimal prices carry floating-point error; a thousandth of a cent is no money. */
const TOLERANCE_USD = 1e-5;

/** The press that confirms: the panel offers Make the image after the refusal; Compare is pressed again. */
const GO_AHEAD = { generate: 'Press Make the image', compare: 'Press Compare again' };

/** The refusal for spending `estimateUsd` more; undefined when it stays within the cap (0 means no cap) or costs nothing. */
export function overCapRefusal(capUsd: number, spentUsd: number, estimateUsd: number, goAhead = GO_AHEAD.generate): UserFacingError | undefined {
  if (capUsd <= 0 || estimateUsd <= 0 || spentUsd + estimateUsd <= capUsd + TOLERANCE_USD) return undefined;
  return new UserFacingError(
    `This would take you over your monthly cap of ${formatUsd(capUsd)} (spent ${formatUsd(spentUsd)} so far this month). ${goAhead} to go ahead anyway.`,
    'over-cap',
  );
}

/** The provider and model a job's price is reserved for. */
export interface CapQuestion {
  provider: ProviderId;
  model: string;
}

/**
 * Reserves the request's price in the ledger, in one transaction with the cap's check (so concurrent clicks
 * cannot overshoot it), unless it would go over the cap and the user has not confirmed that: then throws the
 * over-cap refusal. A Compare click is two requests at once, one per provider: each is held against the cap
 * with both, the other side's reservation (`comparedJobId`) counted once.
 */
export async function reserveWithinCap(request: GenerateImageRequest, settings: Settings, { provider, model }: CapQuestion, now = Date.now()): Promise<void> {
  const capUsd = settings.budget.monthlyCapUsd;
  const ownUsd = estimateForSettings(settings, request.format, request.count, provider);
  const otherUsd = request.comparedWith ? estimateForSettings(settings, request.format, request.count, request.comparedWith) : 0;
  const goAhead = request.comparedWith ? GO_AHEAD.compare : GO_AHEAD.generate;
  const entry = { createdAt: now, provider, model, estimatedCostUsd: ownUsd };
  await reserveSpending(request.jobId, entry, { from: startOfMonth(now), to: startOfMonth(now, 1) }, (spentUsd, heldBy) =>
    request.overCapConfirmed ? undefined : overCapRefusal(capUsd, spentUsd, ownUsd + (heldBy(request.comparedJobId) > 0 ? 0 : otherUsd), goAhead),
  );
}
