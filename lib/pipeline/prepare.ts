import { analyseLocally } from '../analysis/local';
import type { PreparedPrompt, PrepareRequest } from '../messaging/protocol';
import { buildPrompt } from '../prompt/build';
import { headlineOf } from '../prompt/clean';
import { activeProvider } from '../providers/registry';
import { preferencesItem } from '../storage/preferences';

const LOCAL_NOTE = 'Analysed on this device: no AWS credentials are set.';

/** Draft → analysis → prompt sized for the provider that will use it. */
export async function preparePrompt(request: PrepareRequest): Promise<PreparedPrompt> {
  const [{ provider }, preferences] = await Promise.all([activeProvider(), preferencesItem.getValue()]);
  const analysis = analyseLocally(request.draft, LOCAL_NOTE);
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
