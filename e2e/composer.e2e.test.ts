import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATE_BUTTON } from './harness/deep';
import { BROWSERS, launch } from './harness/launch';
import { until } from './harness/poll';
import {
  composerState,
  count,
  EDITOR,
  fileChooserClicks,
  generateThenAdd,
  messagingText,
  navigate,
  openComposer,
  PANEL,
  panelText,
  published,
  setField,
  writeDraft,
} from './harness/steps';
import type { ExtensionBrowser } from './harness/types';

const SHARE_BOX_EDITOR = '[data-test-modal-id="sharebox"] [role="textbox"]';
const DISMISS = { en: '[aria-label="Dismiss"]', sv: '[aria-label="Stäng"]' };

const DRAFTS = {
  en: ['Thrilled to share that our team shipped the new onboarding flow!', 'Thanks to everyone who tested it.'],
  sv: ['Jag är så glad att vårt team har lanserat den nya appen!', 'Tack till alla som testade den.'],
};
/** A numbered list in Swedish, for the offline card's list layout. */
const LIST_DRAFT = ['Tre saker vi lärde oss i år:', '1. Släpp tidigt', '2. Prata med användarna', '3. Mät allt'];
const POSTS = { en: { draft: DRAFTS.en, layout: 'Layout: Headline' }, sv: { draft: LIST_DRAFT, layout: 'Layout: List' } };

