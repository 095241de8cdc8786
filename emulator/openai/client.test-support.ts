import OpenAI, { APIError } from 'openai';
import { PNG } from 'pngjs';
import { DEFAULT_OPENAI_KEY } from '../openai';
import type { RunningEmulator } from '../server';

/** For tests: a real OpenAI client pointed at a running emulator, and readers for what it answers. */

export interface OpenAIClientOptions {
  apiKey?: string;
  /** 0 unless given: tests see each answer as sent. */
  maxRetries?: number;
  timeout?: number;
  /** The base URL's path (default /v1). */
  prefix?: string;
}

export function openaiClientFor(emulator: RunningEmulator, options: OpenAIClientOptions = {}): OpenAI {
  return new OpenAI({
    apiKey: options.apiKey ?? DEFAULT_OPENAI_KEY,
    baseURL: `${emulator.url}${options.prefix ?? '/v1'}`,
    maxRetries: options.maxRetries ?? 0,
    timeout: options.timeout,
    organization: 'org-emulated',
    project: 'proj_emulated',
  });
}

export function decodePng(base64: string | undefined): PNG {
  return PNG.sync.read(Buffer.from(base64 ?? '', 'base64'));
}

/** The API error a call fails with, so its status, code and message can be checked. */
export async function apiFailureOf(promise: Promise<unknown>): Promise<APIError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof APIError) return error;
    throw error;
  }
  throw new Error('the call succeeded');
}
