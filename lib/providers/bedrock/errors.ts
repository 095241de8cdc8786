import { BedrockRuntimeServiceException } from '@aws-sdk/client-bedrock-runtime';
import { awsFailureKind } from '../../aws/failure-kind';
import { CANCELLED, UserFacingError } from '../../errors';
import { BEDROCK_MODELS, type BedrockModel } from './models';

/**
 * Bedrock failures as sentences a person can act on. Built from the error's name, status and a few
 * known phrases of its message, never by quoting the message, so neither secrets, account ARNs nor
 * the post's text can reach a sentence.
 */

export interface FailureContext {
  model: BedrockModel;
  region: string;
  signal: AbortSignal;
}

const TIMED_OUT = 'Amazon Bedrock did not answer in time — try again.';
const THROTTLED = 'Amazon Bedrock is busy (too many requests, even after retrying) — wait a minute and try again.';

export function safetyRefusal(model: BedrockModel, stage: 'prompt' | 'output'): UserFacingError {
  const refusal = stage === 'prompt' ? `${model.label} refused this prompt.` : `${model.label} held back the image it made (content filter).`;
  return new UserFacingError(`${refusal} Soften the prompt and try again.`, 'safety');
}

export function unreadableAnswer(cause?: unknown): UserFacingError {
  return new UserFacingError('Amazon Bedrock sent an answer that could not be read — try again.', 'bad-response', { cause });
}

export function modelFailed(model: BedrockModel): UserFacingError {
  return new UserFacingError(`${model.label} failed while making the image — try again.`, 'service-error');
}

export function bedrockFailure(error: unknown, context: FailureContext): UserFacingError {
  if (error instanceof UserFacingError) return error;
  if (context.signal.aborted) {
    // AbortSignal.timeout() and a person pressing Cancel both abort; only the reason tells them apart.
    const timedOut = context.signal.reason instanceof DOMException && context.signal.reason.name === 'TimeoutError';
    return timedOut ? failure('timeout', TIMED_OUT, error) : failure('cancelled', CANCELLED, error);
  }
  switch (awsFailureKind(error)) {
    case 'timed-out':
      return failure('timeout', TIMED_OUT, error);
    case 'unreached':
      return failure('network', 'Amazon Bedrock could not be reached (network error) — check the connection and the region.', error);
    case 'cut':
      return failure('network', 'The answer from Amazon Bedrock was cut off on the way (the connection or a proxy dropped it) — check the connection and try again.', error);
    case 'throttled':
      return failure('rate-limited', THROTTLED, error);
    case 'not-the-service':
      return failure('network', 'Something between Post to Image and Amazon Bedrock (a proxy or gateway) failed — check the connection and the endpoint in the options, then try again.', error);
    case 'unreadable':
      return unreadableAnswer(error);
    case 'service':
      break;
  }
  if (!(error instanceof BedrockRuntimeServiceException)) {
    // The credential provider's own failure: only a Cognito identity pool fetches credentials.
    return failure('bad-key', 'Amazon Cognito gave no credentials — check the identity pool in the options.', error);
  }
  const sentence = serviceSentence(error, context);
  return new UserFacingError(sentence.text, sentence.code, { cause: error });
}

/**
 * Whether Bedrock refused the call, so it was not billed: its own error answers. A gateway's failure, a cut
 * answer or a timeout leaves it unknown.
 */
export function refusedByBedrock(error: unknown): boolean {
  return awsFailureKind(error) === 'service' || awsFailureKind(error) === 'throttled';
}

function failure(code: string, sentence: string, cause: unknown): UserFacingError {
  return new UserFacingError(sentence, code, { cause });
}

