import { FORMAT_IDS, type FormatId } from '../formats';
import type { PanelContext } from '../messaging/protocol';
import { estimateForSettings } from '../pricing/estimate';
import { spentThisMonthUsd } from '../pricing/spend';
import { chooseProvider, type ChosenProvider } from '../providers/choice';
import { s3Config } from '../settings/resolve';
import type { Configuration } from './configuration';

/** Readiness for the panel's buttons (which provider, whether S3 is set up, whether keys are locked) and what a click costs. */
export async function panelContext(configuration: Configuration, now = Date.now()): Promise<PanelContext> {
  const { settings, secrets } = configuration;
  let choice: ChosenProvider | undefined;
  try {
    choice = chooseProvider(configuration);
  } catch {
    // Locked or missing keys: the panel says so when the user presses Generate image.
  }
  const providerId = choice?.id;
  const estimatedCostUsd =
    providerId && (Object.fromEntries(FORMAT_IDS.map((format) => [format, estimateForSettings(settings, format, 1, providerId)])) as Record<FormatId, number>);
  return {
    providerLabel: choice?.label ?? 'your image provider',
    locked: !secrets,
    s3Ready: Boolean(secrets && s3Config(settings, secrets)),
    estimatedCostUsd,
    monthSpendUsd: await spentThisMonthUsd(now),
    monthlyCapUsd: settings.budget.monthlyCapUsd,
  };
}
