import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../emulator/server';
import { startCloudEmulator } from './harness/cloud-emulator';
import { GENERATE_BUTTON } from './harness/deep';
import { clickPoint, findPanelFrame } from './harness/panel-frame';
import { openaiThrough } from './harness/cloud-options';
import { configure, openaiImageCalls, storedRecords } from './harness/extension-data';
import { insertDraft, panelOutcome } from './harness/outcome';
import { until } from './harness/poll';
import { launchRecordedChromium, openStandinTab, type RecordedChromium, type Transcript } from './harness/recorded-chromium';
import { composerState, count, MAKE_THE_IMAGE, openComposer, pressGenerate } from './harness/steps';
import type { TestPage } from './harness/types';

/** Each draft names something no other one does, so its image's prompt says whose it is. */
const DRAFTS = {
  lighthouse: 'Our lighthouse restoration project opened to visitors today.',
  orchard: 'The orchard harvest festival raised money for the village school.',
  glacier: 'Our glacier research team came back from Greenland with new data.',
};

describe('chromium: generations at the same time', () => {
  let browser: RecordedChromium;
  let emulator: RunningEmulator;
  let transcript: Transcript;
  let options: TestPage;

  beforeAll(async () => {
    emulator = await startCloudEmulator();
    ({ browser, transcript } = await launchRecordedChromium());
    options = await browser.openExtensionPage('/options.html');
    await configure(options, openaiThrough(emulator.url), 'OpenAI');
    // Every image takes a while, so a second click, or another tab, comes while one is being made.
    emulator.knobs.latencyMs = 1500;
  });
  afterAll(async () => {
    await browser?.close();
    await emulator?.close();
  });

  async function composerWith(draft: string) {
    const { page, tab } = await openStandinTab(browser);
    await openComposer(page);
    await insertDraft(page, draft);
    return { page, tab };
  }

  const imageCalls = () => openaiImageCalls(emulator);
  const imageReady = (page: TestPage, what: string) => until(() => panelOutcome(page), (outcome) => outcome.preview, what, 30_000);

  it('a double click on Generate image makes one image', async () => {
    const { page, tab } = await composerWith(DRAFTS.lighthouse);
    const [calls, records] = [imageCalls(), (await storedRecords(options)).length];
    // Our button in the page opens the panel; the paid image's own press, in the panel, is the one double-clicked.
    const doubleClick = async () => {
      await page.click(GENERATE_BUTTON);
      const centre = await until(() => clickPoint(tab, () => findPanelFrame(tab.frames()), ...MAKE_THE_IMAGE).catch(() => undefined), Boolean, 'Make the image');
      await tab.mouse.dblclick(centre!.x, centre!.y);
    };

    await doubleClick();
    await imageReady(page, 'the first image');
    await doubleClick();
    // The panel's strip lists every image this composer got.
    await until(() => count(page, 'button.thumbnail'), (thumbnails) => thumbnails >= 2, 'the second image', 30_000);
    await imageReady(page, 'the second image');

    expect(imageCalls() - calls).toBe(2);
    expect(await count(page, 'button.thumbnail')).toBe(2);
    expect((await storedRecords(options)).length - records).toBe(2);
    expect((await composerState(page)).text).toBe(DRAFTS.lighthouse);
    expect(transcript.errors).toEqual([]);
    await page.close();
  });

  it('three tabs generating at once each get their own image in their own composer', async () => {
    const known = new Set((await storedRecords(options)).map((record) => record.id));
    const tabs = [];
    for (const [word, draft] of Object.entries(DRAFTS)) tabs.push({ word, draft, ...(await composerWith(draft)) });

    // A person presses in the tab in front: Chromium routes a click into the panel's frame by what the
    // tab last painted, and a tab behind others paints nothing, so each tab comes to the front for its press.
    for (const { page, tab } of tabs) {
      await tab.bringToFront();
      await pressGenerate(page);
    }
    for (const { page, word } of tabs) await imageReady(page, `the ${word} image`);
    for (const { page, tab } of tabs) {
      await tab.bringToFront();
      await page.click('button', 'Add to post');
    }
    for (const { page, word } of tabs) {
      await until(async () => (await composerState(page)).media.length, (attached) => attached === 1, `the ${word} image attached`, 20_000);
    }

    const made = (await storedRecords(options)).filter((record) => !known.has(record.id));
    expect(made).toHaveLength(3);
    const sizes = new Set<number>();
    for (const { page, word, draft } of tabs) {
      const { text, media } = await composerState(page);
      expect(text).toBe(draft);
      const own = made.filter((record) => record.prompt.toLowerCase().includes(word));
      expect(own).toHaveLength(1);
      // The file the composer got is that record's image: its name carries the id, its size the bytes.
      expect(media).toEqual([expect.objectContaining({ name: `post-image-${own[0]!.id.slice(0, 8)}.png`, size: own[0]!.bytes })]);
      sizes.add(media[0]!.size);
    }
    expect(sizes.size).toBe(3);
    expect(transcript.errors).toEqual([]);
    for (const { page } of tabs) await page.close();
  });
});
