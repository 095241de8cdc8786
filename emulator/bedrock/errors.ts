import { randomUUID } from 'node:crypto';
import type { EmulatorResponse } from '../types';

/**
 * Bedrock Runtime's errors as restJson1 sends them: the code in an x-amzn-ErrorType header with a
 * namespace after the colon (the SDK strips it), the message in a {"message"} body, and the status
 * the service model gives each code.
 */

const BEDROCK_NAMESPACE = 'http://internal.amazon.com/coral/com.amazon.bedrock/';
/** Authentication failures come from the shared front door, which names its own namespace. */
const CORAL_NAMESPACE = 'http://internal.amazon.com/coral/com.amazon.coral.service/';

/** What Bedrock answers for a model ID it does not serve in the signing region (aws-samples/amazon-bedrock-workshop#340). */
export const INVALID_MODEL_MESSAGE = 'The provided model identifier is invalid.';

const AUTH_CODES = new Set([
  'MissingAuthenticationTokenException',
  'IncompleteSignatureException',
  'UnrecognizedClientException',
  'InvalidSignatureException',
]);

/** Each code's status, and the message Bedrock usually sends with it. */
export const KNOWN_ERRORS: Record<string, { status: number; message: string }> = {
  AccessDeniedException: { status: 403, message: "You don't have access to the model with the specified model ID." },
  ValidationException: { status: 400, message: 'Malformed input request, please reformat your input and try again.' },
  ConflictException: { status: 400, message: 'The request conflicts with the current state of the resource.' },
  ServiceQuotaExceededException: {
    status: 400,
    message:
      'Your request exceeds the service quota for your account. You can view your quotas at https://docs.aws.amazon.com/servicequotas/latest/userguide/gs-request-quota.html. You can resubmit your request later.',
  },
  ThrottlingException: { status: 429, message: 'Too many requests, please wait before trying again.' },
  ModelNotReadyException: {
    status: 429,
    message:
      'Model is not ready to serve inference requests. The AWS SDK will automatically retry the operation up to 5 times. For information about configuring automatic retries, see Retry behavior in the AWS SDKs and Tools reference guide.',
  },
  ModelTimeoutException: { status: 408, message: 'Model has timed out in processing the request. Try your request again.' },
  ModelErrorException: { status: 424, message: 'The system encountered an unexpected error during processing. Try your request again.' },
  ResourceNotFoundException: {
    status: 404,
    message: 'This model version has reached the end of its life. Please refer to the AWS documentation for more details.',
  },
  InternalServerException: { status: 500, message: 'The server encountered an internal error while processing the request. Try your request again.' },
  ServiceUnavailableException: { status: 503, message: 'The service is temporarily unable to handle the request. Try your request again later.' },
};

export function restJsonError(code: string, message = KNOWN_ERRORS[code]?.message ?? code, status = KNOWN_ERRORS[code]?.status ?? 400): EmulatorResponse {
  const namespace = AUTH_CODES.has(code) ? CORAL_NAMESPACE : BEDROCK_NAMESPACE;
  return {
    status,
    headers: { 'content-type': 'application/json', 'x-amzn-errortype': `${code}:${namespace}`, 'x-amzn-requestid': randomUUID() },
    body: JSON.stringify({ message }),
    errorCode: code,
  };
}

/**
 * Failures with their own wording that tests and demos ask for by name (as a knob fault's `error`),
 * each answered with the code and message AWS really sends in that situation.
 */
export function namedFailure(name: string, modelId: string): EmulatorResponse | undefined {
  switch (name) {
    case 'not-in-region':
      return restJsonError('ValidationException', INVALID_MODEL_MESSAGE);
    case 'not-authorized':
      return restJsonError(
        'AccessDeniedException',
        `User: arn:aws:iam::123456789012:user/emulator is not authorized to perform: bedrock:InvokeModel on resource: arn:aws:bedrock:us-east-1::foundation-model/${modelId} because no identity-based policy allows the bedrock:InvokeModel action`,
      );
    // Third-party models subscribe through AWS Marketplace on first use (anthropics/claude-code#9681 and others).
    case 'marketplace':
      return restJsonError(
        'AccessDeniedException',
        'Model access is denied due to IAM user or service role is not authorized to perform the required AWS Marketplace actions (aws-marketplace:ViewSubscriptions, aws-marketplace:Subscribe) to enable access to this model. Refer to the Amazon Bedrock documentation for further details. Your AWS Marketplace subscription for this model cannot be completed at this time. If you recently fixed this issue, try again after 2 minutes.',
      );
    default:
      return undefined;
  }
}
