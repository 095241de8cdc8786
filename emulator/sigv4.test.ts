import { createHash } from 'node:crypto';
import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/protocols';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { jsonAuthError, verifySigV4 } from './sigv4';
import type { EmulatorRequest } from './types';

const KEYS = { accessKeyId: 'AKIDTESTSIGV4', secretAccessKey: 'test/secret/for/sigv4' };
const NOW = new Date('2026-11-02T10:00:00Z');

/** A request signed the way the AWS SDK signs it, turned into what the emulator's server reads. */
async function signed(options: {
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  service?: string;
  path?: string;
  body?: string;
  at?: Date;
}): Promise<EmulatorRequest> {
  const body = options.body ?? '{"Text":"hello"}';
  const request = new HttpRequest({
    method: 'POST',
    protocol: 'http:',
    hostname: '127.0.0.1',
    port: 4566,
    path: options.path ?? '/',
    headers: {
      host: '127.0.0.1:4566',
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'Comprehend_20171127.DetectSentiment',
      'x-amz-content-sha256': createHash('sha256').update(body).digest('hex'),
    },
    body,
  });
  const signer = new SignatureV4({ service: options.service ?? 'comprehend', region: 'eu-west-1', credentials: options.credentials ?? KEYS, sha256: Sha256 });
  const result = await signer.sign(request, { signingDate: options.at ?? NOW });
  const headers = Object.fromEntries(Object.entries(result.headers).map(([name, value]) => [name.toLowerCase(), String(value)]));
  return { method: 'POST', path: result.path, query: new URLSearchParams(), headers, body: new TextEncoder().encode(body) };
}

const verify = (request: EmulatorRequest, service = 'comprehend') => verifySigV4(request, { service, credentials: [KEYS], now: NOW });

describe('verifySigV4', () => {
  it('accepts a request signed with known keys and names the key and region', async () => {
    expect(await verify(await signed({}))).toEqual({ ok: true, accessKeyId: KEYS.accessKeyId, region: 'eu-west-1' });
  });

  it('accepts temporary credentials, whose session token is a signed header', async () => {
    const request = await signed({ credentials: { ...KEYS, sessionToken: 'session-token-value' } });
    expect(request.headers['x-amz-security-token']).toBe('session-token-value');
    expect((await verify(request)).ok).toBe(true);
  });

  it('escapes a path again for non-S3 services, as the SDK does (Bedrock model IDs carry %3A)', async () => {
    const request = await signed({ service: 'bedrock', path: '/model/amazon.nova-canvas-v1%3A0/invoke' });
    expect((await verify(request, 'bedrock')).ok).toBe(true);
  });

  it('tells an unknown access key from a wrong secret', async () => {
    expect(await verify(await signed({ credentials: { accessKeyId: 'AKIDNOBODY', secretAccessKey: KEYS.secretAccessKey } }))).toEqual({ ok: false, kind: 'unknown-key' });
    expect(await verify(await signed({ credentials: { ...KEYS, secretAccessKey: 'not-the-secret' } }))).toEqual({ ok: false, kind: 'bad-signature' });
  });

  it('rejects a body changed after signing, and a signature scoped to another service', async () => {
    const request = await signed({});
    expect(await verify({ ...request, body: new TextEncoder().encode('{"Text":"changed"}') })).toEqual({ ok: false, kind: 'bad-signature' });
    expect(await verify(await signed({ service: 'bedrock' }))).toEqual({ ok: false, kind: 'wrong-scope' });
  });

  it('rejects a signature made more than 15 minutes away from the clock', async () => {
    expect(await verify(await signed({ at: new Date(NOW.getTime() - 16 * 60_000) }))).toEqual({ ok: false, kind: 'expired' });
  });

  it('rejects a missing or mangled Authorization header', async () => {
    const request = await signed({});
    const { authorization, ...withoutAuthorization } = request.headers;
    expect(await verify({ ...request, headers: withoutAuthorization })).toEqual({ ok: false, kind: 'missing' });
    expect(await verify({ ...request, headers: { ...request.headers, authorization: `${authorization}`.replace('SignedHeaders=', 'Headers=') } })).toEqual({ ok: false, kind: 'incomplete' });
  });

  it('words the failures as AWS JSON services do, all as 403', () => {
    expect(jsonAuthError('unknown-key', 'comprehend')).toMatchObject({ code: 'UnrecognizedClientException', status: 403 });
    expect(jsonAuthError('bad-signature', 'comprehend')).toMatchObject({ code: 'InvalidSignatureException', status: 403 });
    expect(jsonAuthError('wrong-scope', 'bedrock').message).toContain("'bedrock'");
  });
});
