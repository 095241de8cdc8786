import { CutAnswer } from '../answer-body';
import { AnswerTimedOut } from './request-handler';

/**
 * What an AWS call's failure was, read from the SDK's error without trusting that the service itself answered:
 * a gateway, a load balancer or a proxy can answer in its place, and the SDK then names the error after the
 * status ("Unknown", a parse error) with the same fields a service error has.
 */
export type AwsFailureKind =
  /** No answer within the time: the call was closed. */
  | 'timed-out'
  /** Nothing answered (no connection, DNS, refused). */
  | 'unreached'
  /** The answer stopped half way (a dropped connection, a proxy giving up). */
  | 'cut'
  /** A 429, from the service or whatever is in front of it. */
  | 'throttled'
  /** An error that is not the service's own shape (an HTML page, someone else's JSON): the way there failed. */
  | 'not-the-service'
  /** A success answer the SDK could not read. */
  | 'unreadable'
  /** The service's own error (or the credential provider's): its name says what. */
  | 'service';

interface SdkErrorShape {
  name?: string;
  $fault?: unknown;
  $response?: unknown;
  $metadata?: { httpStatusCode?: number };
}

/** Names the SDK gives an error it could not match to the service's error shapes. */
const UNMATCHED = new Set(['Unknown', 'UnknownError', 'SyntaxError', 'TypeError', 'Error']);

export function awsFailureKind(error: unknown): AwsFailureKind {
  if (error instanceof CutAnswer) return 'cut';
  const shape: SdkErrorShape = typeof error === 'object' && error !== null ? error : {};
  if (error instanceof AnswerTimedOut || shape.name === 'TimeoutError') return 'timed-out';
  if (shape.name === 'CredentialsProviderError') return 'service';
  const status = shape.$metadata?.httpStatusCode;
  if (status === undefined) return shape.$response === undefined ? 'unreached' : 'unreadable';
  const serviceShaped = typeof shape.$fault === 'string' && shape.name !== undefined && !UNMATCHED.has(shape.name) && !/^\d+$/.test(shape.name);
  if (serviceShaped) return 'service';
  if (status === 429) return 'throttled';
  return status < 300 ? 'unreadable' : 'not-the-service';
}
