import { randomBytes } from 'node:crypto';
import type { EmulatorResponse } from '../types';

/** OpenAI's wire forms: JSON answers with a request ID, and errors as {"error":{message,type,param,code}}. */

export interface OpenAIErrorBody {
  message: string;
  type: string;
  param: string | null;
  code: string | null;
}

export function requestIdHeaders(): Record<string, string> {
  return { 'x-request-id': `req_${randomBytes(16).toString('hex')}`, 'openai-version': '2020-10-01' };
}

export function openaiJson(status: number, value: unknown, headers: Record<string, string> = {}): EmulatorResponse {
  return { status, headers: { 'content-type': 'application/json', ...requestIdHeaders(), ...headers }, body: JSON.stringify(value) };
}

export function openaiError(status: number, error: OpenAIErrorBody, headers: Record<string, string> = {}): EmulatorResponse {
  return { ...openaiJson(status, { error }, headers), errorCode: error.code ?? error.type };
}

/** A 400 invalid_request_error, the API's answer to most bad parameters. */
export function invalidRequest(message: string, param: string | null, code: string | null): EmulatorResponse {
  return openaiError(400, { message, type: 'invalid_request_error', param, code });
}

export function unixSeconds(): number {
  return Math.floor(Date.now() / 1000);
}
