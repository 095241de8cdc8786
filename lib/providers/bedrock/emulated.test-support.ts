/** Test-only: Bedrock provider settings aimed at a running emulator. */
import { http1Handler } from '../../../emulator/bedrock/client.test-support';
import type { RunningEmulator } from '../../../emulator/server';
import { EMULATOR_KEYS } from '../../../emulator/emulator.test-support';
import type { BedrockConfig } from '../bedrock';
import { generateRequest } from '../request.test-support';
import type { BedrockModelId } from './models';

export const POST_PROMPT = generateRequest().prompt;

/** Stability's models are offered in us-west-2 only; the others in us-east-1 among others. */
export function bedrockConfigFor(emulator: RunningEmulator, model: BedrockModelId, overrides: Partial<BedrockConfig> = {}): BedrockConfig {
  return {
    region: model.startsWith('stability.') ? 'us-west-2' : 'us-east-1',
    endpoint: emulator.url,
    credentials: { kind: 'static', ...EMULATOR_KEYS },
    model,
    maxAttempts: 1,
    requestHandler: http1Handler(),
    ...overrides,
  };
}
