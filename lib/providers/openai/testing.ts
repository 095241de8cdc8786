import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../../emulator/server';
import type { GenerateRequest } from '../types';
import type { OpenAIConfig } from './client';

/** For tests: the project's emulator standing in for OpenAI, and requests to send it. */

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
    model: 'gpt-image-1-mini',
    baseURL: `${context.emulator.url}/v1`,
    quality: 'low',
    maxRetries: 0,
    ...overrides,
  });
  return context;
}

export function generateRequest(overrides: Partial<GenerateRequest> = {}): GenerateRequest {
  return {
    prompt: 'A calm editorial illustration of a team shipping a product launch, warm light',
    format: 'landscape',
    style: 'illustration',
    headline: 'We shipped it',
    count: 1,
    signal: new AbortController().signal,
    analysis: {
      languageCode: 'en',
      languageScore: 1,
      sentiment: 'POSITIVE',
      sentimentScore: { Positive: 0.9, Negative: 0, Neutral: 0.1, Mixed: 0 },
      keyPhrases: [],
      entities: [],
      analyser: 'local',
      note: 'Analysed on this device.',
    },
    ...overrides,
  };
}
