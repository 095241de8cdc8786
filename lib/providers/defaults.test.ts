import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { http1Handler } from '../../emulator/bedrock/testing';
import { type RunningEmulator, startEmulator } from '../../emulator/server';
import { EMULATOR_KEYS } from '../../emulator/testing';
import { UserFacingError } from '../errors';
import { bedrockConfig, openaiConfig } from '../settings/resolve';
import { DEFAULT_SETTINGS } from '../settings/schema';
import { EMPTY_SECRETS } from '../settings/secrets';
import { createBedrockProvider } from './bedrock';
import { createOpenAIProvider } from './openai';
import { generateRequest } from './request.test-helpers';

/** A fresh profile's defaults against providers that answer as they do on 2026-12-04. */

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
  it('OpenAI: the old default, gpt-image-1-mini, is refused as shut down', async () => {
    const settings = { ...DEFAULT_SETTINGS, openai: { ...DEFAULT_SETTINGS.openai, baseURL: `${emulator.url}/v1` } };
    const config = { ...openaiConfig(settings, { ...EMPTY_SECRETS, openaiApiKey: 'sk-fake-emulator-key-for-post-to-image' })!, maxRetries: 0 };
    expect((await failureOf(createOpenAIProvider(config).generate(generateRequest()))).code).toBe('model-unavailable');
  });

  it('Bedrock: the old default, Titan Image Generator v2, is refused as ended', async () => {
    const settings = { ...DEFAULT_SETTINGS, bedrock: { ...DEFAULT_SETTINGS.bedrock, endpoint: emulator.url } };
    const secrets = { ...EMPTY_SECRETS, awsAccessKeyId: EMULATOR_KEYS.accessKeyId, awsSecretAccessKey: EMULATOR_KEYS.secretAccessKey };
    const config = { ...bedrockConfig(settings, secrets)!, requestHandler: http1Handler(), maxAttempts: 1 };
    const failure = await failureOf(createBedrockProvider(config).generate(generateRequest()));
    expect([failure.code, failure.message]).toEqual(['model-unavailable', expect.stringContaining('end of its life')]);
  });
});
