import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bedrockInvocations } from '../emulator/bedrock/invocations';
import { openaiCallsTo } from '../emulator/openai';
import type { RunningEmulator } from '../emulator/server';
import { SETTINGS_VERSION } from '../lib/settings/schema';
import { startCloudEmulator } from './harness/cloud-emulator';
import { keptImages } from './harness/cloud-history';
import { AWS_KEY_OPTIONS, chooseOption, fillOptions, openaiThrough, runServiceTest, saveOptions } from './harness/cloud-options';
import { generateImage, panelPrompt, panelSentence, rewritePrompt } from './harness/cloud-panel';
import { BROWSERS, launch } from './harness/launch';
import { until } from './harness/poll';
import { composerState, openComposer, panelText, pressGenerate, writeDraft } from './harness/steps';
import { liveModels, modelNotice, storeOlderSettings } from './harness/stored-settings';
import type { ExtensionBrowser, TestPage } from './harness/types';

const DRAFT = ['We opened our first bakery in the old railway station today.', 'Fresh sourdough every morning from six.'];
/** The default a fresh profile gets: nobody picks a model in these tests. */
const OPENAI_MODEL = 'gpt-image-2.5-flare';
const STABLE_IMAGE_CORE = 'stability.stable-image-core-v1:1';
const SAFETY_SENTENCE = "OpenAI's safety system refused this prompt. Soften the prompt and try again.";

/** The day the providers' catalogues were read: the emulator answers as they did then. */
const TODAY = '2026-12-04';
let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startCloudEmulator();
});
afterAll(() => emulator?.close());

