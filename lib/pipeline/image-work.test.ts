import { describe, expect, it } from 'vitest';
import { EMPTY_SECRETS } from '../settings/secrets';
import { settingsFrom } from '../settings/schema';
import { providerForRequest } from './image-work';

const secrets = {
  ...EMPTY_SECRETS,
  openaiApiKey: 'sk-test-0123456789abcdef',
  awsAccessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  awsSecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
const configuration = { settings: settingsFrom({ provider: 'auto', bedrock: { model: 'amazon.nova-canvas-v1:0'} }), secrets };

describe('providerForRequest', () => {
  it('uses the options’ provider unless the request names another (Compare)', () => {
    expect(providerForRequest(configuration, {}).id).toBe('openai');
    expect(providerForRequest(configuration, { provider: 'bedrock' }).id).toBe('bedrock');
    expect(providerForRequest(configuration, { provider: 'offline' }).id).toBe('offline');
  });

  it('passes the panel’s Bedrock style preset to Bedrock only', () => {
    const chosen = providerForRequest(configuration, { provider: 'bedrock', stylePreset: 'PHOTOREALISM' });
    expect(chosen.id === 'bedrock' && chosen.config.stylePreset).toBe('PHOTOREALISM');
    expect(providerForRequest(configuration, { provider: 'openai', stylePreset: 'PHOTOREALISM' })).not.toHaveProperty('config.stylePreset');
  });

  it('refuses, in a sentence, a provider the user has no credentials for', () => {
    const openAIOnly = { ...configuration, secrets: { ...EMPTY_SECRETS, openaiApiKey: 'sk-test-0123456789abcdef' } };
    expect(() => providerForRequest(openAIOnly, { provider: 'bedrock' })).toThrow(/Add your AWS credentials/);
  });
});
