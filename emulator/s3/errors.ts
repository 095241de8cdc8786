import { randomBytes } from 'node:crypto';
import type { SigV4FailureKind } from '../sigv4';
import type { EmulatorResponse } from '../types';

/** S3's errors as it sends them: a status, and (except for HEAD) an XML body with Code, Message, RequestId. */

const KNOWN_ERRORS: Record<string, { status: number; message: string }> = {
  AccessDenied: { status: 403, message: 'Access Denied' },
  InvalidAccessKeyId: { status: 403, message: 'The AWS Access Key Id you provided does not exist in our records.' },
  SignatureDoesNotMatch: {
    status: 403,
    message: 'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
  },
  RequestTimeTooSkewed: { status: 403, message: 'The difference between the request time and the current time is too large.' },
  AuthorizationHeaderMalformed: { status: 400, message: 'The authorization header is malformed.' },
  AuthorizationQueryParametersError: { status: 400, message: 'Query-string authentication requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, X-Amz-SignedHeaders and X-Amz-Expires parameters.' },
  ExpiredToken: { status: 400, message: 'The provided token has expired.' },
  PermanentRedirect: {
    status: 301,
    message: 'The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.',
  },
  NoSuchBucket: { status: 404, message: 'The specified bucket does not exist' },
  NoSuchKey: { status: 404, message: 'The specified key does not exist.' },
  BucketAlreadyOwnedByYou: { status: 409, message: 'Your previous request to create the named bucket succeeded and you already own it.' },
  InvalidBucketName: { status: 400, message: 'The specified bucket is not valid.' },
  MetadataTooLarge: { status: 400, message: 'Your metadata headers exceed the maximum allowed metadata size' },
  BadDigest: { status: 400, message: 'The CRC32 you specified did not match the calculated checksum.' },
  NotImplemented: { status: 501, message: 'A header you provided implies functionality that is not implemented' },
  SlowDown: { status: 503, message: 'Please reduce your request rate.' },
  InternalError: { status: 500, message: 'We encountered an internal error. Please try again.' },
  ServiceUnavailable: { status: 503, message: 'Service is unable to handle request.' },
};

export interface S3ErrorOptions {
  /** Another message than S3's usual one for the code. */
  message?: string;
  /** Extra elements S3 adds for some codes, such as BucketName or Key. */
  details?: Record<string, string>;
  /** HEAD answers carry no body: the SDK knows the error by its status alone. */
  head?: boolean;
}

export function s3Error(code: string, options: S3ErrorOptions = {}): EmulatorResponse {
  const known = KNOWN_ERRORS[code];
  const requestId = randomBytes(8).toString('hex').toUpperCase();
  const headers = { 'x-amz-request-id': requestId, 'x-amz-id-2': randomBytes(24).toString('base64') };
  const status = known?.status ?? 400;
  if (options.head) return { status, headers, errorCode: code };
  const elements = { Code: code, Message: options.message ?? known?.message ?? code, ...options.details, RequestId: requestId };
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error>${Object.entries(elements)
    .map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`)
    .join('')}</Error>`;
  return { status, headers: { ...headers, 'content-type': 'application/xml' }, body, errorCode: code };
}

/** The S3 error for each way a header signature can fail. */
export const S3_AUTH_ERRORS: Record<SigV4FailureKind, string> = {
  missing: 'AccessDenied',
  incomplete: 'AuthorizationHeaderMalformed',
  'unknown-key': 'InvalidAccessKeyId',
  'wrong-scope': 'AuthorizationHeaderMalformed',
  expired: 'RequestTimeTooSkewed',
  'bad-signature': 'SignatureDoesNotMatch',
};

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
