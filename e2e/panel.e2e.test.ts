import { describe, expect, it } from 'vitest';
import { openaiCallsTo } from '../emulator/openai';
import { formatUsd } from '../lib/pricing/money';
import type { OpenAIImageModel, OpenAIQuality } from '../lib/providers/openai/models';
import { useCloudChromium } from './harness/cloud-chromium';
import { AWS_KEYS, operationsOf } from './harness/cloud-emulator';
import { choosePanel, costNote, generateImage, panelPrompt, panelSentence, rewritePrompt, waitForPanel } from './harness/cloud-panel';
import { openAIOptions } from './harness/cloud-options';
import { configure, openaiImageCalls, storedRecords } from './harness/extension-data';
import { imageDigests, previewDigest, previewSource, settledStrip } from './harness/panel-images';
import { expectOneClearSentence, insertDraft, panelOutcome } from './harness/outcome';
import { until } from './harness/poll';
import { openStandinTab } from './harness/recorded-chromium';
import { composerState, count, MAKE_THE_IMAGE, openComposer, panelText, pressGenerate } from './harness/steps';
import { expectAmounts, openaiPrice, popupMonthSpend, spentSoFar } from './harness/spending';
import type { TestPage } from './harness/types';

const DRAFT = 'Our bakery in the old railway station turns one today.\nThank you for every early morning visit!';

