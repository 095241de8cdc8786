import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../emulator/server';
import type { Fault } from '../emulator/types';
import { LINKEDIN_MAX_IMAGE_BYTES } from '../lib/formats';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../lib/settings/schema';
import { OPENAI_KEY, startCloudEmulator } from './harness/cloud-emulator';
import { openaiThrough } from './harness/cloud-options';
import { journaledJobs, stopWorkerAfterAnswer } from './harness/cloud-worker';
import { configure, ledgerEntries, openaiImageCalls, storedRecords } from './harness/extension-data';
import { openaiPrice } from './harness/spending';
import { settingsFrom } from '../lib/settings/schema';
import type { OpenAIImageModel } from '../lib/providers/openai/models';
import { expectOneClearSentence, generateAndSettle, insertDraft, panelOutcome, type PanelOutcome } from './harness/outcome';
import { until } from './harness/poll';
import { launchRecordedChromium, openStandinTab, type RecordedChromium, type Transcript } from './harness/recorded-chromium';
import { choosePanel, costNote } from './harness/cloud-panel';
import { GENERATE_BUTTON } from './harness/deep';
import { composerState, count, MAKE_THE_IMAGE, openComposer, panelText, pressGenerate } from './harness/steps';
import { storeOlderSettings } from './harness/stored-settings';
import type { TestPage } from './harness/types';

const DRAFT = 'Our team shipped the new onboarding flow today.\nThanks to everyone who tested it.';
const WRONG_KEY = 'sk-test-fake-wrong-9876543210zyxw';
/** The shortest time the options allow: a call that never answers is given up on after it, and not asked again. */
const GIVE_UP_SECONDS = '10';

