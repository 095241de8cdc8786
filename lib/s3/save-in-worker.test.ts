import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuckets, storedObject } from '../../emulator/s3';
import { type RunningEmulator, startEmulator } from '../../emulator/server';
import { EMULATOR_KEYS } from '../../emulator/emulator.test-support';
import type { S3Config } from './save';

/**
 * The service-worker case: save.ts bundled for the browser, as the extension ships it (fetch handler, the
 * SDK's DOMParser-based XML parser), run where there is no DOMParser and no Node global, like an MV3
 * service worker. A Node process is that: it has fetch and WebCrypto but no DOM.
 */

let emulator: RunningEmulator;
let workDir: string;
let bundleUrl: string;

beforeAll(async () => {
  emulator = await startEmulator();
  createBuckets(emulator, 'worker-images');
  workDir = await mkdtemp(join(tmpdir(), 'save-in-worker-'));
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./save.ts', import.meta.url))],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  expect(Object.keys(bundle.metafile.inputs)).toEqual(expect.arrayContaining([expect.stringContaining('xml-parser.browser.js')]));
  const file = join(workDir, 'save.mjs');
  await writeFile(file, bundle.outputFiles[0]!.text);
  bundleUrl = pathToFileURL(file).href;
});
afterAll(async () => {
  await emulator.close();
  await rm(workDir, { recursive: true, force: true });
});

/** Runs saveToS3 from the bundle in a fresh process; reports what the globals were and how the save went. */
const DRIVER = `
const globalsBefore = { DOMParser: typeof globalThis.DOMParser, Node: typeof globalThis.Node, document: typeof globalThis.document };
const { saveToS3 } = await import(process.env.BUNDLE_URL);
const image = { id: 'from-worker', bytes: new Uint8Array([137, 80, 78, 71, 1, 2, 3]), mimeType: 'image/png', provider: 'offline', model: 'card', prompt: 'p' };
let outcome;
try {
  outcome = { saved: await saveToS3(image, JSON.parse(process.env.S3_CONFIG)) };
} catch (error) {
  outcome = { name: error.name, code: error.code, sentence: error.message };
}
console.log(JSON.stringify({ globalsBefore, outcome }));
`;

async function saveInWorker(config: S3Config): Promise<{ globalsBefore: Record<string, string>; outcome: Record<string, unknown> }> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--no-warnings', '--input-type=module', '-e', DRIVER], {
    env: { PATH: process.env.PATH, BUNDLE_URL: bundleUrl, S3_CONFIG: JSON.stringify(config) },
  });
  return JSON.parse(stdout) as never;
}

function configWith(secretAccessKey: string): S3Config {
  return {
    bucket: 'worker-images',
    prefix: 'sw',
    region: 'eu-west-1',
    endpoint: emulator.url,
    forcePathStyle: true,
    credentials: { kind: 'static', accessKeyId: EMULATOR_KEYS.accessKeyId, secretAccessKey },
    presignExpirySeconds: 600,
    includePostText: false,
  };
}

describe('saveToS3 in a service worker (browser build, no DOMParser)', () => {
  it('reads S3’s XML error into the right sentence', async () => {
    const { globalsBefore, outcome } = await saveInWorker(configWith('wrong-secret'));
    expect(globalsBefore).toEqual({ DOMParser: 'undefined', Node: 'undefined', document: 'undefined' });
    expect(outcome).toEqual({
      name: 'UserFacingError',
      code: 'bad-key',
      sentence: 'S3 did not accept the AWS keys: check the access key ID and secret access key in Options.',
    });
    expect(emulator.log.at(-1)).toMatchObject({ operation: 'PutObject', errorCode: 'SignatureDoesNotMatch' });
  });

  it('saves and presigns with fetch and WebCrypto', async () => {
    const { outcome } = await saveInWorker(configWith(EMULATOR_KEYS.secretAccessKey));
    const saved = outcome.saved as { key: string; url: string };
    expect(saved.key).toMatch(/^sw\/\d{4}\/\d{2}\/\d{2}\/from-worker\.png$/);
    expect(storedObject(emulator, 'worker-images', saved.key)?.bytes).toEqual(new Uint8Array([137, 80, 78, 71, 1, 2, 3]));
    expect((await fetch(saved.url)).status).toBe(200);
  });
});
