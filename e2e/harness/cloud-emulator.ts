import { type RunningEmulator, startEmulator } from '../../emulator/server';
import type { AwsCredentialPair } from '../../emulator/types';

/** Fake keys in the shapes AWS and OpenAI use; the emulator accepts exactly these. */
export const AWS_KEYS: AwsCredentialPair = {
  accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
  secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
};
export const OPENAI_KEY = 'sk-test-fake-0123456789abcdefghij';

/** The cloud emulator, taking only the test keys above. */
export function startCloudEmulator(): Promise<RunningEmulator> {
  return startEmulator({ credentials: [AWS_KEYS], openaiKeys: [OPENAI_KEY] });
}

/** The operations one service was asked for, in order (the emulator's request log). */
export function operationsOf(emulator: RunningEmulator, service: string): string[] {
  return emulator.log.filter((entry) => entry.service === service).map((entry) => entry.operation);
}
