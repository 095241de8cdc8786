import type { EmulatorRequest } from '../types';

/**
 * The OpenAI calls the emulator answered, with their parameters, so tests can check what a client really
 * sent. The server's request log has no room for bodies; this keeps them per emulator (by Host header).
 */

export interface ReceivedOpenAICall {
  operation: string;
  /** The JSON body as received (for images.generate); the prompt is left in. */
  body: Record<string, unknown>;
  organization?: string;
  project?: string;
}

/** Enough for any test; a long-running emulator keeps only the latest. */
const KEPT_PER_EMULATOR = 100;

const calls = new Map<string, ReceivedOpenAICall[]>();

export function recordCall(request: EmulatorRequest, operation: string, body: Record<string, unknown>): void {
  const host = request.headers.host ?? '';
  const list = calls.get(host) ?? [];
  list.push({ operation, body, organization: request.headers['openai-organization'], project: request.headers['openai-project'] });
  calls.set(host, list.slice(-KEPT_PER_EMULATOR));
}

/** The calls answered by the emulator at `url` (its `url` property), oldest first; a reset does not clear them. */
export function openaiCallsTo(url: string): ReceivedOpenAICall[] {
  return [...(calls.get(new URL(url).host) ?? [])];
}