describe('chromium: the panel’s variations, prices, cap and Cancel, with OpenAI through the emulator', () => {
  const cloud = useCloudChromium();

  /** OpenAI with this model and quality, and this monthly cap (0: none). */
  const useOpenAI = (model: OpenAIImageModel, quality: OpenAIQuality, capUsd = 0) =>
    configure(
      cloud.options,
      [...openAIOptions(cloud.emulator.url, model), ['Quality', quality], ['Monthly spending cap (USD)', String(capUsd)]],
      'OpenAI',
    );

  async function composerWithDraft() {
    const { page } = await openStandinTab(cloud.browser);
    await openComposer(page);
    await insertDraft(page, DRAFT);
    return page;
  }

  const newCalls = (before: number) => openaiCallsTo(cloud.emulator.url).slice(before);
  /**
   * Presses a button that makes `images` images and waits until the panel offers them: the history
   * growing tells the new images from the ones the panel already showed.
   */
  /** `generate`: our Generate image, with the paid image's own press in the panel. */
  async function makeImages(page: TestPage, button: readonly [string, string?] | 'generate', images: number): Promise<string> {
    const before = (await storedRecords(cloud.options)).length;
    await (button === 'generate' ? pressGenerate(page) : page.click(...button));
    await until(async () => (await storedRecords(cloud.options)).length, (now) => now === before + images, `${images} new images in the history`, 30_000);
    return waitForPanel(page);
  }

  it('three variations at once: the strip shows them and the earlier image, Add to post attaches the one picked', async () => {
    await useOpenAI('gpt-image-2.5-flare', 'auto');
    const page = await composerWithDraft();
    expect(await generateImage(page)).toBe('');
    const first = await previewDigest(page);
    const shownBefore = await count(page, 'button.thumbnail');

    // The emulator draws from the prompt: a new prompt tells the new images from the first by their bytes.
    await rewritePrompt(page, `${await panelPrompt(page)} At dawn.`);
    await choosePanel(page, { Variations: '3' });
    const calls = openaiCallsTo(cloud.emulator.url).length;
    expect(await makeImages(page, ['button', 'Regenerate'], 3)).toBe('');

    // One request for all three (GPT Image models take n up to 4).
    expect(newCalls(calls).map((call) => call.body.n)).toEqual([3]);
    // Newest first: the three new ones, then every image shown before, the first one among them.
    const strip = await settledStrip(page, 3 + Math.max(shownBefore, 1));
    const made = strip.slice(0, 3);
    expect(new Set(made).size).toBe(3);
    expect(made).not.toContain(first);
    expect(strip.slice(3)).toContain(first);

    // Read the preview once its new blob: URL is in place: picking revokes the old one.
    const previewBefore = await previewSource(page);
    await page.click('button[aria-label="Image 2"]');
    await until(() => previewSource(page), (source) => source !== previewBefore, 'the preview of the picked image');
    expect(await previewDigest(page)).toBe(made[1]);
    await page.click('button', 'Add to post');
    const { media, text } = await until(() => composerState(page), (state) => state.media.length === 1, 'the image attached', 20_000);
    expect(text).toBe(DRAFT);
    expect(await imageDigests(page, `img[alt="${media[0]!.name}"]`)).toEqual([made[1]]);
    expect(cloud.transcript.errors).toEqual([]);
    await page.close();
  });

  it('the price of the next click follows the format, the number of images, the model and the quality', async () => {
    await useOpenAI('gpt-image-2.5-flare', 'auto');
    const page = await composerWithDraft();
    const priced = (expected: number, images: number) =>
      until(() => costNote(page), (note) => note.startsWith(`About ${formatUsd(expected)} ${images === 1 ? 'per image' : `for ${images} images`} · `), `the price ${formatUsd(expected)}`);
    // Before the very first click, under the Generate image button.
    await priced(openaiPrice('gpt-image-2.5-flare', 'auto', 'landscape', 1), 1);
    expect(await generateImage(page)).toBe('');

    await priced(openaiPrice('gpt-image-2.5-flare', 'auto', 'landscape', 1), 1);
    await choosePanel(page, { Format: 'square' });
    await priced(openaiPrice('gpt-image-2.5-flare', 'auto', 'square', 1), 1);
    await choosePanel(page, { Variations: '3' });
    await priced(openaiPrice('gpt-image-2.5-flare', 'auto', 'square', 3), 3);

    // Changed in the options tab while this composer stays open.
    await useOpenAI('gpt-image-2', 'low');
    const expected = openaiPrice('gpt-image-2', 'low', 'square', 3);
    await priced(expected, 3);

    // What the click then asks for is what was priced, and the history keeps that estimate.
    const [calls, known] = [openaiCallsTo(cloud.emulator.url).length, new Set((await storedRecords(cloud.options)).map((record) => record.id))];
    expect(await makeImages(page, ['button', 'Regenerate'], 3)).toBe('');
    expect(newCalls(calls).map((call) => call.body)).toEqual([expect.objectContaining({ model: 'gpt-image-2', quality: 'low', size: '1088x1088', n: 3 })]);
    const made = (await storedRecords(cloud.options)).filter((record) => !known.has(record.id));
    expect(made.reduce((sum, record) => sum + (record.estimatedCostUsd as number), 0)).toBeCloseTo(expected, 9);
    await page.close();
  });

  it('a click that would go over the monthly cap asks first: not pressing again spends nothing, pressing again goes ahead', async () => {
    const [each, four, spentBefore] = [openaiPrice('gpt-image-2', 'high', 'landscape', 1), openaiPrice('gpt-image-2', 'high', 'landscape', 4), await spentSoFar(cloud.options)];
    const cap = Math.ceil(spentBefore + each);
    const spent = spentBefore + each;
    expect(spent + four).toBeGreaterThan(cap); // the second click really crosses the cap
    await useOpenAI('gpt-image-2', 'high', cap);
    const page = await composerWithDraft();
    expect(await makeImages(page, 'generate', 1)).toBe('');
    expectAmounts(await popupMonthSpend(cloud.browser), [spent, cap]);

    await choosePanel(page, { Variations: '4' });
    await until(() => costNote(page), (note) => note === `About ${formatUsd(four)} for 4 images · ${formatUsd(spent)} of ${formatUsd(cap)} spent this month`, 'the price against the cap');
    const [calls, records] = [openaiImageCalls(cloud.emulator), (await storedRecords(cloud.options)).length];
    await page.click('button', 'Regenerate');
    expect(await until(() => panelSentence(page), Boolean, 'the question about the cap')).toBe(
      `This would take you over your monthly cap of ${formatUsd(cap)} (spent ${formatUsd(spent)} so far this month). Press Make the image to go ahead anyway.`,
    );
    // Declining is not pressing again: nothing was asked of OpenAI, nothing kept, nothing spent.
    expect(await waitForPanel(page)).not.toBe('');
    expect(openaiImageCalls(cloud.emulator)).toBe(calls);
    expect(await storedRecords(cloud.options)).toHaveLength(records);
    expectAmounts(await popupMonthSpend(cloud.browser), [spent, cap]);
    expect(await panelText(page)).toContain('Add to post');

    // The confirming press is offered in the panel itself.
    expect(await makeImages(page, MAKE_THE_IMAGE, 4)).toBe('');
    expect(openaiCallsTo(cloud.emulator.url).at(-1)?.body).toMatchObject({ model: 'gpt-image-2', quality: 'high', n: 4 });
    expectAmounts(await popupMonthSpend(cloud.browser), [spent + four, cap]);
    expect(await composerState(page)).toMatchObject({ text: DRAFT, media: [] });
    await page.close();
  });

  it('Cancel while OpenAI is slow: no image is kept, one clear sentence, the draft untouched, and Generate works again', async () => {
    await useOpenAI('gpt-image-2.5-flare', 'auto');
    // Longer than the test: only Cancel can end this request.
    cloud.emulator.knobs.latencyMs = 120_000;
    const page = await composerWithDraft();
    const records = (await storedRecords(cloud.options)).length;
    await pressGenerate(page);
    const request = (await until(async () => cloud.emulator.log.find((entry) => entry.operation === 'images.generate'), Boolean, 'OpenAI to be asked'))!;
    await page.click('button', 'Cancel');

    const outcome = await until(() => panelOutcome(page), (now) => now.sentences.length > 0, 'the panel to say it stopped');
    // The call had gone out: OpenAI may have started on it.
    expect(expectOneClearSentence(outcome)).toMatch(/^Cancelled\. Press Generate image to try again\. The request may still have been billed, so about \$\d+\.\d+ is counted in this month's spending\.$/);
    // The worker hung up on OpenAI before it answered.
    await until(async () => request.endedAt, Boolean, 'the request to OpenAI to be dropped');
    expect(request.status).toBe(0);
    expect(await panelText(page)).not.toMatch(/Cancel\b|Making your image/);
    expect(await composerState(page)).toMatchObject({ text: DRAFT, media: [] });
    expect(await storedRecords(cloud.options)).toHaveLength(records);

    cloud.emulator.knobs.latencyMs = 0;
    expect(await makeImages(page, 'generate', 1)).toBe('');
    await page.close();
  });

  // Last: Comprehend reads the posts from here on.
  it('Cancel while the post is still being read: OpenAI is never asked, one clear sentence', async () => {
    await configure(cloud.options, [['Access key ID', AWS_KEYS.accessKeyId], ['Secret access key', AWS_KEYS.secretAccessKey], ['Amazon Comprehend endpoint', cloud.emulator.url]]);
    cloud.emulator.knobs.latencyMs = 2000;
    const page = await composerWithDraft();
    await pressGenerate(page);
    await until(async () => operationsOf(cloud.emulator, 'comprehend').length, (calls) => calls > 0, 'Comprehend to be asked');
    await page.click('button', 'Cancel');

    const outcome = await until(() => panelOutcome(page), (now) => now.sentences.length > 0, 'the panel to say it stopped', 30_000);
    expect(expectOneClearSentence(outcome)).toBe('Cancelled. Press Generate image to try again.');
    // The panel says so once the reading, which it cannot stop, is over: by then it would have asked for the image.
    expect(openaiImageCalls(cloud.emulator)).toBe(0);
    expect(await composerState(page)).toMatchObject({ text: DRAFT, media: [] });
    await page.close();
  });
});
