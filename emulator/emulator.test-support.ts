import { ComprehendClient } from '@aws-sdk/client-comprehend';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { DEFAULT_CREDENTIALS, type RunningEmulator, startEmulator } from './server';
import type { AwsCredentialPair } from './types';

/** For tests: the emulator's default keys, and a real Comprehend client pointed at a running emulator. */

export const EMULATOR_KEYS: AwsCredentialPair = DEFAULT_CREDENTIALS[0]!;

export function comprehendClientFor(
  emulator: RunningEmulator,
  options: { credentials?: AwsCredentialPair; maxAttempts?: number } = {},
): ComprehendClient {
  return new ComprehendClient({
    region: 'eu-west-1',
    endpoint: emulator.url,
    credentials: options.credentials ?? EMULATOR_KEYS,
    maxAttempts: options.maxAttempts ?? 1,
  });
}

/** The error an AWS SDK call fails with, so its name, status and message can be checked. */
export async function awsFailureOf(promise: Promise<unknown>): Promise<Error & { $metadata: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { $metadata: { httpStatusCode?: number } };
  }
  throw new Error('the call succeeded');
}

/** Starts an emulator for the calling test file, reset before each test and pinned to `today` (YYYY-MM-DD). */
export function useEmulatorOn(today: string): { readonly emulator: RunningEmulator } {
  const context = {} as { emulator: RunningEmulator };
  beforeAll(async () => {
    context.emulator = await startEmulator();
  });
  afterAll(() => context.emulator.close());
  beforeEach(() => {
    context.emulator.reset();
    context.emulator.knobs.today = today;
  });
  return context;
}
