import { FORMAT_IDS, type FormatId } from '../formats';
import type { PanelContext, ProviderOffer } from '../messaging/protocol';
import { estimateForSettings } from '../pricing/estimate';
import { spentThisMonthUsd } from '../pricing/spend';
import { BEDROCK_MODELS } from '../providers/bedrock/models';
import { chooseProvider } from '../settings/provider-choice';
import type { ChosenProvider } from '../providers/registry';
import { PROVIDER_IDS, type ProviderId } from '../providers/types';
import { applyModelSwitch, modelSwitchFor } from '../settings/model-switch';
import { writeSettings } from '../settings/store';
import { s3Config } from '../settings/resolve';
import { preferencesItem } from '../storage/preferences';
import { type Configuration, readConfiguration } from '../settings/configuration';

/** A provider's choice, or undefined while locked or missing keys hide it (the panel says so on Generate image). */
function tryChoosing(configuration: Configuration, requested?: ProviderId): ChosenProvider | undefined {
  try {
    return chooseProvider(configuration, requested);
  } catch {
    return undefined;
  }
}

function offerOf({ settings }: Configuration, { id, label }: ChosenProvider): ProviderOffer {
  const estimatedCostUsd = Object.fromEntries(FORMAT_IDS.map((format) => [format, estimateForSettings(settings, format, 1, id)]));
  return { id, label, estimatedCostUsd: estimatedCostUsd as Record<FormatId, number> };
}

/**
 * Readiness for the panel's buttons (which provider, whether S3 is set up, whether keys are locked), what a
 * click costs, and the other providers the user could compare it with.
 */
export async function panelContext(configuration: Configuration, now = Date.now()): Promise<PanelContext> {
  const { settings, secrets } = configuration;
  const active = tryChoosing(configuration);
  const modelSwitch = active && modelSwitchFor(settings, active.id);
  const { format, style, extraWords } = await preferencesItem.getValue();
  const alternatives = PROVIDER_IDS.flatMap((id) => {
    const choice = id === active?.id ? undefined : tryChoosing(configuration, id);
    return choice?.id === id ? [offerOf(configuration, choice)] : [];
  });
  return {
    providerId: active?.id,
    providerLabel: active?.label ?? 'your image provider',
    locked: !secrets,
    s3Ready: Boolean(secrets && s3Config(settings, secrets)),
    estimatedCostUsd: active && offerOf(configuration, active).estimatedCostUsd,
    monthSpendUsd: await spentThisMonthUsd(now),
    monthlyCapUsd: settings.budget.monthlyCapUsd,
    alternatives: active ? alternatives : [],
    modelSwitch: modelSwitch && { label: modelSwitch.label },
    stylePresets: active?.id === 'bedrock' ? BEDROCK_MODELS[active.model].stylePresets : [],
    defaults: { format, style, extraWords },
  };
}

/** The panel's one-click switch: the active provider's model becomes the one panelContext offered. */
export async function switchModel(): Promise<PanelContext> {
  const configuration = await readConfiguration();
  const change = modelSwitchFor(configuration.settings, tryChoosing(configuration)?.id);
  if (change) await writeSettings(applyModelSwitch(configuration.settings, change));
  return panelContext(await readConfiguration());
}
