import { prepareAnalysis } from '../analysis/comprehend';
import { chosenLayout, layoutRotation, readPostShape } from '../cards/post-shape';
import type { PreparedPrompt, PrepareRequest } from '../messaging/protocol';
import { buildPrompt } from '../prompt/build';
import { headlineOf } from '../prompt/clean';
import { chooseProvider } from '../settings/provider-choice';
import { comprehendForAnalysis } from '../settings/resolve';
import { preferencesItem } from '../storage/preferences';
import type { Configuration } from '../settings/configuration';

/** Draft → analysis (Comprehend when set up, else on the device) → prompt sized for the provider that will use it. */
export async function preparePrompt(request: PrepareRequest, configuration: Configuration): Promise<PreparedPrompt> {
  const preferences = await preferencesItem.getValue();
  const provider = chooseProvider(configuration);
  // Compare sends the same prompt to both providers: it must fit the shorter limit.
  const compared = request.compareWith && chooseProvider(configuration, request.compareWith);
  const { settings, secrets } = configuration;
  const comprehend = secrets && comprehendForAnalysis(settings, secrets, preferences.includeEntities);
  const analysis = await prepareAnalysis(request.draft, comprehend);
  const prompt = buildPrompt({
    analysis,
    style: request.style,
    format: request.format,
    extraWords: request.extraWords,
    includeEntities: preferences.includeEntities,
    maxChars: Math.min(provider.promptLimit, compared ? compared.promptLimit : Infinity),
  });
  const shape = readPostShape(request.draft);
  const layouts = layoutRotation(shape.layouts, chosenLayout(shape.layouts, undefined, settings.brand.template));
  return { prompt, headline: headlineOf(request.draft), analysis, providerLabel: provider.label, shape: { ...shape, layouts } };
}
