import { describe, expect, it } from 'vitest';
import { AWS_ORIGINS, configuredServices, hostsOf, OPENAI_ORIGINS, originsFor, serviceOrigins } from './permissions';
import { awsCredentials, bedrockConfig, chooseProviderId, comprehendConfig, comprehendForAnalysis, openaiConfig, s3Config } from './resolve';
import { DEFAULT_SETTINGS, type Settings } from './schema';
import { EMPTY_SECRETS } from './secrets';
import { providerStatus } from './status';

const OPENAI_KEY = { ...EMPTY_SECRETS, openaiApiKey: 'sk-test-0123456789abcdef' };
const AWS_KEYS = { ...EMPTY_SECRETS, awsAccessKeyId: 'AKIAIOSFODNN7EXAMPLE', awsSecretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const POOL = 'eu-west-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d';

function settings(changes: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...changes };
}

const cognito = settings({ aws: { credentialKind: 'cognito', identityPoolId: POOL, cognitoRegion: '' } });

describe('AWS credentials', () => {
  it('uses pasted keys, with a session token only when there is one', () => {
    expect(awsCredentials(DEFAULT_SETTINGS, AWS_KEYS)).toEqual({
      kind: 'static',
      accessKeyId: AWS_KEYS.awsAccessKeyId,
      secretAccessKey: AWS_KEYS.awsSecretAccessKey,
      sessionToken: undefined,
    });
    expect(awsCredentials(DEFAULT_SETTINGS, { ...AWS_KEYS, awsSessionToken: 'token' })).toMatchObject({ sessionToken: 'token' });
    expect(awsCredentials(DEFAULT_SETTINGS, { ...AWS_KEYS, awsSecretAccessKey: '' })).toBeUndefined();
  });

  it('takes a Cognito pool region from the pool ID unless one is set', () => {
    expect(awsCredentials(cognito, EMPTY_SECRETS)).toEqual({ kind: 'cognito', identityPoolId: POOL, region: 'eu-west-1' });
    const elsewhere = settings({ aws: { ...cognito.aws, cognitoRegion: 'eu-central-1' } });
    expect(awsCredentials(elsewhere, AWS_KEYS)).toMatchObject({ kind: 'cognito', region: 'eu-central-1' });
  });
});

describe('chooseProviderId', () => {
  it('on auto, picks OpenAI, then Bedrock, then this device', () => {
    expect(chooseProviderId(DEFAULT_SETTINGS, { ...AWS_KEYS, openaiApiKey: OPENAI_KEY.openaiApiKey })).toBe('openai');
    expect(chooseProviderId(DEFAULT_SETTINGS, AWS_KEYS)).toBe('bedrock');
    expect(chooseProviderId(cognito, EMPTY_SECRETS)).toBe('bedrock');
    expect(chooseProviderId(DEFAULT_SETTINGS, EMPTY_SECRETS)).toBe('offline');
  });

  it('keeps an explicit choice', () => {
    expect(chooseProviderId(settings({ provider: 'offline' }), OPENAI_KEY)).toBe('offline');
    expect(chooseProviderId(settings({ provider: 'bedrock' }), OPENAI_KEY)).toBe('bedrock');
  });
});

describe('service configs', () => {
  it('builds the OpenAI config, with empty overrides left to the SDK', () => {
    expect(openaiConfig(DEFAULT_SETTINGS, EMPTY_SECRETS)).toBeUndefined();
    expect(openaiConfig(DEFAULT_SETTINGS, OPENAI_KEY)).toEqual({
      apiKey: OPENAI_KEY.openaiApiKey,
      model: 'gpt-image-2.5-flare',
      baseURL: undefined,
      organization: undefined,
      project: undefined,
      timeoutMs: 120_000,
      quality: 'medium',
    });
    const proxied = settings({ openai: { ...DEFAULT_SETTINGS.openai, baseURL: 'http://localhost:9000/v1', project: 'proj_1' } });
    expect(openaiConfig(proxied, OPENAI_KEY)).toMatchObject({ baseURL: 'http://localhost:9000/v1', project: 'proj_1' });
  });

  it('gives each AWS service its own region and endpoint', () => {
    const split = settings({
      comprehend: { enabled: true, region: 'eu-west-2', endpoint: 'http://localhost:4566' },
      bedrock: { model: 'amazon.nova-canvas-v1:0', region: 'eu-west-1', endpoint: '' },
      s3: { ...DEFAULT_SETTINGS.s3, bucket: 'images', region: 'eu-central-1', presignExpiryHours: 2 },
    });
    expect(comprehendConfig(split, AWS_KEYS, true)).toMatchObject({ region: 'eu-west-2', endpoint: 'http://localhost:4566', includeEntities: true });
    expect(bedrockConfig(split, AWS_KEYS)).toMatchObject({ model: 'amazon.nova-canvas-v1:0', region: 'eu-west-1', endpoint: undefined });
    expect(s3Config(split, AWS_KEYS)).toMatchObject({ bucket: 'images', region: 'eu-central-1', presignExpirySeconds: 7200, prefix: 'post-to-image' });
  });

  it('returns nothing for a service that cannot be called yet', () => {
    expect(comprehendConfig(DEFAULT_SETTINGS, EMPTY_SECRETS, false)).toBeUndefined();
    expect(bedrockConfig(DEFAULT_SETTINGS, OPENAI_KEY)).toBeUndefined();
    expect(s3Config(DEFAULT_SETTINGS, AWS_KEYS)).toBeUndefined();
  });

  it('sends posts to Comprehend only when both switches allow it', () => {
    expect(comprehendForAnalysis(DEFAULT_SETTINGS, AWS_KEYS, false)).toBeDefined();
    expect(comprehendForAnalysis(settings({ analyser: 'local' }), AWS_KEYS, false)).toBeUndefined();
    const disabled = settings({ comprehend: { ...DEFAULT_SETTINGS.comprehend, enabled: false } });
    expect(comprehendForAnalysis(disabled, AWS_KEYS, false)).toBeUndefined();
  });
});

