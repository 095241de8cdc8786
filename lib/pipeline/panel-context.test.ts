import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { EMPTY_SECRETS } from '../settings/secrets';
import { settingsFrom } from '../settings/schema';
import { NOVA_CANVAS_STYLES } from '../providers/bedrock/models';
import { describeBedrock, OFFLINE_DESCRIPTION } from '../providers/descriptions';
import { estimateForSettings } from '../pricing/estimate';
import { preferencesItem } from '../storage/preferences';
import { answeredEntry, enterInLedger } from '../storage/history.test-support';
import { panelContext } from './panel-context';

const now = new Date(2026, 10, 20, 12).getTime();

describe('panelContext', () => {
  it('prices each format for the provider that would make the image, with the month’s spending and the cap', async () => {
    await enterInLedger(answeredEntry({ id: 'this-month', createdAt: new Date(2026, 10, 3).getTime(), estimatedCostUsd: 0.167 }));
    const settings = settingsFrom({ provider: 'openai', openai: { model: 'gpt-image-1', quality: 'low' }, budget: { monthlyCapUsd: 5 } });
    const context = await panelContext({ settings, secrets: { ...EMPTY_SECRETS, openaiApiKey: 'sk-test-0123456789abcdef' } }, now);
    expect(context).toMatchObject({ providerLabel: 'OpenAI GPT Image 1', locked: false, monthSpendUsd: 0.167, monthlyCapUsd: 5 });
    expect(context.estimatedCostUsd).toEqual({
      landscape: estimateForSettings(settings, 'landscape', 1, 'openai'),
      square: estimateForSettings(settings, 'square', 1, 'openai'),
      portrait: estimateForSettings(settings, 'portrait', 1, 'openai'),
    });
  });

  it('prices nothing while locked keys hide the provider', async () => {
    const context = await panelContext({ settings: settingsFrom({ provider: 'openai' }), secrets: undefined }, now);
    expect(context).toMatchObject({ locked: true, providerLabel: 'your image provider', estimatedCostUsd: undefined, monthlyCapUsd: 0 });
  });

  it('prices the offline renderer at nothing', async () => {
    const context = await panelContext({ settings: settingsFrom({ provider: 'offline' }), secrets: EMPTY_SECRETS }, now);
    expect(context.estimatedCostUsd).toEqual({ landscape: 0, square: 0, portrait: 0 });
  });

  it('offers the other providers with credentials for Compare, each priced per format', async () => {
    const secrets = { ...EMPTY_SECRETS, openaiApiKey: 'sk-test-0123456789abcdef', awsAccessKeyId: 'AKIAIOSFODNN7EXAMPLE', awsSecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
    const settings = settingsFrom({ provider: 'auto', bedrock: { model: 'amazon.nova-canvas-v1:0' } });
    const context = await panelContext({ settings, secrets }, now);
    expect(context.providerId).toBe('openai');
    expect(context.alternatives.map(({ id, label }) => [id, label])).toEqual([
      ['bedrock', describeBedrock('amazon.nova-canvas-v1:0').label],
      ['offline', OFFLINE_DESCRIPTION.label],
    ]);
    expect(context.alternatives[0]?.estimatedCostUsd.square).toBe(estimateForSettings(settings, 'square', 1, 'bedrock'));
    expect(context.stylePresets).toEqual([]);
  });

  it('offers nothing to compare with while only the offline renderer can work, and lists a Bedrock model’s own style presets', async () => {
    expect((await panelContext({ settings: settingsFrom({}), secrets: EMPTY_SECRETS }, now)).alternatives).toEqual([]);
    const aws = { ...EMPTY_SECRETS, awsAccessKeyId: 'AKIAIOSFODNN7EXAMPLE', awsSecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
    const context = await panelContext({ settings: settingsFrom({ bedrock: { model: 'amazon.nova-canvas-v1:0' } }), secrets: aws }, now);
    expect(context.providerId).toBe('bedrock');
    expect(context.stylePresets).toEqual(NOVA_CANVAS_STYLES);
    expect(context.alternatives.map(({ id }) => id)).toEqual(['offline']);
  });

  it('hands the panel the user’s defaults for a new image, which its content script may not read itself', async () => {
    await preferencesItem.setValue({ format: 'portrait', style: 'watercolour', extraWords: 'soft light', includeEntities: true });
    const context = await panelContext({ settings: settingsFrom({}), secrets: EMPTY_SECRETS }, now);
    expect(context.defaults).toEqual({ format: 'portrait', style: 'watercolour', extraWords: 'soft light' });
  });
});
