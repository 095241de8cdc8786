import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
  type ServiceInputTypes,
  type ServiceOutputTypes,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { FinalizeRequestMiddleware } from '@smithy/types';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBuckets, storedObject } from './s3';
import { type RunningEmulator, startEmulator } from './server';
import { awsFailureOf, EMULATOR_KEYS } from './emulator.test-support';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator();
  createBuckets(emulator, 'photos');
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

const BYTES = new TextEncoder().encode('not really a png, but bytes all the same');

function clientFor(options: Partial<S3ClientConfig> = {}): S3Client {
  return new S3Client({ region: 'eu-west-1', endpoint: emulator.url, forcePathStyle: true, credentials: EMULATOR_KEYS, maxAttempts: 1, ...options });
}

const put = (key: string, options: Partial<S3ClientConfig> = {}) =>
  clientFor(options).send(new PutObjectCommand({ Bucket: 'photos', Key: key, Body: BYTES, ContentType: 'image/png', Metadata: { model: 'm1' } }));

describe('emulated S3 objects', () => {
  it.each([
    ['the SDK default CRC32 checksum headers', {}],
    ['checksums only when required', { requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' } as const],
  ])('stores a PutObject sent with %s, and gives it back', async (_, options) => {
    const key = `2026/11/02/with spaces+plus ${Object.keys(options).length}.png`;
    await put(key, options);
    expect(storedObject(emulator, 'photos', key)).toMatchObject({ bytes: BYTES, contentType: 'image/png', metadata: { model: 'm1' } });

    const got = await clientFor(options).send(new GetObjectCommand({ Bucket: 'photos', Key: key }));
    expect(await got.Body?.transformToByteArray()).toEqual(BYTES);
    expect(got).toMatchObject({ ContentType: 'image/png', Metadata: { model: 'm1' }, ContentLength: BYTES.length });
    const head = await clientFor(options).send(new HeadObjectCommand({ Bucket: 'photos', Key: key }));
    expect(head).toMatchObject({ ContentType: 'image/png', ETag: got.ETag });
  });

  it('answers NoSuchKey, and NotFound to a HEAD, for a key that is not there', async () => {
    expect(await awsFailureOf(clientFor().send(new GetObjectCommand({ Bucket: 'photos', Key: 'missing.png' })))).toMatchObject({ name: 'NoSuchKey' });
    expect(await awsFailureOf(clientFor().send(new HeadObjectCommand({ Bucket: 'photos', Key: 'missing.png' })))).toMatchObject({
      name: 'NotFound',
      $metadata: { httpStatusCode: 404 },
    });
  });

  it('refuses a body whose CRC32 is not the one declared', async () => {
    const client = clientFor();
    // After the checksum is computed and before the request is signed, as a corrupted upload would look.
    const corrupt: FinalizeRequestMiddleware<ServiceInputTypes, ServiceOutputTypes> = (next) => (args) => {
      (args.request as { headers: Record<string, string> }).headers['x-amz-checksum-crc32'] = 'AAAAAA==';
      return next(args);
    };
    client.middlewareStack.addRelativeTo(corrupt, { relation: 'before', toMiddleware: 'httpSigningMiddleware' });
    const failure = await awsFailureOf(client.send(new PutObjectCommand({ Bucket: 'photos', Key: 'corrupt.png', Body: BYTES })));
    expect(failure).toMatchObject({ name: 'BadDigest', $metadata: { httpStatusCode: 400 } });
  });

  it('refuses more than 2 KB of user metadata, as S3 does', async () => {
    const command = new PutObjectCommand({ Bucket: 'photos', Key: 'big.png', Body: BYTES, Metadata: { note: 'x'.repeat(2045) } });
    expect(await awsFailureOf(clientFor().send(command))).toMatchObject({ name: 'MetadataTooLarge' });
    await clientFor().send(new PutObjectCommand({ Bucket: 'photos', Key: 'fits.png', Body: BYTES, Metadata: { note: 'x'.repeat(2044) } }));
    expect(storedObject(emulator, 'photos', 'fits.png')?.metadata.note).toHaveLength(2044);
  });
});

describe('emulated S3 buckets', () => {
  it('knows only the buckets it was given or asked to create', async () => {
    await expect(clientFor().send(new HeadBucketCommand({ Bucket: 'photos' }))).resolves.toBeDefined();
    expect(await awsFailureOf(clientFor().send(new HeadBucketCommand({ Bucket: 'elsewhere' })))).toMatchObject({ $metadata: { httpStatusCode: 404 } });
    const failure = await awsFailureOf(clientFor().send(new PutObjectCommand({ Bucket: 'elsewhere', Key: 'a.png', Body: BYTES })));
    expect(failure).toMatchObject({ name: 'NoSuchBucket', BucketName: 'elsewhere' });

    await clientFor().send(new CreateBucketCommand({ Bucket: 'made-by-sdk' }));
    await expect(clientFor().send(new HeadBucketCommand({ Bucket: 'made-by-sdk' }))).resolves.toBeDefined();
    expect(await awsFailureOf(clientFor().send(new CreateBucketCommand({ Bucket: 'made-by-sdk' })))).toMatchObject({ name: 'BucketAlreadyOwnedByYou' });
    expect(await awsFailureOf(clientFor().send(new CreateBucketCommand({ Bucket: 'Not_Valid' })))).toMatchObject({ name: 'InvalidBucketName' });
  });

  it('keeps each running emulator’s buckets to itself', async () => {
    const other = await startEmulator();
    try {
      const otherClient = clientFor({ endpoint: other.url });
      expect(await awsFailureOf(otherClient.send(new HeadBucketCommand({ Bucket: 'photos' })))).toMatchObject({ $metadata: { httpStatusCode: 404 } });
    } finally {
      await other.close();
    }
  });

  it('says which operations it does not implement', async () => {
    expect(await awsFailureOf(clientFor().send(new ListObjectsV2Command({ Bucket: 'photos' })))).toMatchObject({
      name: 'NotImplemented',
      $metadata: { httpStatusCode: 501 },
    });
  });
});

describe('emulated S3 authentication', () => {
  it('tells a wrong secret from an unknown access key, in S3’s XML', async () => {
    const wrongSecret = await awsFailureOf(put('k.png', { credentials: { ...EMULATOR_KEYS, secretAccessKey: 'wrong' } }));
    expect(wrongSecret).toMatchObject({ name: 'SignatureDoesNotMatch', $metadata: { httpStatusCode: 403 } });
    expect(wrongSecret.message).toMatch(/^The request signature we calculated does not match/);
    const unknownKey = await awsFailureOf(put('k.png', { credentials: { ...EMULATOR_KEYS, accessKeyId: 'AKIDNOBODYKNOWS' } }));
    expect(unknownKey).toMatchObject({ name: 'InvalidAccessKeyId', $metadata: { httpStatusCode: 403 } });
    expect(emulator.log.map((entry) => entry.errorCode)).toEqual(['SignatureDoesNotMatch', 'InvalidAccessKeyId']);
  });

  it('serves a presigned GET, checking its signature', async () => {
    await put('shared.png');
    const url = await getSignedUrl(clientFor(), new GetObjectCommand({ Bucket: 'photos', Key: 'shared.png' }), { expiresIn: 300 });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(BYTES);

    const forged = await getSignedUrl(clientFor({ credentials: { ...EMULATOR_KEYS, secretAccessKey: 'guess' } }), new GetObjectCommand({ Bucket: 'photos', Key: 'shared.png' }));
    const refused = await fetch(forged);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toMatch(/<Code>SignatureDoesNotMatch<\/Code>/);
    const otherKey = new URL(url);
    otherKey.pathname = '/photos/other.png';
    expect(await (await fetch(otherKey)).text()).toMatch(/<Code>SignatureDoesNotMatch<\/Code>/);
  });

  it('refuses a presigned URL once it has expired, and one that claims to live longer than a week', async () => {
    await put('old.png');
    const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
    const expired = await getSignedUrl(clientFor(), new GetObjectCommand({ Bucket: 'photos', Key: 'old.png' }), { expiresIn: 60, signingDate: anHourAgo });
    const response = await fetch(expired);
    expect(response.status).toBe(403);
    const body = await response.text();
    expect(body).toMatch(/<Code>AccessDenied<\/Code><Message>Request has expired<\/Message>/);
    expect(body).toMatch(/<RequestId>[0-9A-F]+<\/RequestId><\/Error>$/);

    const tooLong = new URL(await getSignedUrl(clientFor(), new GetObjectCommand({ Bucket: 'photos', Key: 'old.png' })));
    tooLong.searchParams.set('X-Amz-Expires', '604801');
    const refused = await fetch(tooLong);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toMatch(/<Code>AuthorizationQueryParametersError<\/Code>/);
  });

  it('answers injected faults in S3’s form, with no body on a HEAD', async () => {
    emulator.knobs.faults.push({ service: 's3', operation: 'PutObject', error: 'SlowDown' }, { service: 's3', error: 'AccessDenied' });
    expect(await awsFailureOf(put('busy.png'))).toMatchObject({ name: 'SlowDown', $metadata: { httpStatusCode: 503 } });
    expect(await awsFailureOf(clientFor().send(new HeadBucketCommand({ Bucket: 'photos' })))).toMatchObject({ $metadata: { httpStatusCode: 403 } });
    expect(emulator.log).toEqual([
      expect.objectContaining({ service: 's3', operation: 'PutObject', status: 503, fault: 'SlowDown' }),
      expect.objectContaining({ service: 's3', operation: 'HeadBucket', status: 403, fault: 'AccessDenied' }),
    ]);
  });
});
