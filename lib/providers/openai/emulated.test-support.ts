import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../../emulator/server';
import type { OpenAIConfig } from './client';

/** For tests: the project's emulator standing in for OpenAI. */

export const TEST_KEY = 'sk-test-post-to-image-SECRET-7391';

export interface EmulatedOpenAI {
  emulator: RunningEmulator;
  config(overrides?: Partial<OpenAIConfig>): OpenAIConfig;
}

/** Starts an emulator for the calling test file (accepting TEST_KEY only) and resets it before each test. */
export function useEmulatedOpenAI(): EmulatedOpenAI {
  const context = {} as EmulatedOpenAI;
  beforeAll(async () => {
    context.emulator = await startEmulator({ openaiKeys: [TEST_KEY] });
  });
  afterAll(() => context.emulator.close());
  beforeEach(() => context.emulator.reset());
  context.config = (overrides = {}) => ({
    apiKey: TEST_KEY,
    model: 'gpt-image-2.5-flare',
    baseURL: `${context.emulator.url}/v1`,
    quality: 'low',
    maxRetries: 0,
    ...overrides,
  });
  return context;
}
