import { createHash } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBuckets, storedObject } from '../emulator/s3';
import { bucketsAt } from '../emulator/s3/store';
import type { RunningEmulator } from '../emulator/server';
import { startCloudEmulator } from './harness/cloud-emulator';
import { keptImages } from './harness/cloud-history';
import { ledgerEntries } from './harness/extension-data';
import { AWS_KEY_OPTIONS, chooseOption, fillOptions, openAIOptions, runServiceTest, saveOptions } from './harness/cloud-options';
import { generateImage, panelPrompt, savedLinkUrl, waitForPanel } from './harness/cloud-panel';
import { stopExtensionWorker } from './harness/cloud-worker';
import { launchChromium } from './harness/chromium';
import { BROWSERS, launch } from './harness/launch';
import { CHROME_BUILD } from './harness/paths';
import { until } from './harness/poll';
import { openComposer, panelText, pressGenerate, writeDraft } from './harness/steps';
import type { ExtensionBrowser, TestPage } from './harness/types';

const PREFIX = 'e2e-history';
const REGION = 'eu-west-1';
const OPENAI_MODEL = 'gpt-image-2.5-flare';
const S3_DRAFT = ['Our community garden harvested its first pumpkins this week.', 'Volunteers are welcome every Saturday.'];
const WORKER_DRAFT = ['The night train to the mountains is running again after ten years.'];

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const twoDigits = (value: number) => String(value).padStart(2, '0');

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startCloudEmulator();
});
afterAll(() => emulator?.close());

describe.each(BROWSERS)('%s: the image history, in S3 and across a stopped worker', (browserName) => {
  const bucket = `post-to-image-e2e-${browserName}`;
  let browser: ExtensionBrowser;
  /** Chromium's, to stop the extension's service worker. */
  let chromiumContext: BrowserContext | undefined;

  beforeAll(async () => {
    if (browserName === 'chromium') {
      const chromium = await launchChromium(CHROME_BUILD);
      chromiumContext = chromium.context;
      browser = chromium;
    } else browser = await launch(browserName);
    createBuckets(emulator, bucket);

    const options = await browser.openExtensionPage('/options.html');
    await fillOptions(options, [
      ...openAIOptions(emulator.url, OPENAI_MODEL),
      ...AWS_KEY_OPTIONS,
      ['Bucket name', bucket],
      ['Folder in the bucket', PREFIX],
      ['Bucket region', REGION],
      ['S3 endpoint', emulator.url],
      ['Put the bucket in the path, not the host name', true],
    ]);
    await chooseOption(options, 'OpenAI');
    // Analysis on the device: these tests are about what happens to the image.
    await chooseOption(options, 'Only on this device: posts never leave your browser');
    expect(await saveOptions(options)).toBe('Saved.');
    expect(await runServiceTest(options, 'Test S3')).toEqual({ ok: true, sentence: `S3 bucket “${bucket}” answered: these settings work.` });
    await options.close();
  });
  beforeEach(() => emulator.reset());
  afterAll(() => browser?.close());

  async function draftInComposer(lines: string[]): Promise<TestPage> {
    const page = await browser.openStandin();
    await openComposer(page);
    await writeDraft(page, lines);
    return page;
  }

  it('Save to S3 stores the image under prefix/YYYY/MM/DD/<id>.png without the post, behind a working private link', async () => {
    const page = await draftInComposer(S3_DRAFT);
    expect(await generateImage(page)).toBe('');
    const prompt = await panelPrompt(page);
    await page.click('button', 'Save to S3');
    const link = await until(() => savedLinkUrl(page), (url) => url !== '', 'the private link', 20_000);
    expect(await panelText(page)).toContain('Saved to S3. Private link (copied)');

    const url = new URL(link);
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    const key = decodeURIComponent(url.pathname.slice(`/${bucket}/`.length));
    expect([...(bucketsAt(emulator.port).get(bucket)?.keys() ?? [])]).toEqual([key]);
    const object = storedObject(emulator, bucket, key)!;
    const day = object.lastModified;
    const popup = await browser.openExtensionPage('/popup.html');
    const [kept] = await keptImages(popup);
    await popup.close();
    expect(key).toBe(`${PREFIX}/${day.getUTCFullYear()}/${twoDigits(day.getUTCMonth() + 1)}/${twoDigits(day.getUTCDate())}/${kept?.id}.png`);
    expect(object.contentType).toBe('image/png');
    // Exactly these: the post's text stays out unless the user opts in.
    expect(object.metadata).toEqual({ provider: 'openai', model: OPENAI_MODEL, 'prompt-sha256': sha256(prompt) });

    const fetched = await fetch(link);
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer()).equals(Buffer.from(object.bytes))).toBe(true);
    await page.close();
  });

  if (browserName === 'chromium') {
    it('a worker stopped mid-generation resumes the journaled job: the panel gets its image, the popup lists it', async () => {
      emulator.knobs.latencyMs = 4000;
      const page = await draftInComposer(WORKER_DRAFT);
      await pressGenerate(page);
      await until(
        async () => emulator.log.filter((entry) => entry.operation === 'images.generate').length,
        (calls) => calls === 1,
        'OpenAI to be asked for the image',
      );
      await stopExtensionWorker(chromiumContext!);

      expect(await waitForPanel(page, 45_000)).toBe('');
      expect(await panelText(page)).toContain('Add to post');
      // The stopped worker's call never came back; the restarted worker made the image again.
      expect(emulator.log.filter((entry) => entry.operation === 'images.generate')).toHaveLength(2);
      const prompt = await panelPrompt(page);

      const popup = await browser.openExtensionPage('/popup.html');
      // OpenAI answered both calls, the first into a closed connection: the ledger counts it as possibly billed.
      const ledger = await until(() => ledgerEntries(popup), (entries) => entries.every((entry) => entry.state !== 'reserved'), 'the reservations settled');
      const unheard = ledger.filter((entry) => entry.state === 'unheard');
      expect(unheard).toHaveLength(1);
      const jobId = unheard[0]!.id.split(':')[0];
      const answered = ledger.filter((entry) => entry.id.startsWith(`${jobId}:`) && entry.state === 'answered');
      expect(answered).toHaveLength(1);
      expect(unheard[0]!.estimatedCostUsd).toBeGreaterThan(0);
      expect(unheard[0]!.estimatedCostUsd).toBeCloseTo(answered[0]!.estimatedCostUsd, 6);
      expect((await keptImages(popup)).filter((image) => image.prompt === prompt)).toHaveLength(1);
      const alts = () => popup.evaluate(() => Array.from(document.querySelectorAll('.thumbnails img'), (image) => image.getAttribute('alt') ?? ''));
      await expect.poll(async () => (await alts()).some((alt) => alt.includes(prompt.slice(0, 100))), { timeout: 15_000 }).toBe(true);
      await popup.close();
      await page.close();
    });
  }
});