describe.each(BROWSERS)('%s: the composer', (browserName) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(browserName);
  });
  afterAll(() => browser?.close());

  describe.each([
    ['classic', 'en'],
    ['sdui', 'sv'],
  ] as const)('%s share box in %s', (ui, lang) => {
    it('gets one Generate image button that survives close, reopen and SPA navigation', async () => {
      const page = await browser.openStandin(`ui=${ui}&lang=${lang}`);
      await openComposer(page);
      await page.click(DISMISS[lang]);
      await expect.poll(async () => (await composerState(page)).open).toBe(false);
      await expect.poll(() => count(page, GENERATE_BUTTON)).toBe(0);
      await openComposer(page);
      await page.click(DISMISS[lang]);
      await navigate(page, '/mynetwork/');
      await navigate(page, '/feed/');
      await openComposer(page);
      await page.close();
    });

    it('Generate → Add to post attaches exactly one image through the media step; Post publishes it', async () => {
      const page = await browser.openStandin(`ui=${ui}&lang=${lang}`);
      const messagingBefore = await messagingText(page);
      await openComposer(page);
      const { draft, layout } = POSTS[lang];
      await writeDraft(page, draft);
      // The card is laid out as the post is written: a list card for the list.
      await generateThenAdd(page, async () => expect(await panelText(page)).toContain(layout));
      await expect.poll(async () => (await composerState(page)).media.length, { timeout: 20_000 }).toBe(1);
      const state = await composerState(page);
      expect(state.text).toBe(draft.join('\n'));
      expect(state.media[0]).toMatchObject({ type: 'image/png', width: 1200, height: 627 });
      expect(await fileChooserClicks(page)).toBe(0);
      expect(await messagingText(page)).toBe(messagingBefore);
      await expect.poll(() => panelText(page)).toContain('Image added to your post.');
      await page.click('[data-view-name="share-post"], .share-actions__primary-action');
      await expect.poll(() => published(page)).toEqual([{ text: draft.join('\n'), media: 1 }]);
      await page.close();
    });
  });

  // LinkedIn's 2026 SDUI share box: the file input under <body>, outside both dialogs; the German Media control is an
  // icon whose label is "Medieninhalte"; the chooser may be opened by showPicker(), which sends no click to cancel.
  it.each(['ui=sdui&lang=de', 'ui=sdui&picker=showPicker'])('attaches one image on the SDUI share box with %s, no file chooser', async (query) => {
    const page = await browser.openStandin(query);
    await openComposer(page);
    await writeDraft(page, DRAFTS.en);
    await generateThenAdd(page);
    await expect.poll(async () => (await composerState(page)).media.length, { timeout: 20_000 }).toBe(1);
    expect((await composerState(page)).text).toBe(DRAFTS.en.join('\n'));
    expect(await fileChooserClicks(page)).toBe(0);
    await page.close();
  });

  it('leaves a comment box in a post-detail dialog alone: no button there, the image goes to the share box', async () => {
    const page = await browser.openStandin('postDetail=1&shareActive=true');
    await until(() => count(page, GENERATE_BUTTON), (n) => n > 0, 'a Generate image button');
    expect(await count(page, `.comments-comment-box ${PANEL}`)).toBe(0);
    await writeDraft(page, DRAFTS.en, SHARE_BOX_EDITOR);
    await generateThenAdd(page);
    await expect.poll(async () => (await composerState(page)).media.length, { timeout: 20_000 }).toBe(1);
    expect((await composerState(page)).comment).toEqual({ open: true, text: '', media: [] });
    await page.close();
  });

  it('says in one sentence what to do when a link preview leaves no Media control', async () => {
    const page = await browser.openStandin('ui=sdui');
    await openComposer(page);
    await writeDraft(page, ['Our launch notes are up: https://example.com/launch']);
    await expect.poll(async () => (await composerState(page)).linkPreview).toBe(true);
    await generateThenAdd(page);
    await expect.poll(() => panelText(page), { timeout: 20_000 }).toContain('remove the preview');
    expect(await panelText(page)).toMatch(/Copy image.*Download image/s);
    expect((await composerState(page)).media).toEqual([]);

    // Copy diagnostics, then a real Ctrl+V into another box shows what a bug report would hold.
    await page.click('button', 'Copy diagnostics');
    await expect.poll(() => panelText(page)).toContain('Diagnostics are on your clipboard');
    const draft = (await composerState(page)).text!;
    await page.click(EDITOR);
    await page.press('Control+V');
    const pasted = async () => (await composerState(page)).text!.replace(draft, '');
    await expect.poll(pasted).toContain('failed stage: media-control-missing');
    expect(await pasted()).toContain('[componentkey=ShareBox_textEditor]');
    expect(await pasted()).not.toContain('launch notes');
    await page.close();
  });

  it('Copy image puts a PNG on the clipboard that a real Ctrl+V pastes into the post', async () => {
    const page = await browser.openStandin('ui=sdui&paste=1&media=0');
    await openComposer(page);
    await writeDraft(page, DRAFTS.en);
    await page.click(GENERATE_BUTTON);
    await expect.poll(() => panelText(page), { timeout: 30_000 }).toContain('Copy image');
    await page.click('button', 'Copy image');
    await expect.poll(() => panelText(page)).toContain('The image is on your clipboard');
    // Headless Firefox's clipboard keeps text only (its diagnostics paste above works), so the PNG is pasted back in Chromium.
    if (browserName === 'firefox') return page.close();
    await page.click(EDITOR);
    await page.press('Control+V');
    await expect.poll(async () => (await composerState(page)).media, { timeout: 10_000 }).toMatchObject([{ type: 'image/png', width: 1200, height: 627 }]);
    await page.close();
  });

  it.each(['restore=1', 'ui=sdui&restore=1'])('adds exactly one image to a restored draft that already holds one (%s)', async (query) => {
    const page = await browser.openStandin(query);
    await openComposer(page);
    const restored = await composerState(page);
    expect(restored.media).toHaveLength(1);
    await generateThenAdd(page);
    await expect.poll(async () => (await composerState(page)).media.length, { timeout: 20_000 }).toBe(2);
    expect((await composerState(page)).text).toBe(restored.text);
    await expect.poll(() => panelText(page)).toContain('Your draft already had an image; one more was added.');
    await page.close();
  });

  it.each(['ui=classic', 'ui=sdui'])('writes the alt text, as edited in the panel, into LinkedIn’s alt-text step (%s)', async (query) => {
    const page = await browser.openStandin(query);
    await openComposer(page);
    await writeDraft(page, DRAFTS.en);
    await generateThenAdd(page, () => setField(page, 'Alt text', 'Our team celebrating the new onboarding flow'));
    await expect.poll(async () => (await composerState(page)).media.length, { timeout: 20_000 }).toBe(1);
    expect((await composerState(page)).media[0]?.alt).toBe('Our team celebrating the new onboarding flow');
    await page.close();
  });

  it('finds a composer opened on load by ?shareActive=true', async () => {
    const page = await browser.openStandin('shareActive=true');
    await expect.poll(() => count(page, GENERATE_BUTTON), { timeout: 15_000 }).toBe(1);
    await page.close();
  });

  it('finds a composer that mounts late', async () => {
    const page = await browser.openStandin('ui=classic&mountDelay=2500');
    await openComposer(page);
    await page.close();
  });

  it('attaches by paste where the composer takes pasted images and has no media step', async () => {
    const page = await browser.openStandin('ui=sdui&paste=1&media=0');
    await openComposer(page);
    await writeDraft(page, DRAFTS.en);
    await generateThenAdd(page);
    await expect.poll(async () => (await composerState(page)).media.length, { timeout: 20_000 }).toBe(1);
    expect((await composerState(page)).text).toBe(DRAFTS.en.join('\n'));
    await page.close();
  });

  it('passes on LinkedIn’s own rejection and keeps the image for a retry', async () => {
    const page = await browser.openStandin('ui=classic&maxBytes=2000');
    await openComposer(page);
    await writeDraft(page, DRAFTS.en);
    await generateThenAdd(page);
    await expect.poll(() => panelText(page), { timeout: 20_000 }).toMatch(/LinkedIn did not accept the image: “.*too large\.”/);
    expect(await panelText(page)).toContain('Add to post');
    const state = await composerState(page);
    expect(state.media).toEqual([]);
    expect(state.text).toBe(DRAFTS.en.join('\n'));
    expect(await count(page, `${PANEL}`)).toBe(1);
    await page.close();
  });
});
