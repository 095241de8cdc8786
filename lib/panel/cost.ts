import type { FormatId } from '../formats';
import type { PanelContext } from '../messaging/protocol';
import { formatUsd } from '../pricing/money';

/** What the next click costs and what this month has cost so far; nothing while the provider is unknown. */
export function costLine(context: PanelContext, format: FormatId): string | undefined {
  const each = context.estimatedCostUsd?.[format];
  if (each === undefined) return undefined;
  if (each === 0) return 'Free: made on this device';
  const cap = context.monthlyCapUsd > 0 ? ` of ${formatUsd(context.monthlyCapUsd)}` : '';
  return `About ${formatUsd(each)} per image · ${formatUsd(context.monthSpendUsd)}${cap} spent this month`;
}
