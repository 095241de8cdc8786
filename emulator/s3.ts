import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { S3_AUTH_ERRORS, s3Error } from './s3/errors';
import { isPresigned, verifyPresigned } from './s3/presigned';
import { type Bucket, bucketsAt, portOf, type StoredObject } from './s3/store';
import { verifySigV4 } from './sigv4';
import type { EmulatorRequest, EmulatorResponse, ServiceModule } from './types';

/**
 * Amazon S3, path style (`/{bucket}/{key}`), objects kept in memory. Requests are S3's when they are
 * signed for the s3 service, in the Authorization header or in a presigned URL's query.
 */

/** S3 counts user metadata names and values, in UTF-8 bytes, against this limit. */
const MAX_METADATA_BYTES = 2048;
const METADATA_PREFIX = 'x-amz-meta-';
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

interface S3Call {
  request: EmulatorRequest;
  buckets: Map<string, Bucket>;
  bucket: string;
  key: string;
}

/** What each method means on a bucket, and on an object. */
const OPERATION_NAMES: Record<string, [onBucket: string, onObject: string]> = {
  PUT: ['CreateBucket', 'PutObject'],
  GET: ['ListObjects', 'GetObject'],
  HEAD: ['HeadBucket', 'HeadObject'],
  DELETE: ['DeleteBucket', 'DeleteObject'],
};

const OPERATIONS: Record<string, (call: S3Call) => EmulatorResponse> = {
  CreateBucket: createBucket,
  HeadBucket: (call) => inBucket(call, () => ({ status: 200, headers: { 'x-amz-bucket-region': 'us-east-1' } })),
  PutObject: (call) => inBucket(call, (objects) => putObject(call, objects)),
  GetObject: (call) => inBucket(call, (objects) => objectResponse(call, objects)),
  HeadObject: (call) => inBucket(call, (objects) => objectResponse(call, objects)),
};

export const s3: ServiceModule = {
  name: 's3',
  matches: (request) =>
    [request.headers.authorization, request.query.get('X-Amz-Credential')].some((auth) => auth?.includes('/s3/aws4_request')),
  operationOf(request) {
    const names = OPERATION_NAMES[request.method];
    return names ? names[targetOf(request).key ? 1 : 0] : request.method;
  },

  async authenticate({ request, credentials }) {
    const head = request.method === 'HEAD';
    if (isPresigned(request)) {
      const result = verifyPresigned(request, credentials);
      return result.ok ? undefined : s3Error(result.code, { ...result.options, head });
    }
    const result = await verifySigV4(request, { service: 's3', credentials, uriEscapePath: false });
    return result.ok ? undefined : s3Error(S3_AUTH_ERRORS[result.kind], { head });
  },

  async handle({ request, operation }) {
    const run = OPERATIONS[operation];
    if (!run) return s3Error('NotImplemented', { message: `The emulator does not implement ${operation}.`, head: request.method === 'HEAD' });
    return run({ request, buckets: bucketsAt(portOf(request.headers.host)), ...targetOf(request) });
  },

  errorResponse: (code, operation) => s3Error(code, { head: operation.startsWith('Head') }),
};

/** For tests and demos: buckets in a running emulator, made without an SDK call. Unknown buckets answer NoSuchBucket. */
export function createBuckets(emulator: { port: number }, ...names: string[]): void {
  const buckets = bucketsAt(emulator.port);
  for (const name of names) if (!buckets.has(name)) buckets.set(name, new Map());
}

/** For tests: an object as the emulator stored it. */
export function storedObject(emulator: { port: number }, bucket: string, key: string): StoredObject | undefined {
  return bucketsAt(emulator.port).get(bucket)?.get(key);
}

function targetOf(request: EmulatorRequest): { bucket: string; key: string } {
  const [bucket = '', ...key] = request.path.slice(1).split('/');
  return { bucket: decodeURIComponent(bucket), key: decodeURIComponent(key.join('/')) };
}

function inBucket(call: S3Call, run: (objects: Bucket) => EmulatorResponse): EmulatorResponse {
  const objects = call.buckets.get(call.bucket);
  if (objects) return run(objects);
  return s3Error('NoSuchBucket', { details: { BucketName: call.bucket }, head: call.request.method === 'HEAD' });
}

function createBucket({ buckets, bucket }: S3Call): EmulatorResponse {
  if (!BUCKET_NAME.test(bucket)) return s3Error('InvalidBucketName', { details: { BucketName: bucket } });
  if (buckets.has(bucket)) return s3Error('BucketAlreadyOwnedByYou', { details: { BucketName: bucket } });
  buckets.set(bucket, new Map());
  return { status: 200, headers: { location: `/${bucket}` } };
}

function putObject({ request, key }: S3Call, objects: Bucket): EmulatorResponse {
  const { headers, body } = request;
  // The SDK streams (aws-chunked) only for stream bodies; the extension sends whole byte arrays.
  if (headers['content-encoding']?.includes('aws-chunked')) return s3Error('NotImplemented');
  const metadata = metadataOf(headers);
  const metadataBytes = Object.entries(metadata).reduce((sum, [name, value]) => sum + Buffer.byteLength(name + value), 0);
  if (metadataBytes > MAX_METADATA_BYTES) return s3Error('MetadataTooLarge');
  // Present with the SDK's default checksums, absent with WHEN_REQUIRED: both are fine.
  const declaredCrc = headers['x-amz-checksum-crc32'];
  if (declaredCrc !== undefined && declaredCrc !== crc32Base64(body)) return s3Error('BadDigest');

  const etag = `"${createHash('md5').update(body).digest('hex')}"`;
  objects.set(key, { bytes: body, contentType: headers['content-type'] ?? 'binary/octet-stream', metadata, etag, lastModified: new Date() });
  return { status: 200, headers: { etag, ...(declaredCrc ? { 'x-amz-checksum-crc32': declaredCrc } : {}) } };
}

/** GetObject, or HeadObject (the same headers; the server sends no body for HEAD). */
function objectResponse({ request, key }: S3Call, objects: Bucket): EmulatorResponse {
  const object = objects.get(key);
  if (!object) return s3Error('NoSuchKey', { details: { Key: key }, head: request.method === 'HEAD' });
  const metadataHeaders = Object.fromEntries(Object.entries(object.metadata).map(([name, value]) => [METADATA_PREFIX + name, value]));
  return {
    status: 200,
    headers: {
      'content-type': object.contentType,
      'content-length': String(object.bytes.length),
      etag: object.etag,
      'last-modified': object.lastModified.toUTCString(),
      'accept-ranges': 'bytes',
      ...metadataHeaders,
    },
    body: request.method === 'HEAD' ? undefined : object.bytes,
  };
}

function metadataOf(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers)
      .filter(([name]) => name.startsWith(METADATA_PREFIX))
      .map(([name, value]) => [name.slice(METADATA_PREFIX.length), value]),
  );
}

/** The form of x-amz-checksum-crc32: the big-endian CRC32, base64. */
function crc32Base64(body: Uint8Array): string {
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(body));
  return checksum.toString('base64');
}
