import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DRAFTS } from './fixtures/drafts';
import { expectImageOrSentence, expectOneClearSentence, generateAndSettle, insertDraft } from './harness/outcome';
import { launchRecordedChromium, openStandinTab, type RecordedChromium, type Transcript } from './harness/recorded-chromium';
import { composerState, openComposer } from './harness/steps';
import type { TestPage } from './harness/types';

const WRITE_FIRST = 'Write your post first: the image is made from its text.';

// No keys: the offline renderer typesets the draft itself, the path where odd text matters most.
describe('chromium: every draft in the corpus ends in an image or one clear sentence', () => {
  let browser: RecordedChromium;
  let transcript: Transcript;
  let page: TestPage;
  let tab: Page;
  /** alert() calls: the markup drafts call it if the extension ever renders a draft as HTML. */
  const dialogs: string[] = [];

  beforeAll(async () => {
    ({ browser, transcript } = await launchRecordedChromium());
    ({ page, tab } = await openStandinTab(browser));
    tab.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  });
  afterAll(() => browser?.close());
  afterEach(() => {
    // One draft's failure is not blamed on the next.
    transcript.errors.length = 0;
    dialogs.length = 0;
  });

  it.each(DRAFTS)('$name', async (draft) => {
    // A fresh page each time (the panel keeps its images per page); reloading is quicker than a new tab.
    await tab.reload();
    await openComposer(page);
    await insertDraft(page, draft.text);
    const before = (await composerState(page)).text;

    const outcome = await generateAndSettle(page);

    if (draft.blank) expect(expectOneClearSentence(outcome)).toBe(WRITE_FIRST);
    else expectImageOrSentence(outcome);
    expect((await composerState(page)).text).toBe(before);
    expect(transcript.errors).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
