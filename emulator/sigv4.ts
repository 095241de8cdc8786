import { createHash } from 'node:crypto';
import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/protocols';
import { SignatureV4 } from '@smithy/signature-v4';
import type { AwsCredentialPair, EmulatorRequest } from './types';

/**
 * Server-side SigV4 check for header-signed requests: parse the Authorization header, find the secret for
 * its access key, re-sign the request as received with @smithy/signature-v4 (the SDK's own signer, so
 * the canonical request cannot drift from the client's) and compare signatures. The failure kinds are
 * protocol-neutral; each service turns them into its own wire error (see jsonAuthError for JSON services).
 */

export type SigV4FailureKind = 'missing' | 'incomplete' | 'unknown-key' | 'wrong-scope' | 'expired' | 'bad-signature';

export type SigV4Result = { ok: true; accessKeyId: string; region: string } | { ok: false; kind: SigV4FailureKind };

export interface SigV4Options {
  /** The signing name: "comprehend", "bedrock" (not bedrock-runtime), "s3". */
  service: string;
  credentials: readonly AwsCredentialPair[];
  /** False for S3 only: its canonical URI is the wire path, not escaped again. */
  uriEscapePath?: boolean;
  now?: Date;
}

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

/** AWS rejects signatures more than 15 minutes away from its clock. */
const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;

export async function verifySigV4(request: EmulatorRequest, options: SigV4Options): Promise<SigV4Result> {
  const authorization = request.headers.authorization;
  if (!authorization) return { ok: false, kind: 'missing' };
  const match = AUTHORIZATION.exec(authorization);
  const amzDate = parseAmzDate(request.headers['x-amz-date']);
  if (!match || !amzDate) return { ok: false, kind: 'incomplete' };
  const [, accessKeyId = '', scopeDate, region = '', service, signedHeaderList = '', signature] = match;

  const pair = options.credentials.find((candidate) => candidate.accessKeyId === accessKeyId);
  if (!pair) return { ok: false, kind: 'unknown-key' };
  if (service !== options.service || scopeDate !== request.headers['x-amz-date']?.slice(0, 8)) {
    return { ok: false, kind: 'wrong-scope' };
  }
  if (Math.abs((options.now ?? new Date()).getTime() - amzDate.getTime()) > MAX_CLOCK_SKEW_MS) {
    return { ok: false, kind: 'expired' };
  }
  if (!payloadHashHolds(request)) return { ok: false, kind: 'bad-signature' };

  const expected = await signatureFor(request, signedHeaderList.split(';'), { ...options, region, pair, amzDate });
  return expected === signature ? { ok: true, accessKeyId, region } : { ok: false, kind: 'bad-signature' };
}

/** The errors AWS's JSON services (awsJson1_1, restJson1) answer for each failure, with their real messages. */
export function jsonAuthError(kind: SigV4FailureKind, service: string): { code: string; message: string; status: number } {
  switch (kind) {
    case 'missing':
      return { code: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token', status: 403 };
    case 'incomplete':
      return {
        code: 'IncompleteSignatureException',
        message: 'Authorization header requires Credential, SignedHeaders and Signature parameters, and an X-Amz-Date header.',
        status: 403,
      };
    case 'unknown-key':
      return { code: 'UnrecognizedClientException', message: 'The security token included in the request is invalid.', status: 403 };
    case 'wrong-scope':
      return { code: 'InvalidSignatureException', message: `Credential should be scoped to correct service: '${service}'.`, status: 403 };
    case 'expired':
      return { code: 'InvalidSignatureException', message: 'Signature expired: the request date is more than 15 minutes from the server time.', status: 403 };
    case 'bad-signature':
      return {
        code: 'InvalidSignatureException',
        message:
          'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
        status: 403,
      };
  }
}

async function signatureFor(
  request: EmulatorRequest,
  signedHeaders: string[],
  context: SigV4Options & { region: string; pair: AwsCredentialPair; amzDate: Date },
): Promise<string | undefined> {
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) headers[name] = request.headers[name] ?? '';
  const [hostname = '', port] = (request.headers.host ?? '').split(':');
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(request.query.keys())) {
    const values = request.query.getAll(key);
    query[key] = values.length === 1 ? values[0]! : values;
  }
  const unsigned = new HttpRequest({
    method: request.method,
    protocol: 'http:',
    hostname,
    port: port ? Number(port) : undefined,
    path: request.path,
    query,
    headers,
    body: request.body,
  });
  const signer = new SignatureV4({
    service: context.service,
    region: context.region,
    credentials: context.pair,
    sha256: Sha256,
    uriEscapePath: context.uriEscapePath ?? true,
  });
  const signed = await signer.sign(unsigned, { signingDate: context.amzDate, signableHeaders: new Set(signedHeaders) });
  return /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization))?.[1];
}

/** A declared hex payload hash must be the body's: otherwise the signature covers a body that was not sent. */
function payloadHashHolds(request: EmulatorRequest): boolean {
  const declared = request.headers['x-amz-content-sha256'];
  if (!declared || !/^[0-9a-f]{64}$/.test(declared)) return true;
  return createHash('sha256').update(request.body).digest('hex') === declared;
}

function parseAmzDate(value: string | undefined): Date | undefined {
  const parts = value && /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!parts) return undefined;
  const [, year, month, day, hour, minute, second] = parts.map(Number) as number[];
  return new Date(Date.UTC(year!, month! - 1, day, hour, minute, second));
}
