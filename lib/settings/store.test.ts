import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, settingsFrom } from './schema';
import { takeModelNotice } from './model-notice';
import { migrateV1ToV2, readSettings, settingsItem, writeSettings } from './store';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings schema', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      provider: 'auto',
      openai: { model: 'gpt-image-2.5-flare', baseURL: '', timeoutSeconds: 120, quality: 'medium' },
      aws: { credentialKind: 'static' },
      comprehend: { enabled: true, region: 'us-east-1', endpoint: '' },
      bedrock: { model: 'stability.stable-image-core-v1:1', region: 'us-west-2' },
      s3: { prefix: 'post-to-image', forcePathStyle: false, presignExpiryHours: 24, includePostText: false },
      analyser: 'auto',
      history: { maxImages: 200, maxMegabytes: 500 },
      budget: { monthlyCapUsd: 0 },
    });
  });

  it('gives settings stored before the spending cap existed no cap, and keeps a cap once set', () => {
    const { budget: _added, ...before } = DEFAULT_SETTINGS;
    expect(settingsFrom({ ...before, provider: 'openai' })).toEqual({ ...DEFAULT_SETTINGS, provider: 'openai' });
    expect(settingsFrom({ budget: { monthlyCapUsd: 25 } }).budget.monthlyCapUsd).toBe(25);
    expect(settingsFrom({ budget: { monthlyCapUsd: -5 } }).budget.monthlyCapUsd).toBe(0);
  });

  it('fills missing fields and replaces damaged ones when reading what is stored', () => {
    const settings = settingsFrom({ provider: 'openai', openai: { model: 'no-such-model', project: 'p1' }, s3: 'not an object' });
    expect(settings.provider).toBe('openai');
    expect(settings.openai).toEqual({ ...DEFAULT_SETTINGS.openai, project: 'p1' });
    expect(settings.s3).toEqual(DEFAULT_SETTINGS.s3);
    expect(settingsFrom('garbage')).toEqual(DEFAULT_SETTINGS);
  });

  it('never lets a link live longer than AWS allows', () => {
    expect(settingsFrom({ s3: { presignExpiryHours: 169 } }).s3.presignExpiryHours).toBe(24);
    expect(settingsFrom({ s3: { presignExpiryHours: 168 } }).s3.presignExpiryHours).toBe(168);
  });
});

describe('settings store', () => {
  it('reads the defaults before anything is saved, and what was saved after', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    const changed = { ...DEFAULT_SETTINGS, provider: 'bedrock' as const, bedrock: { ...DEFAULT_SETTINGS.bedrock, region: 'us-west-2' } };
    await writeSettings(changed);
    expect(await readSettings()).toEqual(changed);
  });

  it('migrates version-1 settings in storage, copying the one AWS region to each service', async () => {
    await fakeBrowser.storage.local.set({
      settings: { provider: 'bedrock', openaiModel: 'dall-e-3', awsRegion: 'eu-west-1', s3Bucket: 'my-images' },
    });
    await settingsItem.migrate();
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored['settings$']).toEqual({ v: 3 });
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      provider: 'bedrock',
      // Version 3 moved DALL·E 3, shut down on 2026-05-12, to the default.
      openai: { ...DEFAULT_SETTINGS.openai, model: 'gpt-image-2.5-flare' },
      comprehend: { ...DEFAULT_SETTINGS.comprehend, region: 'eu-west-1' },
      bedrock: { ...DEFAULT_SETTINGS.bedrock, region: 'eu-west-1' },
      s3: { ...DEFAULT_SETTINGS.s3, bucket: 'my-images', region: 'eu-west-1' },
    });
  });

  it.each([
    ['gpt-image-1-mini', 'OpenAI shut GPT Image 1 mini down on 2026-12-01, so Post to Image now uses GPT Image 2.5 Flare.'],
    ['gpt-image-1.5', 'OpenAI shut GPT Image 1.5 down on 2026-12-01, so Post to Image now uses GPT Image 2.5 Flare.'],
    ['gpt-image-1', 'OpenAI shut GPT Image 1 down on 2026-10-23, so Post to Image now uses GPT Image 2.5 Flare.'],
    ['dall-e-3', 'OpenAI shut DALL·E 3 down on 2026-05-12, so Post to Image now uses GPT Image 2.5 Flare.'],
  ])('moves a stored %s to GPT Image 2.5 Flare and says so once', async (model, sentence) => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, openai: { ...DEFAULT_SETTINGS.openai, model, quality: 'high' } }, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect((await readSettings()).openai).toEqual({ ...DEFAULT_SETTINGS.openai, model: 'gpt-image-2.5-flare', quality: 'high' });
    await expect.poll(() => takeModelNotice()).toEqual([sentence]);
    expect(await takeModelNotice()).toEqual([]);
  });

  it.each([
    ['amazon.titan-image-generator-v2:0', 'us-east-1', 'Amazon Bedrock ended Amazon Titan Image Generator v2 on 2026-06-30, so Post to Image now uses Stable Image Core in us-west-2 (it is not offered in us-east-1).'],
    ['amazon.titan-image-generator-v1', 'us-west-2', 'Amazon Bedrock ended Amazon Titan Image Generator v1 on 2026-06-30, so Post to Image now uses Stable Image Core.'],
    ['amazon.nova-canvas-v1:0', 'eu-west-1', 'Amazon Bedrock ended Amazon Nova Canvas on 2026-09-30, so Post to Image now uses Stable Image Core in us-west-2 (it is not offered in eu-west-1).'],
  ])('moves a stored %s in %s to Stable Image Core where it is offered, and says so', async (model, region, sentence) => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, bedrock: { model, region, endpoint: '' } }, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect((await readSettings()).bedrock).toEqual({ model: 'stability.stable-image-core-v1:1', region: 'us-west-2', endpoint: '' });
    await expect.poll(() => takeModelNotice()).toEqual([sentence]);
  });

  it('leaves current models alone and says nothing', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, openai: { ...DEFAULT_SETTINGS.openai, model: 'gpt-image-2.5-sunburst' } }, settings$: { v: 2 } });
    await settingsItem.migrate();
    expect((await readSettings()).openai.model).toBe('gpt-image-2.5-sunburst');
    expect(await takeModelNotice()).toEqual([]);
  });

  it('keeps the defaults for version-1 values that no longer exist', () => {
    const migrated = migrateV1ToV2({ provider: 'stable-diffusion', openaiModel: 'dall-e-2', awsRegion: '' });
    expect(migrated.provider).toBe('auto');
    expect(migrated.openai.model).toBe('gpt-image-2.5-flare');
    expect(migrated.comprehend.region).toBe('us-east-1');
    expect(migrated.s3.region).toBe('');
  });
});