describe('chromium: OpenAI failing in every way it can (through the emulator)', () => {
  let browser: RecordedChromium;
  let emulator: RunningEmulator;
  let emulatorOpen = true;
  let transcript: Transcript;
  let options: TestPage;
  let page: TestPage;
  let tab: Page;

  beforeAll(async () => {
    emulator = await startCloudEmulator();
    ({ browser, transcript } = await launchRecordedChromium());
    options = await browser.openExtensionPage('/options.html');
    await configure(options, [...openaiThrough(emulator.url), ['Give up after (seconds)', GIVE_UP_SECONDS]], 'OpenAI');
    ({ page, tab } = await openStandinTab(browser));
  });
  afterAll(async () => {
    await browser?.close();
    if (emulatorOpen) await emulator?.close();
  });

  const imageCalls = () => openaiImageCalls(emulator);
  /** The day the emulator is pinned to after each reset: a day DALL·E 3 was still served, for its tests. */
  let pinnedDay: string | undefined;
  function resetEmulator(): void {
    emulator.reset();
    if (pinnedDay) emulator.knobs.today = pinnedDay;
  }

  /** A fresh composer with the draft, these faults queued, Generate image: the panel's outcome. */
  async function generateWith(faults: Fault[]): Promise<PanelOutcome> {
    resetEmulator();
    emulator.knobs.faults.push(...faults);
    await tab.reload();
    await openComposer(page);
    await insertDraft(page, DRAFT);
    const outcome = await generateAndSettle(page, 80_000);
    expect((await composerState(page)).text).toBe(DRAFT);
    expect(transcript.errors).toEqual([]);
    return outcome;
  }

  const openai = (error: string, times = 1): Fault => ({ service: 'openai', error, times });

  /** What the ledger holds now, by state, in USD. */
  async function ledgerUsd(): Promise<Record<string, number>> {
    const totals: Record<string, number> = {};
    for (const entry of await ledgerEntries(options)) totals[entry.state] = (totals[entry.state] ?? 0) + entry.estimatedCostUsd;
    return totals;
  }

  /** The ledger grew by what `calls` answered calls of `count` images from `model` cost, and holds nothing reserved. */
  async function expectLedgerGrewBy(before: Record<string, number>, model: OpenAIImageModel, calls: number, count = 1) {
    const after = await ledgerUsd();
    const price = openaiPrice(model, settingsFrom({}).openai.quality, 'landscape', count);
    expect((after.answered ?? 0) - (before.answered ?? 0)).toBeCloseTo(calls * price, 6);
    expect(after.reserved ?? 0).toBe(0);
  }

  it('rate limits that clear while Post to Image asks again (refused before any work, not billed): an image', async () => {
    expect((await generateWith([openai('rate_limit_exceeded', 2)])).preview).toBe(true);
    expect(imageCalls()).toBe(3);
  });

  it('a rate limit that does not clear: a sentence', async () => {
    expect(expectOneClearSentence(await generateWith([openai('rate_limit_exceeded', 3)]))).toMatch(/too many requests/);
  });

  it('an exhausted quota: a sentence at once, without retries', async () => {
    expect(expectOneClearSentence(await generateWith([openai('insufficient_quota')]))).toMatch(/out of credit/);
    expect(imageCalls()).toBe(1);
  });

  it('a server error: a sentence, and not asked again (the image may have been made and billed)', async () => {
    expect(expectOneClearSentence(await generateWith([openai('server_error', 3)]))).toMatch(/problem on its side/);
    expect(imageCalls()).toBe(1);
  });

  it('a provider that never answers: a sentence once the time is up, asked once, counted as possibly billed, no call left open', { timeout: 100_000 }, async () => {
    const before = await ledgerUsd();
    expect(expectOneClearSentence(await generateWith([openai('timeout', 3)]))).toMatch(/did not answer in time.*may still have been billed/);
    expect(imageCalls()).toBe(1);
    await until(async () => emulator.openCalls(), (open) => open.length === 0, 'the given-up call closed');
    const after = await ledgerUsd();
    expect((after.unheard ?? 0) - (before.unheard ?? 0)).toBeCloseTo(openaiPrice(DEFAULT_SETTINGS.openai.model, settingsFrom({}).openai.quality, 'landscape', 1), 6);
    expect(after.reserved ?? 0).toBe(0);
  });

  it('a gateway’s 429 in its own JSON: busy, wait a minute (not a settings problem)', async () => {
    expect(expectOneClearSentence(await generateWith([openai('gateway_throttled', 3)]))).toMatch(/too many requests.*wait a minute/);
  });

  it('a load balancer’s 502 page: the connection or the endpoint, not asked again (it may have passed the call on)', async () => {
    expect(expectOneClearSentence(await generateWith([openai('gateway_html', 3)]))).toMatch(/proxy or gateway.*check the connection and the endpoint/);
    expect(imageCalls()).toBe(1);
  });

  it('a streamed answer cut half way: its sentence, and the answer counted as paid', async () => {
    const before = await ledgerUsd();
    expect(expectOneClearSentence(await generateWith([openai('cut_body')]))).toMatch(/cut off on the way/);
    await expectLedgerGrewBy(before, DEFAULT_SETTINGS.openai.model, 1);
  });

  it('an empty streamed 200: its sentence', async () => {
    expect(expectOneClearSentence(await generateWith([openai('empty_body')]))).toMatch(/empty answer/);
  });

  it('the worker stopped right after 4 variations arrived: one call, the ledger counts it once, the images reach the panel', { timeout: 100_000 }, async () => {
    resetEmulator();
    await tab.reload();
    await openComposer(page);
    await insertDraft(page, DRAFT);
    // The page's button opens the panel at its paid press; the variations are chosen there, before it.
    await page.click(GENERATE_BUTTON);
    await until(() => panelText(page), (text) => text.includes('Make the image'), 'the panel’s paid press');
    const variations = async (count: string, note: RegExp) => {
      await choosePanel(page, { Variations: count });
      await until(() => costNote(page), (shown) => note.test(shown), `the price of ${count}`);
    };
    await variations('4', /for 4 images/);
    const [before, earlier] = [await ledgerUsd(), await journaledJobs(options)];
    await page.click(...MAKE_THE_IMAGE);
    await stopWorkerAfterAnswer(browser.context, options, earlier);
    // Add to post comes with the job's answer (the strip's earlier images are not chosen after a reload).
    expect(await until(() => panelOutcome(page), (outcome) => outcome.preview, 'the images in the panel', 60_000)).toEqual({ preview: true, sentences: [] });
    const job = (await storedRecords(options, 'jobs')).find((entry) => !earlier.has(String(entry.jobId)));
    expect(job?.imageIds).toHaveLength(4);
    expect(await count(page, 'button.thumbnail')).toBeGreaterThanOrEqual(4);
    expect(imageCalls()).toBe(1);
    await expectLedgerGrewBy(before, DEFAULT_SETTINGS.openai.model, 1, 4);
    expect(transcript.errors).toEqual([]);
    await variations('1', /per image/);
  });

  it('malformed JSON: a sentence', async () => {
    expectOneClearSentence(await generateWith([openai('malformed')]));
  });

  it('a safety refusal: a sentence', async () => {
    expect(expectOneClearSentence(await generateWith([openai('moderation_blocked')]))).toMatch(/safety system/);
  });

  it('a wrong key: a sentence that shows no part of the key', async () => {
    await configure(options, [['OpenAI API key', WRONG_KEY]]);
    try {
      const sentence = expectOneClearSentence(await generateWith([]));
      expect(sentence).toMatch(/API key/);
      for (const part of [WRONG_KEY, WRONG_KEY.slice(0, 7), WRONG_KEY.slice(-4)]) expect(sentence).not.toContain(part);
    } finally {
      await configure(options, [['OpenAI API key', OPENAI_KEY]]);
    }
  });

  // DALL·E 3 answers in one piece (GPT Image models stream), so these reach the image decoding itself. It is
  // shut down and no longer offered, so it is stored as if chosen before, and the emulator is pinned to a day
  // it was still served (a cut answer is the service's own answer, cut).
  describe('with DALL·E 3', () => {
    // Drawing a 25 MB image takes the emulator seconds: the SDK must not give up and ask again meanwhile.
    beforeAll(async () => {
      pinnedDay = '2026-05-01';
      await storeOlderSettings(options, { openai: { model: 'dall-e-3', timeoutSeconds: 120 } }, SETTINGS_VERSION);
    });
    afterAll(async () => {
      pinnedDay = undefined;
      await storeOlderSettings(options, { openai: { model: DEFAULT_SETTINGS.openai.model, timeoutSeconds: Number(GIVE_UP_SECONDS) } }, SETTINGS_VERSION);
    });

    it('malformed JSON: a sentence', async () => {
      expectOneClearSentence(await generateWith([openai('malformed')]));
    });

    it('truncated base64: a sentence, and the answer counted as paid', async () => {
      const before = await ledgerUsd();
      expect(expectOneClearSentence(await generateWith([openai('truncated_base64')]))).toMatch(/could not read/);
      await expectLedgerGrewBy(before, 'dall-e-3', 1);
    });

    it('an answer cut half way: its sentence', async () => {
      expect(expectOneClearSentence(await generateWith([openai('cut_body')]))).toMatch(/cut off on the way/);
    });

    it('an empty 200: its sentence', async () => {
      expect(expectOneClearSentence(await generateWith([openai('empty_body')]))).toMatch(/empty answer/);
    });

    it('the worker stopped while a 25 MB answer is being fitted: one call, counted once, the image reaches the panel', { timeout: 120_000 }, async () => {
      resetEmulator();
      emulator.knobs.faults.push(openai('huge_image'));
      await tab.reload();
      await openComposer(page);
      await insertDraft(page, DRAFT);
      const [before, earlier] = [await ledgerUsd(), await journaledJobs(options)];
      await pressGenerate(page);
      await stopWorkerAfterAnswer(browser.context, options, earlier);
      await until(() => panelOutcome(page), (outcome) => outcome.preview, 'the image in the panel', 60_000);
      expect(imageCalls()).toBe(1);
      await expectLedgerGrewBy(before, 'dall-e-3', 1);
      expect(transcript.errors).toEqual([]);
    });

    it('a safety refusal: a sentence', async () => {
      expect(expectOneClearSentence(await generateWith([openai('content_policy_violation')]))).toMatch(/safety system/);
    });

    it('a 25 MB image: fitted under LinkedIn’s limit and attached', async () => {
      expect((await generateWith([openai('huge_image')])).preview).toBe(true);
      await page.click('button', 'Add to post');
      const { media } = await until(() => composerState(page), (state) => state.media.length === 1, 'the image attached', 20_000);
      expect(media[0]!.size).toBeLessThanOrEqual(LINKEDIN_MAX_IMAGE_BYTES);
      expect(media[0]).toMatchObject({ width: 1200, height: 627 });
      expect((await composerState(page)).text).toBe(DRAFT);
    });
  });

  // Last: the emulator does not come back.
  it('the network gone: a sentence', async () => {
    await emulator.close();
    emulatorOpen = false;
    expect(expectOneClearSentence(await generateWith([]))).toMatch(/could not be reached/);
  });
});
