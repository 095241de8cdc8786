import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../lib/formats';
import { generateImage, waitForPanel } from './harness/cloud-panel';
import { configure } from './harness/extension-data';
import { insertDraft } from './harness/outcome';
import { previewBytes, previewDigest } from './harness/panel-images';
import { until } from './harness/poll';
import { launchRecordedChromium, openStandinTab, type RecordedChromium, type Transcript } from './harness/recorded-chromium';
import { commandShortcut, focused, pressUntilFocused, runBrowserCommand } from './harness/keyboard';
import { composerState, openComposer, panelText, setField, writeDraft } from './harness/steps';

const DRAFT = 'Our team planted two hundred trees along the river this weekend.';
const LIST_DRAFT = ['Three lessons from shipping v2:', '1. Ship early', '2. Talk to users every week', '3. Measure what matters'];
const COMMAND = 'open-post-to-image';
const GENERATE = 'button Generate image';
const EDITOR = 'div Text editor for creating content';

/** A solid magenta square: a colour no card palette uses, so every pixel of it is the logo's. */
const LOGO_RGB = [255, 0, 255] as const;
const SQUARE_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="#ff00ff"/></svg>';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** How many pixels are (nearly) this colour, and the box around them. */
function pixelsOf(png: PNG, rgb: readonly [number, number, number]) {
  const box = { count: 0, left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const at = (y * png.width + x) * 4;
      if (rgb.some((value, channel) => Math.abs(png.data[at + channel]! - value) > 8)) continue;
      Object.assign(box, { count: box.count + 1, left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x), bottom: Math.max(box.bottom, y) });
    }
  }
  return box;
}

