import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuckets } from '../emulator/s3';
import type { RunningEmulator } from '../emulator/server';
import { AWS_KEYS, OPENAI_KEY, startCloudEmulator } from './harness/cloud-emulator';
import { AWS_KEY_OPTIONS, importSettingsFile, openaiThrough, type OptionsEntry, runServiceTest, settingsFileMovingOpenAI } from './harness/cloud-options';
import { panelPrompt, savedLinkUrl } from './harness/cloud-panel';
import { configure, openaiImageCalls, storedRecords } from './harness/extension-data';
import { BROWSERS, launch } from './harness/launch';
import { expectOneClearSentence, generateAndSettle, insertDraft, panelOutcome } from './harness/outcome';
import { attackThePanel, everythingThePageCanRead, pretendToBeTheExtension, removeInjectedStyles, startWatchingOurDom } from './harness/page-world';
import { startCollector } from './harness/collector';
import { evaluateInContentScriptWorld } from './harness/isolated-world';
import { until } from './harness/poll';
import { launchRecordedChromium, openStandinTab, type RecordedChromium, type Transcript } from './harness/recorded-chromium';
import { composerState, count, EDITOR, MAKE_THE_IMAGE, openComposer, panelText, pressGenerate } from './harness/steps';
import type { ExtensionBrowser, TestPage } from './harness/types';

const SUBJECT = 'lighthouse';
const DRAFT = `We opened the new ${SUBJECT} museum today. Thanks to every volunteer!`;
const BUCKET = 'security-images';
const SECRETS = [OPENAI_KEY, AWS_KEYS.secretAccessKey];

/** Every key the options page takes, every service pointed at the emulator. */
function everyKeyThrough(emulatorUrl: string): OptionsEntry[] {
  return [
    ...openaiThrough(emulatorUrl),
    ...AWS_KEY_OPTIONS,
    ['Amazon Comprehend endpoint', emulatorUrl],
    ['Amazon Bedrock endpoint', emulatorUrl],
    ['S3 endpoint', emulatorUrl],
    ['Put the bucket in the path, not the host name', true],
    ['Bucket name', BUCKET],
    ['Bucket region', 'us-east-1'],
  ];
}

async function startKeyedEmulator(): Promise<RunningEmulator> {
  const emulator = await startCloudEmulator();
  createBuckets(emulator, BUCKET);
  return emulator;
}

describe.each(BROWSERS)('%s: what a LinkedIn page can reach, with every key saved', (browserName) => {
  let browser: ExtensionBrowser;
  let emulator: RunningEmulator;
  let options: TestPage;

  beforeAll(async () => {
    emulator = await startKeyedEmulator();
    browser = await launch(browserName);
    options = await browser.openExtensionPage('/options.html');
    await configure(options, everyKeyThrough(emulator.url), 'OpenAI');
  });
  afterAll(async () => {
    await browser?.close();
    await emulator?.close();
  });

  async function composerWithDraft(): Promise<TestPage> {
    const page = await browser.openStandin('mountDelay=0');
    await openComposer(page);
    await insertDraft(page, DRAFT);
    return page;
  }

  it('the page’s own world has no extension API to message the worker or read storage', async () => {
    const page = await composerWithDraft();
    const reach = await page.evaluate(() => {
      const world = window as unknown as { chrome?: { runtime?: { sendMessage?: unknown }; storage?: unknown }; browser?: unknown };
      return { sendMessage: typeof world.chrome?.runtime?.sendMessage, storage: typeof world.chrome?.storage, browser: typeof world.browser };
    });
    expect(reach).toEqual({ sendMessage: 'undefined', storage: 'undefined', browser: 'undefined' });
    await page.close();
  });

  it('messages, events and clicks from page script start no work; our button does, once', async () => {
    const page = await composerWithDraft();
    const calls = openaiImageCalls(emulator);
    const records = (await storedRecords(options)).length;

    await page.evaluate(pretendToBeTheExtension);
    // Page script pressing our button is not a person pressing it: it starts nothing.
    await page.evaluate(() => {
      const [host] = (window as unknown as { __deep(selector: string): Element[] }).__deep('post-to-image-host');
      host?.shadowRoot?.querySelector<HTMLButtonElement>('button[aria-label="Generate image"]')?.click();
    });
    // Anything those started would reach the emulator before the image the real click asks for.
    await pressGenerate(page);
    await until(() => panelOutcome(page), (outcome) => outcome.preview, 'the image', 30_000);

    expect(openaiImageCalls(emulator) - calls).toBe(1);
    expect((await storedRecords(options)).length - records).toBe(1);
    await page.close();
  });

  it('no key ever shows in our DOM or the page’s storage, through a generation and a save to S3', async () => {
    const page = await composerWithDraft();
    await page.evaluate(startWatchingOurDom);
    await pressGenerate(page);
    await until(() => panelOutcome(page), (outcome) => outcome.preview, 'the image', 30_000);
    await page.click('button', 'Save to S3');
    await until(() => savedLinkUrl(page), (url) => url !== '', 'the saved link', 30_000);

    const readable = await page.evaluate(everythingThePageCanRead);
    expect(readable).toContain('post-to-image-host'); // the watch read our host element...
    // ...but nothing of the panel in its frame: not the private link it shows, not the prompt.
    expect(readable).not.toContain(await savedLinkUrl(page));
    expect(readable).not.toContain(await panelPrompt(page));
    for (const secret of SECRETS) expect(readable).not.toContain(secret);
    await page.close();
  });

  it('a hostile page: script clicks, synthetic keys, injected styles and fake host messages make no image; it reads nothing of the panel', async () => {
    const page = await composerWithDraft();
    const [calls, records] = [openaiImageCalls(emulator), (await storedRecords(options)).length];
    expect(await page.evaluate(attackThePanel)).toEqual([]);
    // The person's click meant for the page lands on our stretched button: it only opens the panel.
    await page.click(EDITOR);
    await until(() => panelText(page), (text) => text.includes('Make the image'), 'the panel asking for the paid press');
    await page.evaluate(attackThePanel);
    await page.evaluate(removeInjectedStyles);
    expect(openaiImageCalls(emulator)).toBe(calls);
    expect((await storedRecords(options)).length).toBe(records);
    expect(await composerState(page)).toMatchObject({ text: DRAFT, media: [] });
    // The panel still works for the person, from its own press.
    await page.click(...MAKE_THE_IMAGE);
    await until(() => panelOutcome(page), (outcome) => outcome.preview, 'the image', 30_000);
    expect(openaiImageCalls(emulator) - calls).toBe(1);
    await page.close();
  });

  it('an imported file that moves OpenAI elsewhere removes the key instead of sending it there', async () => {
    const collector = await startCollector();
    try {
      const file = await settingsFileMovingOpenAI(options, `${collector.url}/v1`);
      const sentence = await importSettingsFile(options, file);
      expect(sentence).toMatch(/OpenAI Images now goes to 127\.0\.0\.1, so your saved OpenAI key was removed rather than sent there/);
      expect(sentence).not.toContain('unchanged');
      const page = await composerWithDraft();
      await generateAndSettle(page);
      expect(collector.requests.filter((headers) => JSON.stringify(headers).includes(OPENAI_KEY))).toEqual([]);
      await page.close();
    } finally {
      await collector.close();
      await configure(options, everyKeyThrough(emulator.url), 'OpenAI');
    }
  });
});

