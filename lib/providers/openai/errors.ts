import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { CANCELLED, UserFacingError } from '../../errors';
import { CutAnswer } from '../../answer-body';
import { NOT_OPENAI } from './answer';
import { badResponse } from './images';
import { modelUnavailableSentence } from './unavailable';

/**
 * One sentence, for a person, saying why OpenAI made no image. Built from the error's status, code and
 * class only: OpenAI's own messages can echo part of the API key, so they are never passed on.
 */


type Failure = [sentence: string, code: string];

const badKey = (): Failure => ["OpenAI refused the API key. Check it in Post to Image's options.", 'bad-key'];
const modelMissing = (model: string): Failure => [modelUnavailableSentence(model), 'model-unavailable'];
const rateLimited = (): Failure => ['OpenAI is getting too many requests from this account: wait a minute, then try again.', 'rate-limited'];
const safety = (): Failure => ["OpenAI's safety system refused this prompt. Soften the prompt and try again.", 'safety'];

/** Sentences for OpenAI's error codes, whatever the status (errors inside a stream come without one). */
const BY_CODE: Readonly<Record<string, (model: string) => Failure>> = {
  invalid_api_key: badKey,
  model_not_found: modelMissing,
  rate_limit_exceeded: rateLimited,
  insufficient_quota: () => [
    "OpenAI says this account is out of credit: add credit or raise the budget in OpenAI's billing settings, then try again.",
    'quota',
  ],
  moderation_blocked: safety,
  content_policy_violation: safety,
  unknown_parameter: (model) => [
    `OpenAI refused a setting Post to Image sent to ${model} (a bug in Post to Image): pick another model in the options for now.`,
    'bad-request',
  ],
  unsupported_country_region_territory: () => ['OpenAI does not serve this country or region.', 'no-access'],
};

/** Sentences for statuses whose code says nothing more. */
function byStatus(error: APIError, model: string): Failure {
  const status = error.status ?? 0;
  // OpenAI's errors are JSON with an `error` object; a gateway's page or JSON is the network's failure, not OpenAI's.
  if (!fromOpenAI(error) && status !== 429 && status >= 500) return [NOT_OPENAI, 'network'];
  if (status === 401) return badKey();
  if (status === 403) return noAccess(error, model);
  if (status === 404) return modelMissing(model);
  if (status === 429) return rateLimited();
  if (status === 400) return [`OpenAI refused the request for ${model}: pick another model in the options, or shorten the post.`, 'bad-request'];
  if (status >= 500) return ['OpenAI had a problem on its side: try again in a few minutes.', 'unavailable'];
  return ['OpenAI stopped before the image was ready: try again.', 'unavailable'];
}

function fromOpenAI(error: APIError): boolean {
  return typeof error.error === 'object' && error.error !== null;
}

function noAccess(error: APIError, model: string): Failure {
  // The message is only tested, never shown: verification is the usual reason, and it has its own remedy.
  if (/verif/i.test(error.message)) {
    return [
      `OpenAI serves ${model} only to verified organisations: verify yours in OpenAI's organisation settings, or pick another model in the options.`,
      'no-access',
    ];
  }
  return [`This OpenAI key has no access to ${model}: allow the model for its project in OpenAI's settings, or pick another model.`, 'no-access'];
}

/**
 * What to throw instead of anything a call to OpenAI threw: a UserFacingError for every failure OpenAI or
 * the network can cause. Anything else (a bug) is returned as it is, so it is reported as unexpected.
 */
export function openAIFailure(error: unknown, model: string, signal?: AbortSignal): unknown {
  // First: once cancelled, whatever broke on the way (a cut-off stream) is the cancellation's doing.
  if (signal?.aborted || error instanceof APIUserAbortError) return new UserFacingError(CANCELLED, 'cancelled');
  if (error instanceof UserFacingError) return error;
  if (error instanceof APIConnectionTimeoutError) {
    return new UserFacingError('OpenAI did not answer in time: try again, or pick a lower quality in the options.', 'timeout');
  }
  if (error instanceof CutAnswer) {
    return new UserFacingError("OpenAI's answer was cut off on the way (the connection or a proxy dropped it): check the connection, then try again.", 'network');
  }
  if (error instanceof APIConnectionError) {
    return new UserFacingError('OpenAI could not be reached: check the connection (and the endpoint in the options), then try again.', 'network');
  }
  if (error instanceof APIError) {
    const byCode = typeof error.code === 'string' ? BY_CODE[error.code] : undefined;
    return new UserFacingError(...(byCode?.(model) ?? byStatus(error, model)));
  }
  // The SDK parses JSON itself and lets a SyntaxError through when the answer is not JSON.
  if (error instanceof SyntaxError) return badResponse();
  return error;
}