describe('chromium: the panel by keyboard, and the offline card’s brand logo (no keys: made on this device)', () => {
  let browser: RecordedChromium;
  let transcript: Transcript;
  beforeAll(async () => {
    ({ browser, transcript } = await launchRecordedChromium());
  });
  afterAll(() => browser?.close());

  it('chrome://extensions shows the extension’s own icon (drawn from assets/icon.svg), not Chrome’s grey letter', async () => {
    const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const page = await browser.context.newPage();
    await page.goto('chrome://extensions');
    const icon = PNG.sync.read(await page.locator(`extensions-item#${extensionId} img#icon`).screenshot());
    // The icon's white picture card on its blue ground: Chrome's stand-in letter icon has neither.
    const pixels = icon.width * icon.height;
    let blue = 0;
    for (let at = 0; at < icon.data.length; at += 4) if (icon.data[at + 2]! > 150 && icon.data[at + 2]! > icon.data[at]! + 60) blue++;
    expect(pixelsOf(icon, [255, 255, 255]).count / pixels).toBeGreaterThan(0.1);
    expect(blue / pixels).toBeGreaterThan(0.2);
    await page.close();
  });

  it('the Alt+Shift+I command opens a closed composer and puts focus on Generate image', async () => {
    expect(await commandShortcut(browser.context, COMMAND)).toBe('Alt+Shift+I');
    const { page, tab } = await openStandinTab(browser);
    expect((await composerState(page)).open).toBe(false);
    await runBrowserCommand(browser.context, tab, COMMAND);
    await until(() => focused(page), (now) => now === GENERATE, 'focus on Generate image');
    expect((await composerState(page)).open).toBe(true);
    await page.close();
  });

  it('the command opens the composer where the launcher is a link that ignores script clicks', async () => {
    const { page, tab } = await openStandinTab(browser, 'launcher=link');
    await runBrowserCommand(browser.context, tab, COMMAND);
    // Opening it is a page load (the link's route), during which the page answers nothing.
    await until(() => focused(page).catch(() => 'a page loading'), (now) => now === GENERATE, 'focus on Generate image');
    expect((await composerState(page)).open).toBe(true);
    await page.close();
  });

  it('by keyboard alone: the command, Shift+Tab to write, Tab and Enter to generate, Tab and Enter to add the image', async () => {
    const { page, tab } = await openStandinTab(browser);
    await runBrowserCommand(browser.context, tab, COMMAND);
    await until(() => focused(page), (now) => now === GENERATE, 'focus on Generate image');
    // Back to the editor to write, and on to Generate image again, past LinkedIn's own Add media and Post buttons.
    await pressUntilFocused(tab, page, 'Shift+Tab', EDITOR, 3);
    await tab.keyboard.type(DRAFT);
    await pressUntilFocused(tab, page, 'Tab', GENERATE, 3);

    await tab.keyboard.press('Enter');
    expect(await waitForPanel(page)).toBe('');
    expect(await focused(page)).toBe(GENERATE);
    // The panel follows the button: the image's first action is the next stop.
    await pressUntilFocused(tab, page, 'Tab', 'button Add to post', 1);
    await tab.keyboard.press('Enter');
    const { text, media } = await until(() => composerState(page), (state) => state.media.length === 1, 'the image attached', 20_000);
    // Nothing is left without focus: LinkedIn's compose view, back from its media step, puts it in the post again.
    expect(await focused(page)).toBe(EDITOR);
    expect(text).toBe(DRAFT);
    expect(media[0]).toMatchObject({ type: 'image/png', width: FORMATS.landscape.width, height: FORMATS.landscape.height });
    expect(transcript.errors).toEqual([]);
    await page.close();
  });

  it('a numbered list reads as Layout: List, another layout makes another card, and the list card is attached', async () => {
    const { page } = await openStandinTab(browser);
    await openComposer(page);
    await writeDraft(page, LIST_DRAFT);
    expect(await generateImage(page)).toBe('');
    expect(await panelText(page)).toContain('Layout: List');
    const list = await previewBytes(page);

    await setField(page, 'Change layout', 'headline');
    const headline = await until(
      async () => ({ text: await panelText(page), digest: await previewDigest(page) }),
      (now) => now.text.includes('Layout: Headline') && now.text.includes('Add to post') && now.digest !== undefined && (now.digest !== '' && now.digest !== sha256(list)),
      'a headline card',
    );
    expect(headline.text).not.toContain('Layout: List');

    // Back to the list: the same card as before, which is the one added to the post.
    await setField(page, 'Change layout', 'list');
    await until(() => previewDigest(page), (digest) => digest === sha256(list), 'the list card again');
    await page.click('button', 'Add to post');
    const { text, media } = await until(() => composerState(page), (state) => state.media.length === 1, 'the list card attached', 20_000);
    expect(text).toBe(LIST_DRAFT.join('\n'));
    expect(media[0]).toMatchObject({ type: 'image/png', size: list.length });
    expect(transcript.errors).toEqual([]);
    await page.close();
  });

  it('an SVG logo chosen in the options becomes a PNG there and is drawn in the top corner of the card', async () => {
    const options = await browser.openExtensionPage('/options.html');
    await configure(options, [], 'On this device');

    async function cardMade(): Promise<PNG> {
      const { page } = await openStandinTab(browser);
      await openComposer(page);
      await insertDraft(page, DRAFT);
      expect(await generateImage(page)).toBe('');
      const card = PNG.sync.read(await previewBytes(page));
      await page.close();
      return card;
    }
    expect(pixelsOf(await cardMade(), LOGO_RGB).count).toBe(0);

    const optionsTab = browser.context.pages().find((candidate) => candidate.url().endsWith('/options.html'))!;
    await optionsTab.getByLabel('Logo', { exact: true }).setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(SQUARE_SVG) });
    // The worker cannot decode SVG, so the options page keeps the logo as a PNG it drew itself.
    await until(() => optionsTab.getByAltText('Your logo, as the cards will show it').getAttribute('src'), (src) => src?.startsWith('data:image/png;base64,') ?? false, 'the logo as a PNG');
    await configure(options, []);

    const card = await cardMade();
    expect({ width: card.width, height: card.height }).toEqual({ width: FORMATS.landscape.width, height: FORMATS.landscape.height });
    const logo = pixelsOf(card, LOGO_RGB);
    const [width, height] = [logo.right - logo.left + 1, logo.bottom - logo.top + 1];
    expect(Math.abs(width - height)).toBeLessThanOrEqual(2); // still a square
    expect(logo.count).toBeGreaterThanOrEqual(0.9 * width * height); // solid
    expect(height).toBeGreaterThan(card.height * 0.03);
    // Top right, for a left-to-right post.
    expect(logo.right).toBeGreaterThan(card.width * 0.8);
    expect(logo.top).toBeLessThan(card.height * 0.2);
    await options.close();
  });
});
