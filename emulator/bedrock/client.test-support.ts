import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { RunningEmulator } from '../server';
import { EMULATOR_KEYS } from '../emulator.test-support';
import type { AwsCredentialPair } from '../types';

/** For tests: a real Bedrock Runtime client pointed at a running emulator. */

/** Node's default for this client is HTTP/2, which the emulator does not speak. */
export function http1Handler(requestTimeout = 30_000): NodeHttpHandler {
  return new NodeHttpHandler({ requestTimeout, throwOnRequestTimeout: true });
}

export function bedrockClientFor(
  emulator: RunningEmulator,
  options: { credentials?: AwsCredentialPair; maxAttempts?: number; region?: string } = {},
): BedrockRuntimeClient {
  return new BedrockRuntimeClient({
    region: options.region ?? 'us-east-1',
    endpoint: emulator.url,
    credentials: options.credentials ?? EMULATOR_KEYS,
    maxAttempts: options.maxAttempts ?? 1,
    requestHandler: http1Handler(),
  });
}
