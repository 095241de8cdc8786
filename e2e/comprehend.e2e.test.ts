import { DetectKeyPhrasesCommand } from '@aws-sdk/client-comprehend';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../emulator/server';
import { comprehendClientFor } from '../emulator/emulator.test-support';
import { AWS_KEYS, operationsOf, startCloudEmulator } from './harness/cloud-emulator';
import { AWS_KEY_OPTIONS, chooseOption, fillOptions, runServiceTest, saveOptions } from './harness/cloud-options';
import { analyserNote, generateImage, panelPrompt } from './harness/cloud-panel';
import { launch } from './harness/launch';
import { composerState, openComposer, writeDraft } from './harness/steps';
import type { ExtensionBrowser, TestPage } from './harness/types';

const REGION = 'eu-west-1';
const DRAFT = ['Our warehouse robots finally sort parcels twice as fast.', 'Months of careful testing paid off for the whole logistics crew.'];

describe('chromium: Amazon Comprehend through the cloud emulator', () => {
  let emulator: RunningEmulator;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    emulator = await startCloudEmulator();
    browser = await launch('chromium');
    const options = await browser.openExtensionPage('/options.html');
    await fillOptions(options, [
      ...AWS_KEY_OPTIONS,
      ['Comprehend region', REGION],
      ['Amazon Comprehend endpoint', emulator.url],
    ]);
    // Images on the device: this file is about the analysis, and AWS keys alone would pick Bedrock.
    await chooseOption(options, 'On this device');
    expect(await saveOptions(options)).toBe('Saved.');
    expect(await runServiceTest(options, 'Test Amazon Comprehend')).toEqual({
      ok: true,
      sentence: `Amazon Comprehend answered from ${REGION}: the AWS settings work.`,
    });
    await options.close();
  });
  beforeEach(() => emulator.reset());
  afterAll(async () => {
    await browser?.close();
    await emulator?.close();
  });

  async function generateFromDraft(): Promise<TestPage> {
    const page = await browser.openStandin();
    await openComposer(page);
    await writeDraft(page, DRAFT);
    await generateImage(page);
    return page;
  }

  it('analyses the draft with Comprehend, and the prompt carries the key phrases Comprehend found', async () => {
    const page = await generateFromDraft();
    expect(await analyserNote(page)).toBe(`Analysed by Amazon Comprehend (${REGION}).`);
    expect(operationsOf(emulator, 'comprehend')).toEqual(expect.arrayContaining(['DetectSentiment', 'DetectKeyPhrases', 'DetectEntities']));

    const client = comprehendClientFor(emulator, { credentials: AWS_KEYS });
    const { KeyPhrases = [] } = await client.send(new DetectKeyPhrasesCommand({ Text: DRAFT.join('\n'), LanguageCode: 'en' }));
    client.destroy();
    const phrases = KeyPhrases.map((phrase) => phrase.Text ?? '');
    expect(phrases.length).toBeGreaterThan(0);
    const prompt = await panelPrompt(page);
    // The draft is short: every phrase Comprehend found makes it into the subject, in Comprehend's order.
    expect(prompt).toContain(`Image about ${phrases.join(', ')}.`);
    await page.close();
  });

  it('analyses on the device when Comprehend denies access, and says why', async () => {
    emulator.knobs.faults.push({ service: 'comprehend', error: 'AccessDeniedException' });
    const page = await generateFromDraft();
    expect(await analyserNote(page)).toBe(
      'Analysed on this device: Amazon Comprehend refused the AWS keys (access denied) — check the IAM policy in the options.',
    );
    expect(emulator.log.find((entry) => entry.fault)).toMatchObject({ service: 'comprehend', errorCode: 'AccessDeniedException' });
    expect((await panelPrompt(page)).startsWith('Image about ')).toBe(true);
    expect((await composerState(page)).text).toBe(DRAFT.join('\n'));
    await page.close();
  });
});
