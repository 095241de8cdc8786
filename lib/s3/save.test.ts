import { createHash } from 'node:crypto';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBuckets, storedObject } from '../../emulator/s3';
import { type RunningEmulator, startEmulator } from '../../emulator/server';
import { EMULATOR_KEYS } from '../../emulator/emulator.test-support';
import { type ImageToSave, type S3Config, saveToS3, testS3 } from './save';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startEmulator();
  createBuckets(emulator, 'post-images');
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

/** What a UserFacingError with this code and sentence looks like to toMatchObject. */
const userFacing = (code: string, message: unknown) => ({ name: 'UserFacingError', code, message });

/** Records every request the S3 client sends, as signed, to look at its headers. */
class RecordingHandler extends NodeHttpHandler {
  readonly requests: Array<Parameters<NodeHttpHandler['handle']>[0]> = [];
  override handle(...args: Parameters<NodeHttpHandler['handle']>): ReturnType<NodeHttpHandler['handle']> {
    this.requests.push(args[0]);
    return super.handle(...args);
  }
}

const POST = 'Fière de notre équipe 🚀\nMerci à tous !';

function imageWith(changes: Partial<ImageToSave> = {}): ImageToSave {
  return {
    id: `img-${crypto.randomUUID()}`,
    bytes: new Uint8Array(createHash('sha512').update('some image').digest()),
    mimeType: 'image/png',
    provider: 'openai',
    model: 'gpt-image-1-mini',
    prompt: 'A calm flat illustration of a team celebrating',
    postText: POST,
    ...changes,
  };
}

function configWith(changes: Partial<S3Config> = {}): S3Config {
  return {
    bucket: 'post-images',
    prefix: '/linkedin/',
    region: 'eu-west-1',
    endpoint: emulator.url,
    forcePathStyle: true,
    credentials: { kind: 'static', ...EMULATOR_KEYS },
    presignExpirySeconds: 3600,
    includePostText: false,
    ...changes,
  };
}

describe('saveToS3', () => {
  it('uploads the image privately under a dated key and links to it with a presigned URL', async () => {
    const image = imageWith();
    const handler = new RecordingHandler();
    const before = Date.now();
    const saved = await saveToS3(image, configWith({ requestHandler: handler }));
    const after = Date.now();

    const day = new Date(after).toISOString().slice(0, 10).replaceAll('-', '/');
    expect(saved.key).toBe(`linkedin/${day}/${image.id}.png`);
    const stored = storedObject(emulator, 'post-images', saved.key);
    expect(stored).toMatchObject({ bytes: image.bytes, contentType: 'image/png' });
    expect(stored?.metadata).toEqual({
      provider: 'openai',
      model: 'gpt-image-1-mini',
      'prompt-sha256': createHash('sha256').update(image.prompt).digest('hex'),
    });

    const response = await fetch(saved.url);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(image.bytes);
    expect(new URL(saved.url).searchParams.get('X-Amz-Expires')).toBe('3600');
    expect(saved.expiresAt).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 3600 * 1000);
    expect(saved.expiresAt).toBeLessThanOrEqual(after + 3600 * 1000);

    const [putRequest] = handler.requests;
    expect(putRequest?.method).toBe('PUT');
    // Checksums only when required (S3-compatible services), and no ACL: the bucket's own policy rules.
    expect(Object.keys(putRequest?.headers ?? {}).filter((name) => /checksum|x-amz-acl/i.test(name))).toEqual([]);
  });

  it('keeps the post text in the metadata only when asked, URI-encoded to stay ASCII', async () => {
    const saved = await saveToS3(imageWith(), configWith({ includePostText: true }));
    const metadata = storedObject(emulator, 'post-images', saved.key)?.metadata ?? {};
    expect(metadata['post-text']).toMatch(/^[\x21-\x7e]+$/);
    expect(decodeURIComponent(metadata['post-text'] ?? '')).toBe(POST);

    const withoutText = await saveToS3(imageWith({ postText: undefined }), configWith({ includePostText: true }));
    expect(storedObject(emulator, 'post-images', withoutText.key)?.metadata).not.toHaveProperty('post-text');
  });

  it('cuts a long post text to what fits in S3’s 2 KB of metadata, between whole characters', async () => {
    const longPost = 'Ünïcödé wörds and émojis 🎉 '.repeat(200);
    const saved = await saveToS3(imageWith({ postText: longPost }), configWith({ includePostText: true }));
    const kept = decodeURIComponent(storedObject(emulator, 'post-images', saved.key)?.metadata['post-text'] ?? '');
    expect(kept.length).toBeGreaterThan(100);
    expect(longPost.startsWith(kept)).toBe(true);
  });

  it('keeps the link’s lifetime within the week SigV4 allows', async () => {
    const saved = await saveToS3(imageWith(), configWith({ presignExpirySeconds: 30 * 24 * 3600 }));
    expect(new URL(saved.url).searchParams.get('X-Amz-Expires')).toBe('604800');
    expect(saved.expiresAt).toBeLessThanOrEqual(Date.now() + 604_800_000);
  });
});

