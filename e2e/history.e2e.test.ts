import { createHash } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBuckets, storedObject } from '../emulator/s3';
import { bucketsAt } from '../emulator/s3/store';
import type { RunningEmulator } from '../emulator/server';
import { startCloudEmulator } from './harness/cloud-emulator';
import { keptImages } from './harness/cloud-history';
import { ledgerEntries } from './harness/extension-data';
import { expectOneClearSentence, panelOutcome } from './harness/outcome';
import { AWS_KEY_OPTIONS, chooseOption, fillOptions, openAIOptions, runServiceTest, saveOptions } from './harness/cloud-options';
import { generateImage, panelPrompt, savedLinkUrl } from './harness/cloud-panel';
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
    it('a worker stopped while OpenAI works: that call is counted as possibly billed and not made again; Regenerate makes one more, the popup lists it', async () => {
      const imageCalls = () => emulator.log.filter((entry) => entry.operation === 'images.generate');
      // OpenAI holds its answer until the call is closed: the worker is stopped while it waits.
      emulator.knobs.faults.push({ service: 'openai', operation: 'images.generate', error: 'timeout' });
      const page = await draftInComposer(WORKER_DRAFT);
      await pressGenerate(page);
      await until(async () => emulator.openCalls().filter((entry) => entry.operation === 'images.generate'), (open) => open.length === 1, 'OpenAI working on the image');
      await stopExtensionWorker(chromiumContext!);

      const lost = expectOneClearSentence(await until(() => panelOutcome(page), (outcome) => outcome.sentences.some(Boolean), 'the panel’s sentence', 30_000));
      expect(lost).toMatch(/^The browser stopped Post to Image while OpenAI .+ was making your image, so its answer was lost\. .+ this month's spending\. Press Regenerate to try again\.$/);
      expect(imageCalls()).toHaveLength(1);
      await until(async () => emulator.openCalls(), (open) => open.length === 0, 'the stopped worker’s call closed');
      let popup = await browser.openExtensionPage('/popup.html');
      const settled = () => until(() => ledgerEntries(popup), (entries) => entries.every((entry) => entry.state !== 'reserved'), 'the reservations settled');
      const [unheard, ...more] = (await settled()).filter((entry) => entry.state === 'unheard');
      expect(more).toEqual([]);
      expect(unheard!.estimatedCostUsd).toBeGreaterThan(0);
      const jobId = unheard!.id.split(':')[0];
      const before = await settled();
      expect(before.filter((entry) => entry.id.startsWith(`${jobId}:`))).toEqual([unheard]);

      // The user asks again: one more call, its image.
      const prompt = await panelPrompt(page);
      await page.click('button', 'Regenerate');
      expect(await until(() => panelOutcome(page), (outcome) => outcome.preview, 'the image in the panel', 45_000)).toEqual({ preview: true, sentences: [] });
      expect(imageCalls()).toHaveLength(2);
      const ledger = await settled();
      expect(ledger.filter((entry) => entry.state === 'unheard')).toEqual([unheard]);
      const [answered, ...others] = ledger.filter((entry) => !before.some((earlier) => earlier.id === entry.id));
      expect([answered?.state, others]).toEqual(['answered', []]);
      expect(answered!.estimatedCostUsd).toBeCloseTo(unheard!.estimatedCostUsd, 6);
      await popup.close();
      // A popup opened now lists the new image.
      popup = await browser.openExtensionPage('/popup.html');
      expect((await keptImages(popup)).filter((image) => image.prompt === prompt)).toHaveLength(1);
      const alts = () => popup.evaluate(() => Array.from(document.querySelectorAll('.thumbnails img'), (image) => image.getAttribute('alt') ?? ''));
      await expect.poll(async () => (await alts()).some((alt) => alt.includes(prompt.slice(0, 100))), { timeout: 15_000 }).toBe(true);
      await popup.close();
      await page.close();
    });
  }
});
