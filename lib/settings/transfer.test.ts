import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_PREFERENCES, preferencesItem } from '../storage/preferences';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from './schema';
import { lockSecrets, readSecrets, saveSecrets } from './secrets';
import { readSettings, writeSettings } from './store';
import { KEYS_UNCHANGED } from './moved-endpoints';
import { EXPORT_FORMAT, exportSettings, importSettings } from './transfer';

const SECRETS = {
  openaiApiKey: 'sk-proj-never-export-me-0123456789',
  awsAccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  awsSecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  awsSessionToken: 'session-token-never-export-me',
};

const CUSTOM = {
  ...DEFAULT_SETTINGS,
  provider: 'openai' as const,
  s3: { ...DEFAULT_SETTINGS.s3, bucket: 'team-images', region: 'eu-west-1', presignExpiryHours: 72 },
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('export', () => {
  it('writes settings and defaults with a format marker and version', async () => {
    await writeSettings(CUSTOM);
    await preferencesItem.setValue({ ...DEFAULT_PREFERENCES, style: 'watercolour' });
    const exported = JSON.parse(await exportSettings());
    expect(exported).toMatchObject({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings: CUSTOM });
    expect(exported.preferences.style).toBe('watercolour');
  });

  it('never contains a secret, with or without a passphrase', async () => {
    await writeSettings(CUSTOM);
    await saveSecrets(SECRETS);
    const plain = await exportSettings();
    await saveSecrets(SECRETS, 'a long passphrase');
    const locked = await exportSettings();
    for (const exported of [plain, locked]) {
      for (const secret of Object.values(SECRETS)) expect(exported).not.toContain(secret);
      expect(exported).not.toMatch(/secret|apiKey|accessKey|sessionToken|passphrase|encrypted/i);
    }
  });
});

describe('import', () => {
  it('restores an export into a fresh browser', async () => {
    await writeSettings(CUSTOM);
    await preferencesItem.setValue({ ...DEFAULT_PREFERENCES, format: 'portrait' });
    const exported = await exportSettings();
    fakeBrowser.reset();
    expect(await importSettings(exported)).toMatchObject({ ok: true, sentence: KEYS_UNCHANGED });
    expect(await readSettings()).toEqual(CUSTOM);
    expect((await preferencesItem.getValue()).format).toBe('portrait');
  });

  it('migrates an export from version 1', async () => {
    const v1 = { format: EXPORT_FORMAT, version: 1, settings: { provider: 'bedrock', awsRegion: 'us-west-2', s3Bucket: 'old-bucket' } };
    expect(await importSettings(JSON.stringify(v1))).toMatchObject({ ok: true, sentence: KEYS_UNCHANGED });
    const settings = await readSettings();
    expect(settings.provider).toBe('bedrock');
    expect([settings.comprehend.region, settings.bedrock.region, settings.s3.region]).toEqual(['us-west-2', 'us-west-2', 'us-west-2']);
    expect(settings.s3.bucket).toBe('old-bucket');
  });

  it('ignores secrets slipped into a file, and keeps the saved ones', async () => {
    await saveSecrets(SECRETS);
    const file = { format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings: { ...CUSTOM, openaiApiKey: 'sk-injected-0123456789' } };
    expect(await importSettings(JSON.stringify(file))).toMatchObject({ ok: true, sentence: KEYS_UNCHANGED });
    expect(JSON.stringify(await fakeBrowser.storage.local.get('settings'))).not.toContain('sk-injected');
    expect(await readSecrets()).toMatchObject({ state: 'open', secrets: SECRETS });
  });

  it('refuses what it cannot use, in a sentence, and changes nothing', async () => {
    await writeSettings(CUSTOM);
    const refusals = [
      ['not json', /not a Post to Image settings export/],
      [JSON.stringify({ hello: 'world' }), /not a Post to Image settings export/],
      [JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION + 1, settings: {} }), /newer version/],
      [JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings: { s3: { presignExpiryHours: 500 } } }), /“s3.presignExpiryHours” in this file is not valid/],
      [JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings: {}, preferences: { style: 'cubist' } }), /default for new images “style”/],
    ] as const;
    for (const [json, sentence] of refusals) {
      const result = await importSettings(json);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.sentence).toMatch(sentence);
    }
    expect(await readSettings()).toEqual(CUSTOM);
  });
});

describe('an import that moves a service to another address', () => {
  const movingOpenAI = (baseURL: string) =>
    JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings: { ...CUSTOM, openai: { ...CUSTOM.openai, baseURL } } });

  it('removes that service’s saved key instead of sending it there, says so, and asks for the new origin', async () => {
    await writeSettings(CUSTOM);
    await saveSecrets(SECRETS);
    const result = await importSettings(movingOpenAI('https://collector.example/v1'));
    expect(result).toMatchObject({ ok: true, origins: ['https://collector.example/*'] });
    expect(result.sentence).not.toContain('unchanged');
    expect(result.sentence).toMatch(/OpenAI Images now goes to collector\.example, so your saved OpenAI key was removed/);
    expect(await readSecrets()).toMatchObject({ state: 'open', secrets: { ...SECRETS, openaiApiKey: '' } });
    expect((await readSettings()).openai.baseURL).toBe('https://collector.example/v1');
  });

  it('removes the AWS keys when an AWS endpoint moves, keeping the OpenAI key', async () => {
    await writeSettings(CUSTOM);
    await saveSecrets(SECRETS);
    const file = { format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings: { ...CUSTOM, bedrock: { ...CUSTOM.bedrock, endpoint: 'https://bedrock.collector.example' } } };
    const result = await importSettings(JSON.stringify(file));
    expect(result.sentence).toMatch(/Amazon Bedrock now goes to bedrock\.collector\.example, so your saved AWS keys were removed/);
    expect(await readSecrets()).toMatchObject({ secrets: { openaiApiKey: SECRETS.openaiApiKey, awsAccessKeyId: '', awsSecretAccessKey: '', awsSessionToken: '' } });
  });

  it('counts another port on the same host as another address', async () => {
    await writeSettings({ ...CUSTOM, openai: { ...CUSTOM.openai, baseURL: 'http://127.0.0.1:4566/v1' } });
    await saveSecrets(SECRETS);
    const result = await importSettings(movingOpenAI('http://127.0.0.1:9999/v1'));
    expect(result.sentence).toMatch(/your saved OpenAI key was removed/);
    expect(await readSecrets()).toMatchObject({ secrets: { openaiApiKey: '' } });
  });

  it('refuses while the keys are locked, and changes nothing', async () => {
    await writeSettings(CUSTOM);
    await saveSecrets(SECRETS, 'a long passphrase');
    await lockSecrets();
    const result = await importSettings(movingOpenAI('https://collector.example/v1'));
    expect(result).toMatchObject({ ok: false, sentence: expect.stringMatching(/Unlock your saved keys/) });
    expect(await readSettings()).toEqual(CUSTOM);
  });

  it('keeps the keys when the addresses stay the same', async () => {
    await writeSettings(CUSTOM);
    await saveSecrets(SECRETS);
    expect(await importSettings(JSON.stringify({ format: EXPORT_FORMAT, version: SETTINGS_VERSION, settings: { ...CUSTOM, provider: 'bedrock' } }))).toMatchObject({
      ok: true,
      sentence: KEYS_UNCHANGED,
      origins: [],
    });
    expect(await readSecrets()).toMatchObject({ secrets: SECRETS });
  });
});
