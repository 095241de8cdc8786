import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD } from '../e2e/harness/paths';
import { builtManifest, contentScriptFiles } from './extension';
import type { Metric } from './results';

/**
 * Bytes as built (minified by WXT), each file gzipped at level 9: what every LinkedIn page loads (the
 * manifest's content scripts), the service worker's bundle, which a cold start evaluates, and the image work
 * it loads on the first message that needs it (lib/pipeline/load-image-work.ts).
 */

export async function runSizesBench(): Promise<Record<string, Metric>> {
  const worker = (await builtManifest()).background?.service_worker;
  if (!worker) throw new Error('The built manifest names no service worker.');
  return {
    content_script_gzip_bytes: { median: await gzippedBytes(await contentScriptFiles()), target: 12_288, unit: 'bytes', runs: 1 },
    sw_bundle_gzip_bytes: { median: await gzippedBytes([worker]), target: null, unit: 'bytes', runs: 1 },
    sw_image_work_gzip_bytes: { median: await gzippedBytes(['image-work.js']), target: null, unit: 'bytes', runs: 1 },
  };
}

async function gzippedBytes(files: string[]): Promise<number> {
  let total = 0;
  for (const file of files) total += gzipSync(await readFile(join(CHROME_BUILD, file)), { level: 9 }).length;
  return total;
}
