import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http1Handler } from '../../emulator/bedrock/client.test-support';
import { type RunningEmulator, startEmulator } from '../../emulator/server';
import { EMULATOR_KEYS } from '../../emulator/emulator.test-support';
import { UserFacingError } from '../errors';
import { bedrockConfig, openaiConfig } from '../settings/resolve';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { EMPTY_SECRETS } from '../settings/secrets';
import { DEFAULT_OPENAI_KEY } from '../../emulator/openai';
import { BEDROCK_MODELS, createBedrockProvider } from './bedrock';
import type { BedrockModel } from './bedrock/models';
import { isShutDown, todayUtc } from './lifecycle';
import { createOpenAIProvider, OPENAI_IMAGE_MODELS } from './openai';
import { generateRequest } from './request.test-support';

/** A fresh profile's defaults against providers that answer as they do on 2026-12-04, and against the catalogue's dates. */

const TODAY = '2026-12-04';
let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
  emulator.knobs.today = TODAY;
});
afterAll(() => emulator.close());

async function failureOf(promise: Promise<unknown>): Promise<UserFacingError> {
  const error = await promise.then(() => undefined, (thrown: unknown) => thrown);
  if (error instanceof UserFacingError) return error;
  throw new Error(`expected a UserFacingError, got ${String(error)}`);
}

describe(`the default models on ${TODAY}`, () => {
  it('OpenAI: the default makes an image', async () => {
    const settings = { ...DEFAULT_SETTINGS, openai: { ...DEFAULT_SETTINGS.openai, baseURL: `${emulator.url}/v1` } };
    const config = { ...openaiConfig(settings, { ...EMPTY_SECRETS, openaiApiKey: DEFAULT_OPENAI_KEY })!, maxRetries: 0 };
    expect(await createOpenAIProvider(config).generate(generateRequest())).toHaveLength(1);
  });

  it('Bedrock: the default makes an image in the default region', async () => {
    const settings = { ...DEFAULT_SETTINGS, bedrock: { ...DEFAULT_SETTINGS.bedrock, endpoint: emulator.url } };
    const secrets = { ...EMPTY_SECRETS, awsAccessKeyId: EMULATOR_KEYS.accessKeyId, awsSecretAccessKey: EMULATOR_KEYS.secretAccessKey };
    const config = { ...bedrockConfig(settings, secrets)!, requestHandler: http1Handler(), maxAttempts: 1 };
    expect(await createBedrockProvider(config).generate(generateRequest())).toHaveLength(1);
  });

  it('the old defaults, gpt-image-1-mini and Titan Image Generator v2, are refused, each in a sentence naming a model that works', async () => {
    const openai = { ...openaiConfig(DEFAULT_SETTINGS, { ...EMPTY_SECRETS, openaiApiKey: DEFAULT_OPENAI_KEY })!, baseURL: `${emulator.url}/v1`, model: 'gpt-image-1-mini' as const, maxRetries: 0 };
    expect(await failureOf(createOpenAIProvider(openai).generate(generateRequest()))).toMatchObject({
      code: 'model-unavailable',
      message: 'OpenAI shut gpt-image-1-mini down on 2026-12-01: switch to GPT Image 2.5 Flare in the options.',
    });
    const secrets = { ...EMPTY_SECRETS, awsAccessKeyId: EMULATOR_KEYS.accessKeyId, awsSecretAccessKey: EMULATOR_KEYS.secretAccessKey };
    const titan = { ...bedrockConfig(DEFAULT_SETTINGS, secrets)!, endpoint: emulator.url, model: 'amazon.titan-image-generator-v2:0' as const, region: 'us-east-1' };
    expect(await failureOf(createBedrockProvider({ ...titan, requestHandler: http1Handler(), maxAttempts: 1 }).generate(generateRequest()))).toMatchObject({
      code: 'model-unavailable',
      message: 'Amazon Titan Image Generator v2 has reached the end of its life on Amazon Bedrock — switch to Stable Image Core (us-west-2) in the options.',
    });
  });
});

describe('the catalogue cannot rot silently', () => {
  it('no default model is past its shutdown date by the catalogue’s own dates', () => {
    const today = todayUtc();
    expect(isShutDown(OPENAI_IMAGE_MODELS[DEFAULT_SETTINGS.openai.model].shutdown, today)).toBe(false);
    const bedrock: BedrockModel = BEDROCK_MODELS[DEFAULT_SETTINGS.bedrock.model];
    expect(isShutDown(bedrock.shutdown, today)).toBe(false);
    expect(bedrock.regions).toContain(DEFAULT_SETTINGS.bedrock.region);
  });
});