function serviceSentence(error: BedrockRuntimeServiceException, { model, region }: FailureContext): { code: string; text: string } {
  const message = error.message ?? '';
  switch (error.name) {
    case 'AccessDeniedException':
      return { code: 'no-access', text: accessSentence(message, model, region) };
    case 'UnrecognizedClientException':
      return { code: 'bad-key', text: 'Amazon Bedrock does not recognise the AWS access key — check the access key ID in the options.' };
    case 'InvalidSignatureException':
    case 'IncompleteSignatureException':
    case 'MissingAuthenticationTokenException':
      // AWS reports clock skew as a bad signature too; the remedy differs.
      return /expired/i.test(message)
        ? { code: 'bad-key', text: "Amazon Bedrock says the request was signed at the wrong time — check this computer's clock." }
        : { code: 'bad-key', text: 'Amazon Bedrock rejected the request signature — check the secret access key in the options.' };
    case 'ExpiredTokenException':
      return { code: 'bad-key', text: 'AWS says the session token has expired — enter fresh keys in the options.' };
    case 'ResourceNotFoundException':
      return { code: 'model-unavailable', text: /end of its life/i.test(message) ? endedSentence(model) : unavailableSentence(model, region) };
    case 'ValidationException':
      return validationSentence(message, model, region);
    case 'ThrottlingException':
      return { code: 'rate-limited', text: THROTTLED };
    case 'ModelNotReadyException':
      return { code: 'rate-limited', text: `${model.label} is still starting up on Amazon Bedrock — try again in a minute.` };
    case 'ServiceQuotaExceededException':
      return {
        code: 'quota',
        text: `This AWS account has reached its Amazon Bedrock quota for ${model.label} — try again later, or ask for more in Service Quotas.`,
      };
    case 'ModelTimeoutException':
      return { code: 'timeout', text: `${model.label} took too long to make the image — try again.` };
    case 'ModelErrorException':
      return { code: 'service-error', text: modelFailed(model).message };
  }
  if ((error.$metadata.httpStatusCode ?? 500) >= 500) return { code: 'service-error', text: 'Amazon Bedrock had an internal error — try again later.' };
  return { code: 'bad-request', text: 'Amazon Bedrock refused the request — check the Bedrock settings in the options.' };
}

function accessSentence(message: string, model: BedrockModel, region: string): string {
  if (/not authorized to perform/i.test(message) && !/aws-marketplace/i.test(message)) {
    return `These AWS keys may not use ${model.label} (bedrock:InvokeModel is not allowed) — add that permission to their IAM policy.`;
  }
  // Third-party models subscribe through AWS Marketplace on first use; until that works, access is denied.
  if (model.family === 'stability' || model.family === 'sdxl' || /aws-marketplace/i.test(message)) {
    return `Amazon Bedrock could not open ${model.label} to this AWS account: its first use subscribes through AWS Marketplace, so allow aws-marketplace:Subscribe (and ViewSubscriptions) for these keys, then try again in a few minutes.`;
  }
  return `Amazon Bedrock gives these AWS keys no access to ${model.label} in ${region} — check the model's access in the Bedrock console and the keys' IAM policy.`;
}

function validationSentence(message: string, model: BedrockModel, region: string): { code: string; text: string } {
  if (/content filters/i.test(message)) return { code: 'safety', text: safetyRefusal(model, 'prompt').message };
  // What Bedrock answers for a model it does not serve in the region (aws-samples/amazon-bedrock-workshop#340).
  if (/model identifier is invalid/i.test(message)) return { code: 'model-unavailable', text: unavailableSentence(model, region) };
  return {
    code: 'bad-request',
    text: `Amazon Bedrock refused the request to ${model.label} as invalid — check its settings (style, CFG scale, seed) in the options.`,
  };
}

function endedSentence(model: BedrockModel): string {
  return `${model.label} has reached the end of its life on Amazon Bedrock — ${instead(model)}.`;
}

function unavailableSentence(model: BedrockModel, region: string): string {
  if (model.lifecycle.status !== 'active') return `${model.label} is no longer offered in ${region} — ${instead(model)}.`;
  const elsewhere = model.regions.filter((other) => other !== region);
  if (elsewhere.length === 0) return `${model.label} is not offered in ${region} — pick another model in the options.`;
  return `${model.label} is not offered in ${region} — switch the Bedrock region to ${orList(elsewhere)} in the options, or pick another model.`;
}

function instead(model: BedrockModel): string {
  if (!model.replacement) return 'pick another model in the options';
  const { label, regions } = BEDROCK_MODELS[model.replacement];
  return `switch to ${label} (${orList(regions)}) in the options`;
}

function orList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
