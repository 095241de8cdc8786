import { createHash, createHmac } from 'node:crypto';
import type { AwsCredentialPair, EmulatorRequest } from '../types';
import type { S3ErrorOptions } from './errors';

/**
 * SigV4 query authentication (presigned URLs), checked the way S3 checks it: parameters, key, lifetime
 * bounds, signature, then expiry. A failure names the S3 error to answer with.
 */

export type PresignedResult = { ok: true; accessKeyId: string } | { ok: false; code: string; options?: S3ErrorOptions };

/** SigV4 presigned URLs live at most a week. */
const MAX_PRESIGNED_SECONDS = 604_800;

const CREDENTIAL = /^([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request$/;
const AMZ_DATE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

export function isPresigned(request: EmulatorRequest): boolean {
  return request.query.has('X-Amz-Signature');
}

export function verifyPresigned(request: EmulatorRequest, credentials: readonly AwsCredentialPair[], now = new Date()): PresignedResult {
  const { query } = request;
  const credential = CREDENTIAL.exec(query.get('X-Amz-Credential') ?? '');
  const amzDate = query.get('X-Amz-Date') ?? '';
  const signedAt = dateOf(amzDate);
  const signedHeaders = query.get('X-Amz-SignedHeaders');
  const expires = Number(query.get('X-Amz-Expires'));
  if (query.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256' || !credential || !signedAt || !signedHeaders || !query.has('X-Amz-Expires')) {
    return { ok: false, code: 'AuthorizationQueryParametersError' };
  }
  const [, accessKeyId = '', scopeDate = '', region = ''] = credential;
  const pair = credentials.find((candidate) => candidate.accessKeyId === accessKeyId);
  if (!pair) return { ok: false, code: 'InvalidAccessKeyId' };
  if (!Number.isInteger(expires) || expires < 1 || expires > MAX_PRESIGNED_SECONDS) {
    const message = 'X-Amz-Expires must be less than a week (in seconds) that is 604800';
    return { ok: false, code: 'AuthorizationQueryParametersError', options: { message } };
  }

  const scope = `${scopeDate}/${region}/s3/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256Hex(canonicalRequest(request, signedHeaders))].join('\n');
  const key = [scopeDate, region, 's3', 'aws4_request'].reduce<Buffer | string>((secret, part) => hmac(secret, part), `AWS4${pair.secretAccessKey}`);
  if (hmac(key, stringToSign).toString('hex') !== query.get('X-Amz-Signature')) return { ok: false, code: 'SignatureDoesNotMatch' };

  const expiresAt = new Date(signedAt.getTime() + expires * 1000);
  if (now > expiresAt) {
    const details = { 'X-Amz-Expires': String(expires), Expires: expiresAt.toISOString(), ServerTime: now.toISOString() };
    return { ok: false, code: 'AccessDenied', options: { message: 'Request has expired', details } };
  }
  return { ok: true, accessKeyId };
}

/** S3's canonical request for query auth: the wire path as is, every query parameter but the signature, an unsigned payload. */
function canonicalRequest(request: EmulatorRequest, signedHeaders: string): string {
  const query = [...request.query]
    .filter(([name]) => name !== 'X-Amz-Signature')
    .map(([name, value]) => [uriEncode(name), uriEncode(value)] as const)
    .sort(([a, aValue], [b, bValue]) => (a === b ? compare(aValue, bValue) : compare(a, b)))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const names = signedHeaders.split(';');
  const headers = names.map((name) => `${name}:${(request.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  return [request.method, request.path, query, headers, signedHeaders, 'UNSIGNED-PAYLOAD'].join('\n');
}

/** RFC 3986 encoding, as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
function uriEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Code-unit order, as SigV4 sorts (localeCompare would not). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function dateOf(amzDate: string): Date | undefined {
  return AMZ_DATE.test(amzDate) ? new Date(amzDate.replace(AMZ_DATE, '$1-$2-$3T$4:$5:$6Z')) : undefined;
}

function hmac(key: Buffer | string, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
