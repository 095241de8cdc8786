import { awsFailureKind } from '../aws/failure-kind';
import { UserFacingError } from '../errors';

/**
 * One sentence, for a person, saying why S3 did not take the image. Built from the error's name and
 * status and the bucket's name only: never from S3's message, so no key or post text can leak into it.
 */

interface Where {
  bucket: string;
  region: string;
  endpoint?: string;
}

interface SdkErrorShape {
  name?: string;
  $response?: unknown;
  $metadata?: { httpStatusCode?: number };
}

type Failure = [sentence: string, code: string];

const BAD_KEYS: Failure = ['S3 did not accept the AWS keys: check the access key ID and secret access key in Options.', 'bad-key'];
const COGNITO: Failure = ['Amazon Cognito gave no AWS keys: check the identity pool ID and region in Options, and that it allows guest access.', 'bad-key'];

const FAILURES_BY_CODE: Record<string, (where: Where) => Failure> = {
  NoSuchBucket: noSuchBucket,
  // HeadBucket's 404: HEAD answers have no body to name the error.
  NotFound: noSuchBucket,
  AccessDenied: ({ bucket }) => [
    `S3 refused to save to “${bucket}” (access denied): allow s3:PutObject and s3:GetObject on it in these keys’ IAM policy and in the bucket policy.`,
    'no-access',
  ],
  SignatureDoesNotMatch: () => BAD_KEYS,
  InvalidAccessKeyId: () => BAD_KEYS,
  InvalidToken: () => BAD_KEYS,
  ExpiredToken: () => ['The AWS session token has expired: enter fresh keys in Options.', 'bad-key'],
  PermanentRedirect: wrongRegion,
  AuthorizationHeaderMalformed: wrongRegion,
  SlowDown: () => ['S3 is busy (too many requests, even after retrying): try saving again in a minute.', 'rate-limited'],
  TimeoutError: () => ['S3 did not answer in time: try saving again.', 'timeout'],
  AbortError: () => ['Saving to S3 was cancelled.', 'cancelled'],
  NotAuthorizedException: () => COGNITO,
  ResourceNotFoundException: () => COGNITO,
  CredentialsProviderError: () => COGNITO,
};

/** The UserFacingError to throw for anything saveToS3 met; the original stays as its cause. */
export function s3Failure(error: unknown, where: Where, signal?: AbortSignal): UserFacingError {
  const [sentence, code] = signal?.aborted ? FAILURES_BY_CODE.AbortError!(where) : failureOf(error, where);
  return new UserFacingError(sentence, code, { cause: error });
}

/** For "Test S3": HeadBucket's 403 has no body, so a wrong key and a missing permission look alike. */
export function s3TestFailureSentence(error: unknown, where: Where): string {
  const shape = shapeOf(error);
  if (shape.name === 'Unknown' && shape.$metadata?.httpStatusCode === 403) {
    return `S3 refused access to “${where.bucket}”: check the access key ID and secret in Options, and that the IAM and bucket policies allow s3:ListBucket, s3:PutObject and s3:GetObject on it.`;
  }
  return failureOf(error, where)[0];
}

function failureOf(error: unknown, where: Where): Failure {
  const shape = shapeOf(error);
  const known = shape.name ? FAILURES_BY_CODE[shape.name] : undefined;
  if (known) return known(where);
  switch (awsFailureKind(error)) {
    case 'timed-out':
      return FAILURES_BY_CODE.TimeoutError!(where);
    case 'throttled':
      return FAILURES_BY_CODE.SlowDown!(where);
    case 'cut':
      return ['The answer from S3 was cut off on the way (the connection or a proxy dropped it): check the connection and try saving again.', 'network'];
    case 'not-the-service':
      return [`Something between Post to Image and ${placeOf(where)} (a proxy or gateway) failed: check the connection and the endpoint in Options, then try again.`, 'network'];
    default:
      break;
  }
  const status = shape.$metadata?.httpStatusCode;
  if (status === 301) return wrongRegion(where);
  if (shape.$response === undefined) return [`Could not reach ${placeOf(where)}: check the connection and try again.`, 'network'];
  if (status === undefined || status < 300) return ['S3 sent an answer that could not be read: try saving again.', 'bad-response'];
  if (status >= 500) return ['S3 had an internal error: try saving again in a minute.', 'bad-response'];
  return [`S3 refused the request (${shape.name ?? status}): check the S3 settings in Options.`, 'no-access'];
}

function placeOf({ endpoint }: Where): string {
  return endpoint ? `${endpoint} (the S3 endpoint in Options)` : 'S3';
}

function noSuchBucket({ bucket, region }: Where): Failure {
  return [`There is no S3 bucket named “${bucket}” in ${region}: check the bucket name and region in Options.`, 'no-bucket'];
}

function wrongRegion({ bucket, region }: Where): Failure {
  return [`The S3 bucket “${bucket}” is not in ${region}: set the bucket’s region in Options.`, 'no-bucket'];
}

function shapeOf(error: unknown): SdkErrorShape {
  return typeof error === 'object' && error !== null ? error : {};
}
