import type { EmulatorResponse } from '../types';
import { renderImage } from './render';
import { invalidRequest, openaiError, openaiJson, unixSeconds } from './wire';

/**
 * Answers for injected faults (knobs: {service: 'openai', error: <name>}), as the real API sends them.
 * The server itself handles 'timeout' (never answers) and 'malformed' (unparseable JSON).
 */

/** Short waits, so tests that retry stay quick; the SDK prefers retry-after-ms to retry-after. */
const RATE_LIMIT_HEADERS = {
  'retry-after': '1',
  'retry-after-ms': '20',
  'x-ratelimit-limit-requests': '5',
  'x-ratelimit-remaining-requests': '0',
  'x-ratelimit-reset-requests': '20ms',
};

/** Above LinkedIn's 5 MB by far: a 2960x2960 PNG stored without compression is about 26 MB. */
const HUGE_IMAGE_SIDE = 2960;

export function safetyRefusal(family: 'gpt-image' | 'dall-e'): EmulatorResponse {
  if (family === 'dall-e') {
    return invalidRequest(
      'Your request was rejected as a result of our safety system. Your prompt may contain text that is not allowed by our safety system.',
      null,
      'content_policy_violation',
    );
  }
  return openaiError(400, {
    message:
      'Your request was rejected by the safety system. If you believe this is an error, contact us at help.openai.com and include the request ID. safety_violations=[violence].',
    type: 'image_generation_user_error',
    param: null,
    code: 'moderation_blocked',
  });
}

const FAULTS: Readonly<Record<string, () => EmulatorResponse>> = {
  rate_limit_exceeded: () =>
    openaiError(
      429,
      {
        message:
          'Rate limit reached for gpt-image-1 in organization org-emulator on images per minute (IPM): Limit 5, Used 5, Requested 1. Please try again in 12s. Visit https://platform.openai.com/account/rate-limits to learn more.',
        type: 'requests',
        param: null,
        code: 'rate_limit_exceeded',
      },
      RATE_LIMIT_HEADERS,
    ),
  insufficient_quota: () =>
    openaiError(429, {
      message:
        'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
      type: 'insufficient_quota',
      param: null,
      code: 'insufficient_quota',
    }),
  server_error: () =>
    openaiError(500, {
      message: 'The server had an error while processing your request. Sorry about that!',
      type: 'server_error',
      param: null,
      code: null,
    }),
  moderation_blocked: () => safetyRefusal('gpt-image'),
  content_policy_violation: () => safetyRefusal('dall-e'),
  organization_not_verified: () =>
    openaiError(403, {
      message:
        'Your organization must be verified to use the model `gpt-image-1`. Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization. If you just verified, it can take up to 15 minutes for access to propagate.',
      type: 'invalid_request_error',
      param: null,
      code: null,
    }),
  model_not_found: () =>
    openaiError(404, {
      message: 'The model `gpt-image-1` does not exist or you do not have access to it.',
      type: 'invalid_request_error',
      param: null,
      code: 'model_not_found',
    }),
  truncated_base64: () => {
    const whole = Buffer.from(renderImage('truncated', { width: 1024, height: 1024, format: 'png' })).toString('base64');
    return { ...openaiJson(200, { created: unixSeconds(), data: [{ b64_json: whole.slice(0, Math.floor(whole.length * 0.6)) }] }), errorCode: 'truncated_base64' };
  },
  huge_image: () => {
    const side = HUGE_IMAGE_SIDE;
    const bytes = renderImage('huge', { width: side, height: side, format: 'png', pngDeflateLevel: 0 });
    const answer = { created: unixSeconds(), data: [{ b64_json: Buffer.from(bytes).toString('base64') }], size: `${side}x${side}`, output_format: 'png' };
    return { ...openaiJson(200, answer), errorCode: 'huge_image' };
  },
};

/** Any other fault name answers a 400 with that name as its code. */
export function faultResponse(name: string): EmulatorResponse {
  return FAULTS[name]?.() ?? invalidRequest(`Emulated failure: ${name}.`, null, name);
}