describe('saveToS3 failures, as one sentence', () => {
  it.each([
    ['a wrong secret', { ...EMULATOR_KEYS, secretAccessKey: 'not-the-secret-AbC123' }],
    ['an unknown access key', { ...EMULATOR_KEYS, accessKeyId: 'AKIDNOBODYKNOWS' }],
  ])('names the keys for %s, without repeating them', async (_, keys) => {
    await expect(saveToS3(imageWith(), configWith({ credentials: { kind: 'static', ...keys } }))).rejects.toMatchObject(
      userFacing('bad-key', 'S3 did not accept the AWS keys: check the access key ID and secret access key in Options.'),
    );
  });

  it('names a bucket that does not exist', async () => {
    await expect(saveToS3(imageWith(), configWith({ bucket: 'no-such-bucket' }))).rejects.toMatchObject(
      userFacing('no-bucket', 'There is no S3 bucket named “no-such-bucket” in eu-west-1: check the bucket name and region in Options.'),
    );
  });

  it('points at the IAM and bucket policies when access is denied', async () => {
    emulator.knobs.faults.push({ service: 's3', operation: 'PutObject', error: 'AccessDenied' });
    await expect(saveToS3(imageWith(), configWith())).rejects.toMatchObject(
      userFacing('no-access', expect.stringMatching(/access denied.*s3:PutObject.*IAM policy.*bucket policy/)),
    );
  });

  it.each([
    ['SlowDown', 3, 'rate-limited', 'S3 is busy (too many requests, even after retrying): try saving again in a minute.'],
    ['InternalError', 3, 'bad-response', 'S3 had an internal error: try saving again in a minute.'],
    ['ExpiredToken', 1, 'bad-key', 'The AWS session token has expired: enter fresh keys in Options.'],
    ['PermanentRedirect', 1, 'no-bucket', 'The S3 bucket “post-images” is not in eu-west-1: set the bucket’s region in Options.'],
  ])('turns S3’s %s into a sentence with the next step', async (error, times, code, sentence) => {
    emulator.knobs.faults.push({ service: 's3', operation: 'PutObject', error, times });
    await expect(saveToS3(imageWith(), configWith())).rejects.toMatchObject(userFacing(code, sentence));
    expect(emulator.log).toHaveLength(times);
  });

  it('says when S3 cannot be reached', async () => {
    const closed = await startEmulator();
    await closed.close();
    await expect(saveToS3(imageWith(), configWith({ endpoint: closed.url }))).rejects.toMatchObject(
      userFacing('network', `Could not reach ${closed.url} (the S3 endpoint in Options): check the connection and try again.`),
    );
  });

  it('says when S3 does not answer in time', async () => {
    emulator.knobs.faults.push({ service: 's3', operation: 'PutObject', error: 'timeout', times: 3 });
    const requestHandler = { requestTimeout: 100, throwOnRequestTimeout: true };
    await expect(saveToS3(imageWith(), configWith({ requestHandler }))).rejects.toMatchObject(
      userFacing('timeout', 'S3 did not answer in time: try saving again.'),
    );
  });

  it('says the save was cancelled when the signal aborts it', async () => {
    const controller = new AbortController();
    emulator.knobs.latencyMs = 5000;
    const saving = saveToS3(imageWith(), configWith(), controller.signal);
    controller.abort();
    await expect(saving).rejects.toMatchObject(userFacing('cancelled', 'Saving to S3 was cancelled.'));
  });
});

describe('testS3', () => {
  it('says the settings work when the bucket answers', async () => {
    expect(await testS3(configWith())).toEqual({ ok: true, sentence: 'S3 bucket “post-images” answered: these settings work.' });
  });

  it('names a missing bucket', async () => {
    expect(await testS3(configWith({ bucket: 'gone-bucket' }))).toEqual({
      ok: false,
      sentence: 'There is no S3 bucket named “gone-bucket” in eu-west-1: check the bucket name and region in Options.',
    });
  });

  it('names both keys and policies when a HEAD is refused, as its 403 cannot tell them apart', async () => {
    const result = await testS3(configWith({ credentials: { kind: 'static', ...EMULATOR_KEYS, secretAccessKey: 'wrong' } }));
    expect(result.ok).toBe(false);
    expect(result.sentence).toMatch(/access key ID and secret.*s3:ListBucket/);
  });
});
