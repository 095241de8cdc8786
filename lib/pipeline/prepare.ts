import { prepareAnalysis } from '../analysis/comprehend';
import type { PreparedPrompt, PrepareRequest } from '../messaging/protocol';
import { buildPrompt } from '../prompt/build';
import { headlineOf } from '../prompt/clean';
import { activeProvider } from '../providers/registry';
import { comprehendForAnalysis } from '../settings/resolve';
import { preferencesItem } from '../storage/preferences';
import { readConfiguration } from './configuration';

/** Draft → analysis (Comprehend when set up, else on the device) → prompt sized for the provider that will use it. */
export async function preparePrompt(request: PrepareRequest): Promise<PreparedPrompt> {
  const [configuration, preferences] = await Promise.all([readConfiguration(), preferencesItem.getValue()]);
  const { provider } = activeProvider(configuration);
  const { settings, secrets } = configuration;
  const comprehend = secrets && comprehendForAnalysis(settings, secrets, preferences.includeEntities);
  const analysis = await prepareAnalysis(request.draft, comprehend);
  const prompt = buildPrompt({
    analysis,
    style: request.style,
    format: request.format,
    extraWords: request.extraWords,
    includeEntities: preferences.includeEntities,
    maxChars: provider.promptLimit,
  });
  return { prompt, headline: headlineOf(request.draft), analysis, providerLabel: provider.label };
}
