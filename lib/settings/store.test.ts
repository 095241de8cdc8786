import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, settingsFrom } from './schema';
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
    expect(stored['settings$']).toEqual({ v: 2 });
    expect(await readSettings()).toEqual({
      ...DEFAULT_SETTINGS,
      provider: 'bedrock',
      openai: { ...DEFAULT_SETTINGS.openai, model: 'dall-e-3' },
      comprehend: { ...DEFAULT_SETTINGS.comprehend, region: 'eu-west-1' },
      bedrock: { ...DEFAULT_SETTINGS.bedrock, region: 'eu-west-1' },
      s3: { ...DEFAULT_SETTINGS.s3, bucket: 'my-images', region: 'eu-west-1' },
    });
  });

  it('keeps the defaults for version-1 values that no longer exist', () => {
    const migrated = migrateV1ToV2({ provider: 'stable-diffusion', openaiModel: 'dall-e-2', awsRegion: '' });
    expect(migrated.provider).toBe('auto');
    expect(migrated.openai.model).toBe('gpt-image-2.5-flare');
    expect(migrated.comprehend.region).toBe('us-east-1');
    expect(migrated.s3.region).toBe('');
  });
});
