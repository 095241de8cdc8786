import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bedrockInvocations } from '../emulator/bedrock/invocations';
import { openaiCallsTo } from '../emulator/openai';
import type { RunningEmulator } from '../emulator/server';
import { startCloudEmulator } from './harness/cloud-emulator';
import { keptImages } from './harness/cloud-history';
import { AWS_KEY_OPTIONS, chooseOption, fillOptions, openAIOptions, runServiceTest, saveOptions } from './harness/cloud-options';
import { generateImage, panelPrompt, panelSentence, rewritePrompt } from './harness/cloud-panel';
import { BROWSERS, launch } from './harness/launch';
import { composerState, openComposer, panelText, writeDraft } from './harness/steps';
import type { ExtensionBrowser, TestPage } from './harness/types';

const DRAFT = ['We opened our first bakery in the old railway station today.', 'Fresh sourdough every morning from six.'];
const OPENAI_MODEL = 'gpt-image-1-mini';
const TITAN_V2 = 'amazon.titan-image-generator-v2:0';
const SAFETY_SENTENCE = "OpenAI's safety system refused this prompt. Soften the prompt and try again.";

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
    await fillOptions(options, [
      ...openAIOptions(emulator.url, OPENAI_MODEL),
    ]);
    await chooseOption(options, 'OpenAI');
    expect(await saveOptions(options)).toBe('Saved.');
    expect(await runServiceTest(options, 'Test OpenAI')).toEqual({ ok: true, sentence: `OpenAI is ready: ${OPENAI_MODEL} is available.` });
    await options.close();
  });
  beforeEach(() => emulator.reset());
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
    const [newest] = await keptImages(popup);
    expect(newest).toMatchObject({ provider: 'openai', model: OPENAI_MODEL, prompt, width: 1200, height: 627, attachedAt: expect.any(Number) });
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

  if (browserName === 'chromium') {
    it('Bedrock: Titan v2 makes the image, which Add to post attaches', async () => {
      const options = await browser.openExtensionPage('/options.html');
      await fillOptions(options, [
        ...AWS_KEY_OPTIONS,
        ['Amazon Bedrock endpoint', emulator.url],
        ['Model', TITAN_V2, 1],
      ]);
      await chooseOption(options, 'Amazon Bedrock');
      // Analysis on the device: this test is about the image provider.
      await chooseOption(options, 'Only on this device: posts never leave your browser');
      expect(await saveOptions(options)).toBe('Saved.');
      await options.close();

      const invocations = bedrockInvocations(emulator.url);
      invocations.length = 0;
      const page = await draftInComposer();
      expect(await generateImage(page)).toBe('');
      expect(invocations.map((invocation) => invocation.modelId)).toEqual([TITAN_V2]);
      expect(invocations[0]?.body).toMatchObject({ taskType: 'TEXT_IMAGE', textToImageParams: { text: await panelPrompt(page) } });
      expect(await addToPost(page)).toMatchObject({ type: 'image/png', width: 1200, height: 627 });
      await page.close();
    });
  }
});