describe('host permissions', () => {
  it('asks for the real services by default', () => {
    expect(serviceOrigins('openai', DEFAULT_SETTINGS)).toEqual([OPENAI_ORIGINS]);
    expect(serviceOrigins('bedrock', DEFAULT_SETTINGS)).toEqual([AWS_ORIGINS]);
  });

  it('asks for a custom endpoint instead, any port, and its subdomains for virtual-hosted S3', () => {
    const custom = settings({
      openai: { ...DEFAULT_SETTINGS.openai, baseURL: 'https://proxy.example.com:8443/v1' },
      s3: { ...DEFAULT_SETTINGS.s3, endpoint: 'http://localhost:9000' },
    });
    expect(serviceOrigins('openai', custom)).toEqual(['https://proxy.example.com/*']);
    expect(serviceOrigins('s3', custom)).toEqual(['http://localhost/*', 'http://*.localhost/*']);
    const pathStyle = settings({ s3: { ...custom.s3, forcePathStyle: true } });
    expect(serviceOrigins('s3', pathStyle)).toEqual(['http://localhost/*']);
  });

  it('adds AWS for Cognito even when the service has its own endpoint', () => {
    const emulated = settings({ ...cognito, comprehend: { ...DEFAULT_SETTINGS.comprehend, endpoint: 'http://localhost:4566' } });
    expect(serviceOrigins('comprehend', emulated)).toEqual([AWS_ORIGINS, 'http://localhost/*']);
  });

  it('asks on save only for the services that are set up', () => {
    expect(configuredServices(DEFAULT_SETTINGS, EMPTY_SECRETS)).toEqual([]);
    expect(configuredServices(DEFAULT_SETTINGS, OPENAI_KEY)).toEqual(['openai']);
    expect(configuredServices(settings({ analyser: 'local' }), AWS_KEYS)).toEqual(['bedrock']);
    const withBucket = settings({ s3: { ...DEFAULT_SETTINGS.s3, bucket: 'images' } });
    expect(configuredServices(withBucket, AWS_KEYS)).toEqual(['comprehend', 'bedrock', 's3']);
    expect(originsFor(['comprehend', 'bedrock', 's3'], withBucket)).toEqual([AWS_ORIGINS]);
    expect(hostsOf([OPENAI_ORIGINS, AWS_ORIGINS])).toBe('api.openai.com and *.amazonaws.com');
  });
});

describe('provider status', () => {
  it('says what makes the next image and whether it is ready', () => {
    const open = (secrets = EMPTY_SECRETS) => ({ state: 'open' as const, secrets, encrypted: false });
    expect(providerStatus(DEFAULT_SETTINGS, open())).toMatchObject({ providerId: 'offline', ready: true });
    expect(providerStatus(DEFAULT_SETTINGS, open(OPENAI_KEY))).toMatchObject({ providerId: 'openai', ready: true, sentence: 'OpenAI GPT Image 2.5 Flare makes the images.' });
    expect(providerStatus(settings({ provider: 'bedrock' }), open())).toMatchObject({ ready: false, sentence: expect.stringMatching(/no AWS credentials/) });
    expect(providerStatus(DEFAULT_SETTINGS, { state: 'locked' })).toMatchObject({ providerId: undefined, ready: false, sentence: expect.stringMatching(/locked/) });
    expect(providerStatus(settings({ provider: 'offline' }), { state: 'locked' })).toMatchObject({ providerId: 'offline', ready: true });
  });
});
