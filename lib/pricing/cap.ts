import { UserFacingError } from '../errors';
import type { GenerateImageRequest } from '../messaging/protocol';
import type { ProviderId } from '../providers/types';
import type { Settings } from '../settings/schema';
import { estimateForSettings } from './estimate';
import { formatUsd } from './money';
import { spentThisMonthUsd } from './spend';

/** The monthly spending cap: a generation that would go over it waits for the user to confirm it. */

/** Sums of decimal prices carry floating-point error; a thousandth of a cent is no money. */
const TOLERANCE_USD = 1e-5;

/** The refusal for spending `estimateUsd` more; undefined when it stays within the cap (0 means no cap) or costs nothing. */
export function overCapRefusal(capUsd: number, spentUsd: number, estimateUsd: number, button = 'Generate image'): UserFacingError | undefined {
  if (capUsd <= 0 || estimateUsd <= 0 || spentUsd + estimateUsd <= capUsd + TOLERANCE_USD) return undefined;
  return new UserFacingError(
    `This would take you over your monthly cap of ${formatUsd(capUsd)} (spent ${formatUsd(spentUsd)} so far this month). Press ${button} again to go ahead anyway.`,
    'over-cap',
  );
}

/**
 * Throws the over-cap refusal unless the request stays within the cap or the user already confirmed it.
 * A Compare click is two requests at once, one per provider: each is held against the cap with both.
 */
export async function ensureWithinCap(request: GenerateImageRequest, settings: Settings, provider: ProviderId, now = Date.now()): Promise<void> {
  const capUsd = settings.budget.monthlyCapUsd;
  if (capUsd <= 0 || request.overCapConfirmed) return;
  const providers = request.comparedWith ? [provider, request.comparedWith] : [provider];
  const estimateUsd = providers.reduce((sum, id) => sum + estimateForSettings(settings, request.format, request.count, id), 0);
  const refusal = overCapRefusal(capUsd, await spentThisMonthUsd(now), estimateUsd, request.comparedWith ? 'Compare' : 'Generate image');
  if (refusal) throw refusal;
}