describe.each(BROWSERS)('%s: image providers through the cloud emulator', (browserName) => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launch(browserName);
    const options = await browser.openExtensionPage('/options.html');
    await fillOptions(options, openaiThrough(emulator.url));
    await chooseOption(options, 'OpenAI');
    expect(await saveOptions(options)).toBe('Saved.');
    expect(await runServiceTest(options, 'Test OpenAI')).toEqual({ ok: true, sentence: `OpenAI is ready: ${OPENAI_MODEL} is available.` });
    // What the emulator's GET /models says is live on 2026-12-04, with shutdown dates.
    expect(await liveModels(options, 'Test OpenAI')).toEqual([
      'GPT Image 2.5 Flare',
      'GPT Image 2.5 Flare (2026-09-08 snapshot)',
      'GPT Image 2.5 Sunburst',
      'GPT Image 2.5 Sunburst (2026-09-08 snapshot)',
      'GPT Image 2 — shuts down on 2027-02-10',
    ]);
    await options.close();
  });
  beforeEach(() => {
    emulator.reset();
    emulator.knobs.today = TODAY;
  });
  afterAll(() => browser?.close());

  async function draftInComposer(): Promise<TestPage> {
    const page = await browser.openStandin();
    await openComposer(page);
    await writeDraft(page, DRAFT);
    return page;
  }

  /** Add to post, then the one image the composer holds. */
  async function addToPost(page: TestPage) {
    await page.click('button', 'Add to post');
    await expect.poll(async () => (await composerState(page)).media.length, { timeout: 20_000 }).toBe(1);
    return (await composerState(page)).media[0];
  }

  it('OpenAI: Generate → Add to post attaches the image OpenAI made, fitted to 1200x627', async () => {
    const callsBefore = openaiCallsTo(emulator.url).length;
    const page = await draftInComposer();
    expect(await generateImage(page)).toBe('');
    const prompt = await panelPrompt(page);

    const calls = openaiCallsTo(emulator.url).slice(callsBefore);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ operation: 'images.generate', body: { model: OPENAI_MODEL, prompt } });
    expect(await addToPost(page)).toMatchObject({ type: 'image/png', width: 1200, height: 627 });
    expect((await composerState(page)).text).toBe(DRAFT.join('\n'));

    const popup = await browser.openExtensionPage('/popup.html');
    // The panel records the attach once the host's answer reaches it, a moment after the composer shows the image.
    await expect.poll(async () => (await keptImages(popup))[0]?.attachedAt, { timeout: 10_000 }).toEqual(expect.any(Number));
    const [newest] = await keptImages(popup);
    expect(newest).toMatchObject({ provider: 'openai', model: OPENAI_MODEL, prompt, width: 1200, height: 627 });
    await popup.close();
    await page.close();
  });

  it('OpenAI: a prompt the safety system refuses ends in the safety sentence, the draft untouched', async () => {
    const page = await draftInComposer();
    expect(await generateImage(page)).toBe('');
    await rewritePrompt(page, `${await panelPrompt(page)} Something forbidden.`);
    await page.click('button', 'Regenerate');
    await expect.poll(() => panelSentence(page), { timeout: 30_000 }).toBe(SAFETY_SENTENCE);
    expect(emulator.log.at(-1)).toMatchObject({ service: 'openai', status: 400, errorCode: 'moderation_blocked' });
    expect(await composerState(page)).toMatchObject({ text: DRAFT.join('\n'), media: [] });
    await page.close();
  });

  it('OpenAI: a moderation_blocked answer on the first try ends in the safety sentence, the draft untouched', async () => {
    emulator.knobs.faults.push({ service: 'openai', operation: 'images.generate', error: 'moderation_blocked' });
    const page = await draftInComposer();
    expect(await generateImage(page)).toBe(SAFETY_SENTENCE);
    expect(await panelText(page)).not.toContain('Add to post');
    expect(await composerState(page)).toMatchObject({ text: DRAFT.join('\n'), media: [] });
    await page.close();
  });

  it('OpenAI: a profile left on gpt-image-1-mini is moved to the default, told once, and generates', async () => {
    const popup = await browser.openExtensionPage('/popup.html');
    await storeOlderSettings(popup, { openai: { model: 'gpt-image-1-mini' } }, 2);
    await popup.close();
    const moved = await browser.openExtensionPage('/popup.html');
    expect(await modelNotice(moved)).toBe('OpenAI shut GPT Image 1 mini down on 2026-12-01, so Post to Image now uses GPT Image 2.5 Flare.');
    await moved.close();

    const callsBefore = openaiCallsTo(emulator.url).length;
    const page = await draftInComposer();
    expect(await generateImage(page)).toBe('');
    expect(openaiCallsTo(emulator.url).slice(callsBefore).map((call) => call.body.model)).toEqual([OPENAI_MODEL]);
    await page.close();
  });

  if (browserName === 'chromium') {
    it('OpenAI: a model OpenAI will not serve ends in a sentence naming one that works, and one click switches to it', async () => {
      emulator.knobs.faults.push({ service: 'openai', operation: 'images.generate', error: 'model_not_found' });
      const page = await draftInComposer();
      expect(await generateImage(page)).toBe('This OpenAI endpoint does not offer gpt-image-2.5-flare: switch to GPT Image 2.5 Sunburst in the options.');
      const callsBefore = openaiCallsTo(emulator.url).length;
      await page.click('button', 'Use GPT Image 2.5 Sunburst');
      await expect.poll(() => openaiCallsTo(emulator.url).slice(callsBefore).map((call) => call.body.model), { timeout: 30_000 }).toEqual(['gpt-image-2.5-sunburst']);
      await expect.poll(() => panelText(page), { timeout: 30_000 }).toContain('Add to post');
      await page.close();
      // Back to the default for the tests after this one.
      const popup = await browser.openExtensionPage('/popup.html');
      await storeOlderSettings(popup, { openai: { model: OPENAI_MODEL } }, SETTINGS_VERSION);
      await popup.close();
    });

    it('Bedrock: a fresh choice of Bedrock makes the image with Stable Image Core in us-west-2, and Test lists the region’s live models', async () => {
      const options = await browser.openExtensionPage('/options.html');
      await fillOptions(options, [...AWS_KEY_OPTIONS, ['Amazon Bedrock endpoint', emulator.url]]);
      await chooseOption(options, 'Amazon Bedrock');
      // Analysis on the device: this test is about the image provider.
      await chooseOption(options, 'Only on this device: posts never leave your browser');
      expect(await saveOptions(options)).toBe('Saved.');
      expect(await runServiceTest(options, 'Test Amazon Bedrock')).toEqual({ ok: true, sentence: 'Stable Image Core answered from us-west-2: the Bedrock settings work.' });
      expect(await liveModels(options, 'Test Amazon Bedrock')).toEqual(['Stable Image Core', 'Stable Image Ultra', 'Stable Diffusion 3.5 Large', 'Amazon Nova 2 Omni (preview)']);
      await options.close();

      const invocations = bedrockInvocations(emulator.url);
      invocations.length = 0;
      const page = await draftInComposer();
      expect(await generateImage(page)).toBe('');
      expect(invocations.map(({ modelId, region }) => [modelId, region])).toEqual([[STABLE_IMAGE_CORE, 'us-west-2']]);
      expect(invocations[0]?.body).toMatchObject({ prompt: await panelPrompt(page), aspect_ratio: '16:9' });
      expect(await addToPost(page)).toMatchObject({ type: 'image/png', width: 1200, height: 627 });
      await page.close();
    });

    it('Bedrock: a call that never answers is ended by Cancel, the panel rests, and the call is closed on the wire', async () => {
      emulator.knobs.faults.push({ service: 'bedrock', error: 'timeout' });
      const page = await draftInComposer();
      await pressGenerate(page);
      await until(async () => emulator.openCalls().filter((entry) => entry.service === 'bedrock'), (open) => open.length === 1, 'Bedrock to be asked');
      await page.click('button', 'Cancel');
      expect(await until(() => panelSentence(page), Boolean, 'the panel to say it stopped')).toMatch(/^Cancelled\. Press Generate image to try again\. The request may still have been billed, so about \$\d+\.\d+ is counted in this month's spending\.$/);
      await until(async () => emulator.openCalls(), (open) => open.length === 0, 'the call to Bedrock closed');
      expect(await panelText(page)).not.toMatch(/Cancel\b|Making your image/);
      expect((await composerState(page)).text).toContain(DRAFT[0]);
      await page.close();
    });

    it.each([
      ['amazon.titan-image-generator-v2:0', 'us-east-1', 'Amazon Bedrock ended Amazon Titan Image Generator v2 on 2026-06-30, so Post to Image now uses Stable Image Core in us-west-2 (it is not offered in us-east-1).'],
      ['amazon.nova-canvas-v1:0', 'eu-west-1', 'Amazon Bedrock ended Amazon Nova Canvas on 2026-09-30, so Post to Image now uses Stable Image Core in us-west-2 (it is not offered in eu-west-1).'],
    ])('Bedrock: a profile left on %s in %s is moved to Stable Image Core, told once, and generates', async (model, region, sentence) => {
      const popup = await browser.openExtensionPage('/popup.html');
      await storeOlderSettings(popup, { bedrock: { model, region } }, 2);
      await popup.close();
      const options = await browser.openExtensionPage('/options.html');
      expect(await modelNotice(options)).toBe(sentence);
      await options.close();

      const invocations = bedrockInvocations(emulator.url);
      invocations.length = 0;
      const page = await draftInComposer();
      expect(await generateImage(page)).toBe('');
      expect(invocations.map(({ modelId, region: signedFor }) => [modelId, signedFor])).toEqual([[STABLE_IMAGE_CORE, 'us-west-2']]);
      await page.close();
    });
  }
});
