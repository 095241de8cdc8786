import { GetObjectCommand, HeadBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { awsClientConfig } from '../aws/client-config';
import type { AwsCredentialSource } from '../aws/credentials';
import { trimToUtf8Bytes } from '../text/trim';
import type { GeneratedImage } from '../image/types';
import { installDomParser } from './dom-parser';
import { s3Failure, s3TestFailureSentence } from './failure';
import { s3KeyFor } from './key';

export interface S3Config {
  bucket: string;
  /** Folder for the images; normalised by s3KeyFor. */
  prefix: string;
  region: string;
  /** An S3-compatible service or the project's emulator, instead of AWS. */
  endpoint?: string;
  /** `/{bucket}/{key}` URLs instead of `{bucket}.host`; S3-compatible services often need it. */
  forcePathStyle?: boolean;
  credentials: AwsCredentialSource;
  /** How long the link to the saved image works; at most 604800 (a week). */
  presignExpirySeconds: number;
  /** Keep the post's text in the object's metadata (off unless the user opts in). */
  includePostText: boolean;
  /** An SDK request handler or its options; tests in Node may pass their own. */
  requestHandler?: unknown;
}

export interface ImageToSave {
  id: string;
  bytes: Uint8Array;
  mimeType: GeneratedImage['mimeType'];
  provider: string;
  model: string;
  prompt: string;
  postText?: string;
}

export interface SavedToS3 {
  key: string;
  /** A presigned GET: the bucket stays private. */
  url: string;
  /** Epoch milliseconds after which `url` stops working. */
  expiresAt: number;
}

/** SigV4 presigned URLs live at most a week. */
const MAX_PRESIGN_EXPIRY_SECONDS = 604_800;
/** S3 refuses user metadata whose names and values add up to more than this, in UTF-8 bytes. */
const MAX_METADATA_BYTES = 2048;
const POST_TEXT = 'post-text';
/** Chrome stops a service worker whose fetch response takes longer than 30 s to arrive. */
const REQUEST_TIMEOUT_MS = 30_000;

/** Uploads the image (private, no ACL) and returns its key and a presigned link to it. */
export async function saveToS3(image: ImageToSave, config: S3Config, signal?: AbortSignal): Promise<SavedToS3> {
  const client = createClient(config);
  try {
    const savedAt = new Date();
    const key = s3KeyFor(config.prefix, savedAt, image.id, image.mimeType);
    const Metadata = await metadataFor(image, config.includePostText);
    await client.send(
      new PutObjectCommand({ Bucket: config.bucket, Key: key, Body: image.bytes, ContentType: image.mimeType, Metadata }),
      { abortSignal: signal },
    );
    const expiresIn = Math.max(1, Math.min(Math.floor(config.presignExpirySeconds), MAX_PRESIGN_EXPIRY_SECONDS));
    const url = await getSignedUrl(client, new GetObjectCommand({ Bucket: config.bucket, Key: key }), { expiresIn, signingDate: savedAt });
    // A link signed with temporary keys (Cognito) dies with them, whatever X-Amz-Expires says.
    const { expiration } = await client.config.credentials();
    const expiresAt = Math.min(savedAt.getTime() + expiresIn * 1000, expiration?.getTime() ?? Infinity);
    return { key, url, expiresAt };
  } catch (error) {
    throw s3Failure(error, config, signal);
  } finally {
    client.destroy();
  }
}

/** One cheap real call (HeadBucket), for the options page's "Test S3" button. */
export async function testS3(config: S3Config): Promise<{ ok: boolean; sentence: string }> {
  const client = createClient(config);
  try {
    await client.send(new HeadBucketCommand({ Bucket: config.bucket }));
    return { ok: true, sentence: `S3 bucket “${config.bucket}” answered: these settings work.` };
  } catch (error) {
    return { ok: false, sentence: s3TestFailureSentence(error, config) };
  } finally {
    client.destroy();
  }
}

function createClient(config: S3Config): S3Client {
  installDomParser();
  return new S3Client({
    ...awsClientConfig(config, REQUEST_TIMEOUT_MS),
    forcePathStyle: config.forcePathStyle,
    // The default (CRC32 headers on every PUT, checksum mode on GETs) trips many S3-compatible services.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/** Where the image came from, and a hash that matches the prompt without revealing it; the post only on request. */
async function metadataFor(image: ImageToSave, includePostText: boolean): Promise<Record<string, string>> {
  const metadata: Record<string, string> = { provider: image.provider, model: image.model, 'prompt-sha256': await sha256Hex(image.prompt) };
  if (includePostText && image.postText) {
    const used = Object.entries(metadata).reduce((sum, [name, value]) => sum + utf8Length(name + value), 0);
    const encoded = encodedWithin(image.postText, MAX_METADATA_BYTES - used - POST_TEXT.length);
    if (encoded) metadata[POST_TEXT] = encoded;
  }
  return metadata;
}

/**
 * The longest start of the text whose URI encoding fits in `room` characters. Metadata travels as HTTP
 * headers, which must be ASCII; the cut is between graphemes, at a word when one is near.
 */
function encodedWithin(text: string, room: number): string {
  if (room <= 0) return '';
  let bytes = room;
  let encoded = encodeURIComponent(trimToUtf8Bytes(text, bytes));
  while (encoded.length > room) {
    bytes = Math.floor((bytes * room) / encoded.length);
    encoded = encodeURIComponent(trimToUtf8Bytes(text, bytes));
  }
  return encoded;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}
