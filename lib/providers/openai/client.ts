import OpenAI from 'openai';
import { UserFacingError } from '../../errors';
import type { OpenAIImageModel, OpenAIQuality } from './models';

export interface OpenAIConfig {
  apiKey: string;
  model: OpenAIImageModel;
  /** Another endpoint than OpenAI's (a proxy, the project's emulator); ends before /images/generations. */
  baseURL?: string;
  organization?: string;
  project?: string;
  timeoutMs?: number;
  quality?: OpenAIQuality;
  /**
   * Retries of free calls (the settings test) after a rate limit, a server error or a dropped connection; image
   * calls retry rate limits only, as many times (rate-limits.ts). 2 by default, as the SDK's.
   */
  maxRetries?: number;
}

const OPENAI_BASE_URL = 'https://api.openai.com/v1';

export const retriesOf = (config: OpenAIConfig) => config.maxRetries ?? 2;

/** A high-quality image can take two minutes; past three something is wrong. */
const DEFAULT_TIMEOUT_MS = 180_000;

export function createOpenAIClient(config: OpenAIConfig): OpenAI {
  if (!config.apiKey.trim()) throw new UserFacingError("Enter an OpenAI API key in Post to Image's options.", 'bad-key');
  return new OpenAI({
    apiKey: config.apiKey.trim(),
    // Explicit values throughout: left undefined, the SDK would read OPENAI_* environment variables.
    baseURL: config.baseURL?.trim() || OPENAI_BASE_URL,
    organization: config.organization?.trim() || null,
    project: config.project?.trim() || null,
    timeout: config.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxRetries: retriesOf(config),
    // The SDK refuses to run in pages unless told to; extension pages keep the key in their own storage.
    dangerouslyAllowBrowser: true,
    fetch: fetchWithoutQuotaRetries,
  });
}

/**
 * OpenAI answers an exhausted quota with 429, like a rate limit, and the SDK (and rate-limits.ts for image calls)
 * retries every 429. Waiting cannot bring credit back, so such answers are marked with the header that says not to.
 */
async function fetchWithoutQuotaRetries(input: string | URL | Request, init?: RequestInit): Promise<Response> {
  const response = await fetch(input, init);
  if (response.status !== 429) return response;
  const body = await response.text();
  const headers = new Headers(response.headers);
  if (body.includes('"insufficient_quota"')) headers.set('x-should-retry', 'false');
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
