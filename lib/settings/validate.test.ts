import { describe, expect, it } from 'vitest';
import { secretProblems, settingsProblems } from './problems';
import { DEFAULT_SETTINGS, type Settings } from './schema';
import { EMPTY_SECRETS } from './secrets';
import * as check from './validate';

const SENTENCE = /^[A-Z].*[.]$/s;

/** The defaults with some fields of some sections changed. */
function withSettings(changes: { [K in keyof Settings]?: Partial<Settings[K]> }): Settings {
  const sections = Object.entries(changes).map(([key, value]) => [key, { ...(DEFAULT_SETTINGS[key as keyof Settings] as object), ...(value as object) }]);
  return { ...DEFAULT_SETTINGS, ...Object.fromEntries(sections) };
}

describe('field checks', () => {
  it('accepts empty fields: they mean "not set"', () => {
    for (const fieldCheck of [check.openaiApiKey, check.awsAccessKeyId, check.awsSecretAccessKey, check.s3Bucket, check.awsEndpoint]) {
      expect(fieldCheck('')).toBeUndefined();
    }
  });

  it('checks the shape of an OpenAI key', () => {
    expect(check.openaiApiKey('sk-proj-abcdefghijklmnopqrstuvwxyz')).toBeUndefined();
    expect(check.openaiApiKey('pk-abcdefghijklmnopqrstuvwxyz')).toMatch(/starts with “sk-”/);
    expect(check.openaiApiKey('sk-abc def ghijklmnopqrstuvwxyz')).toMatch(/spaces/);
    expect(check.openaiApiKey('sk-short')).toMatch(/too short/);
  });

  it('checks AWS key shapes', () => {
    expect(check.awsAccessKeyId('AKIAIOSFODNN7EXAMPLE')).toBeUndefined();
    expect(check.awsAccessKeyId('ASIAIOSFODNN7EXAMPLE')).toBeUndefined();
    expect(check.awsAccessKeyId('AKIAiosfodnn7example')).toMatch(/16 capital letters/);
    expect(check.awsAccessKeyId('ABIAIOSFODNN7EXAMPLE')).toMatch(/AKIA or ASIA/);
    expect(check.awsSecretAccessKey('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')).toBeUndefined();
    expect(check.awsSecretAccessKey('wJalrXUtnFEMI/K7MDENG')).toMatch(/40 characters/);
    expect(check.awsSecretAccessKey('wJalrXUtnFEMI-K7MDENG-bPxRfiCYEXAMPLEKEY')).toMatch(/only letters, digits/);
  });

  it('checks a Cognito identity pool ID', () => {
    expect(check.identityPoolId('eu-west-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d')).toBeUndefined();
    expect(check.identityPoolId('1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d')).toMatch(/region, a colon and an ID/);
  });

  it('offers a service only in its regions, and names them', () => {
    const inComprehend = check.regionIn(['us-east-1', 'eu-west-1'], 'Comprehend is in us-east-1 and eu-west-1.');
    expect(inComprehend('eu-west-1')).toBeUndefined();
    expect(inComprehend('eu-north-1')).toBe('Not offered in that region. Comprehend is in us-east-1 and eu-west-1.');
    expect(inComprehend('EU West')).toMatch(/written like eu-west-1/);
  });

  it('wants https endpoints, plain http only for this computer, and no path for AWS', () => {
    expect(check.awsEndpoint('https://s3.example.com:9000')).toBeUndefined();
    expect(check.awsEndpoint('http://localhost:4566')).toBeUndefined();
    expect(check.awsEndpoint('http://s3.example.com')).toMatch(/Use https:\/\//);
    expect(check.awsEndpoint('https://s3.example.com/bucket')).toMatch(/remove the path/);
    expect(check.awsEndpoint('s3.example.com')).toMatch(/full address/);
    expect(check.awsEndpoint('ftp://s3.example.com')).toMatch(/must start with https/);
    expect(check.openaiBaseURL('https://proxy.example.com/v1')).toBeUndefined();
    expect(check.openaiBaseURL('http://proxy.example.com/v1')).toMatch(/your API key would cross the network/);
  });

  it('follows the S3 bucket naming rules', () => {
    expect(check.s3Bucket('my-images.2026')).toBeUndefined();
    expect(check.s3Bucket('ab')).toMatch(/3 to 63/);
    expect(check.s3Bucket('a'.repeat(64))).toMatch(/3 to 63/);
    expect(check.s3Bucket('My-Images')).toMatch(/lowercase/);
    expect(check.s3Bucket('my_images')).toMatch(/underscores/);
    expect(check.s3Bucket('-images')).toMatch(/starts and ends/);
    expect(check.s3Bucket('my..images')).toMatch(/two dots/);
    expect(check.s3Bucket('192.168.5.4')).toMatch(/IP address/);
    expect(check.s3Bucket('xn--images')).toMatch(/AWS keeps/);
    expect(check.s3Bucket('images-s3alias')).toMatch(/AWS keeps/);
  });

  it('checks prefixes and number ranges', () => {
    expect(check.s3Prefix('post-to-image/2026')).toBeUndefined();
    expect(check.s3Prefix('my images')).toMatch(/Use only letters/);
    const expiry = check.wholeNumber('presignExpiryHours');
    expect(expiry(1)).toBeUndefined();
    expect(expiry(168)).toBeUndefined();
    expect(expiry(169)).toBe('A link can stay valid for 1 to 168 hours (7 days, the most AWS allows).');
    expect(expiry(0)).toMatch(/1 to 168 hours/);
    expect(expiry(Number.NaN)).toBe('Enter a whole number.');
    expect(check.wholeNumber('maxImages')(2.5)).toBe('Enter a whole number.');
    expect(check.wholeNumber('maxImages')(20_000)).toBe('Keep between 1 and 10,000 images.');
  });

  it('speaks in sentences', () => {
    const sentences = [
      check.openaiApiKey('x y'),
      check.awsAccessKeyId('nope'),
      check.identityPoolId('nope'),
      check.awsEndpoint('nope'),
      check.s3Bucket('NO'),
      check.s3Prefix('a b'),
      check.wholeNumber('maxMegabytes')(1),
    ];
    for (const sentence of sentences) expect(sentence).toMatch(SENTENCE);
  });
});

describe('form problems', () => {
  it('finds none in the defaults', () => {
    expect(settingsProblems(DEFAULT_SETTINGS)).toEqual({});
    expect(secretProblems(EMPTY_SECRETS, EMPTY_SECRETS, DEFAULT_SETTINGS)).toEqual({});
  });

  it('ties each problem to its field', () => {
    const problems = settingsProblems(withSettings({ s3: { bucket: 'Bad_Bucket' }, history: { maxImages: 0 } }));
    expect(Object.keys(problems).sort()).toEqual(['history.maxImages', 's3.bucket', 's3.region']);
  });

  it('takes a monthly cap in whole dollars, 0 for none', () => {
    const cap = (monthlyCapUsd: number) => settingsProblems(withSettings({ budget: { monthlyCapUsd } }))['budget.monthlyCapUsd'];
    expect([cap(0), cap(25)]).toEqual([undefined, undefined]);
    expect(cap(-1)).toBe('Set a cap between $0 and $10,000 a month (0 means no cap).');
    expect(cap(Number.NaN)).toBe('Enter a whole number.');
  });

  it('checks a Bedrock region against the chosen model', () => {
    const omni = withSettings({ bedrock: { model: 'us.amazon.nova-2-omni-v1:0', region: 'eu-west-1' } });
    expect(settingsProblems(omni)['bedrock.region']).toMatch(/Nova 2 Omni \(preview\) is offered in us-east-1, us-east-2, and us-west-2/);
    const core = withSettings({ bedrock: { model: 'stability.stable-image-core-v1:1', region: 'us-east-1' } });
    expect(settingsProblems(core)['bedrock.region']).toMatch(/Stable Image Core is offered in us-west-2/);
    const stability = withSettings({ bedrock: { model: 'stability.stable-image-core-v1:1', region: 'us-west-2' } });
    expect(settingsProblems(stability)['bedrock.region']).toBeUndefined();
  });

  it('names the replacement of a model AWS has ended', () => {
    const ended = settingsProblems(withSettings({ bedrock: { model: 'stability.stable-diffusion-xl-v1', region: 'us-west-2' } }));
    expect(ended['bedrock.model']).toMatch(/^Stable Diffusion XL 1.0 is no longer offered\. .* Choose Stable Diffusion 3\.5 Large instead\.$/);
    expect(ended['bedrock.region']).toBeUndefined();
  });

  it('lets a custom endpoint use any well-formed region', () => {
    const emulated = withSettings({ comprehend: { region: 'eu-north-1', endpoint: 'http://localhost:4566' } });
    expect(settingsProblems(emulated)['comprehend.region']).toBeUndefined();
    expect(settingsProblems(withSettings({ comprehend: { region: 'eu-north-1' } }))['comprehend.region']).toMatch(/Amazon Comprehend is offered/);
  });

  it('catches a Cognito region that differs from the pool', () => {
    const aws = { credentialKind: 'cognito' as const, identityPoolId: 'eu-west-1:1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d' };
    expect(settingsProblems(withSettings({ aws: { ...aws, cognitoRegion: 'us-east-1' } }))['aws.cognitoRegion']).toMatch(/lives in eu-west-1/);
    expect(settingsProblems(withSettings({ aws: { ...aws, cognitoRegion: 'eu-west-1' } }))['aws.cognitoRegion']).toBeUndefined();
  });

  it('asks for the session token of temporary keys, and ignores spaces around pasted keys', () => {
    const typed = { ...EMPTY_SECRETS, awsAccessKeyId: ' ASIAIOSFODNN7EXAMPLE\n' };
    const effective = { ...EMPTY_SECRETS, awsAccessKeyId: 'ASIAIOSFODNN7EXAMPLE', awsSecretAccessKey: 'x'.repeat(40) };
    expect(secretProblems(typed, effective, DEFAULT_SETTINGS)).toEqual({ awsSessionToken: expect.stringMatching(/ASIA are temporary/) });
    expect(secretProblems(typed, { ...effective, awsSessionToken: 'token' }, DEFAULT_SETTINGS)).toEqual({});
  });

  it('takes other key shapes behind a custom endpoint, such as the emulator’s', () => {
    const keys = { ...EMPTY_SECRETS, openaiApiKey: 'local-gateway-key', awsAccessKeyId: 'AKIDEXAMPLEPOSTTOIMG', awsSecretAccessKey: 'minio-secret' };
    expect(Object.keys(secretProblems(keys, keys, DEFAULT_SETTINGS)).sort()).toEqual(['awsAccessKeyId', 'awsSecretAccessKey', 'openaiApiKey']);
    const custom = withSettings({ s3: { endpoint: 'http://localhost:4566' }, openai: { baseURL: 'http://localhost:4566/v1' } });
    expect(secretProblems(keys, keys, custom)).toEqual({});
    expect(secretProblems({ ...keys, awsAccessKeyId: 'AKID EXAMPLE' }, keys, custom)).toEqual({ awsAccessKeyId: expect.stringMatching(/Remove the spaces/) });
  });
});
