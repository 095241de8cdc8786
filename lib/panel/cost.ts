import type { FormatId } from '../formats';
import type { PanelContext } from '../messaging/protocol';
import { formatUsd } from '../pricing/money';

/**
 * What the next click costs (`count` images in `format`) and what this month has cost so far; nothing
 * while the provider is unknown. The worker prices one image per format; a click costs that many times.
 */
export function costLine(context: PanelContext, format: FormatId, count = 1): string | undefined {
  const each = context.estimatedCostUsd?.[format];
  if (each === undefined) return undefined;
  if (each === 0) return 'Free: made on this device';
  const cap = context.monthlyCapUsd > 0 ? ` of ${formatUsd(context.monthlyCapUsd)}` : '';
  const click = count > 1 ? `${formatUsd(each * count)} for ${count} images` : `${formatUsd(each)} per image`;
  return `About ${click} · ${formatUsd(context.monthSpendUsd)}${cap} spent this month`;
}