describe('chromium: no key in any log, sentence or history record', () => {
  let browser: RecordedChromium;
  let emulator: RunningEmulator;
  let transcript: Transcript;

  beforeAll(async () => {
    emulator = await startKeyedEmulator();
    ({ browser, transcript } = await launchRecordedChromium());
  });
  afterAll(async () => {
    await browser?.close();
    await emulator?.close();
  });

  const WRONG = { openai: 'sk-test-fake-wrong-9876543210zyxw', secret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYWRONGEXAMPLE' };
  const TESTS = ['Test OpenAI', 'Test Amazon Comprehend', 'Test Amazon Bedrock', 'Test S3'];

  /** Each Test button's sentence, and the panel's text after Generate image in a fresh composer. */
  async function everythingShown(options: TestPage): Promise<{ tests: string[]; panel: string; generated: boolean }> {
    const tests: string[] = [];
    for (const label of TESTS) tests.push((await runServiceTest(options, label)).sentence);
    const { page } = await openStandinTab(browser);
    await openComposer(page);
    await insertDraft(page, DRAFT);
    const outcome = await generateAndSettle(page);
    if (outcome.preview) {
      await page.click('button', 'Save to S3');
      await until(() => savedLinkUrl(page), (url) => url !== '', 'the saved link', 30_000);
    } else expectOneClearSentence(outcome);
    const panel = `${await panelText(page)} ${await page.evaluate(everythingThePageCanRead)}`;
    await page.close();
    return { tests, panel, generated: outcome.preview };
  }

  it('our content script’s own world cannot read the keys: Chrome closes storage.local to it', async () => {
    const options = await browser.openExtensionPage('/options.html');
    await configure(options, everyKeyThrough(emulator.url), 'OpenAI');
    await options.close();
    const { page, tab } = await openStandinTab(browser);
    await openComposer(page); // the panel's script is in the same world by now
    const read = await evaluateInContentScriptWorld(
      tab,
      `chrome.storage.local.get(null).then((items) => 'read: ' + JSON.stringify(items), (error) => 'refused: ' + error.message)`,
    );
    expect(read).toBe('refused: Access to storage is not allowed from this context.');
    await page.close();
  });

  it('with working keys, then wrong ones: the options page, the panel, every console and the history', { timeout: 150_000 }, async () => {
    const options = await browser.openExtensionPage('/options.html');
    await configure(options, everyKeyThrough(emulator.url), 'OpenAI');
    const working = await everythingShown(options);
    expect(working.generated).toBe(true);

    await configure(options, [['OpenAI API key', WRONG.openai], ['Secret access key', WRONG.secret]]);
    const wrong = await everythingShown(options);
    expect(wrong.generated).toBe(false);
    expect(wrong.tests.every((sentence) => sentence !== '')).toBe(true);

    const history = JSON.stringify([...(await storedRecords(options, 'images')), ...(await storedRecords(options, 'jobs'))]);
    expect(history).toContain(SUBJECT); // the records hold the prompt: the search reads real content
    const everything = [...transcript.lines, ...working.tests, working.panel, ...wrong.tests, wrong.panel, history].join('\n');
    for (const secret of [...SECRETS, WRONG.openai, WRONG.secret]) expect(everything).not.toContain(secret);
    // The access key ID may be in a presigned link (S3 puts it there), but never in a log or a record.
    expect([...transcript.lines, history].join('\n')).not.toContain(AWS_KEYS.accessKeyId);
  });
});
