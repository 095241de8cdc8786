import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe';
import { chooseOption } from './harness/cloud-options';
import { BROWSERS, launch } from './harness/launch';
import { openComposer, panelText, pressGenerate, writeDraft } from './harness/steps';
import type { ExtensionBrowser } from './harness/types';

describe.each(BROWSERS)('%s: accessibility (axe-core, serious and critical)', (browserName) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(browserName);
  });
  afterAll(() => browser?.close());

  it.each(['light', 'dark'])('the panel in the composer, with a preview, in LinkedIn’s %s theme', async (theme) => {
    const page = await browser.openStandin(`ui=sdui&theme=${theme}`);
    await openComposer(page);
    await writeDraft(page, ['Accessibility is a feature, not an afterthought.']);
    await pressGenerate(page);
    await expect.poll(() => panelText(page), { timeout: 30_000 }).toContain('Add to post');
    await page.click('summary', 'Format, style and prompt');
    expect(await page.evaluate(() => document.querySelector('post-to-image-host')?.getAttribute('data-theme'))).toBe(theme);
    expect(await seriousViolations(page, [['post-to-image-host', '*']])).toEqual([]);
    await page.close();
  });
});

describe.each(BROWSERS)('%s: accessibility of the extension pages (axe-core, serious and critical)', (browserName) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(browserName);
  });
  afterAll(() => browser?.close());

  it('the options page', async () => {
    const page = await browser.openExtensionPage('/options.html');
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('main label').length), { timeout: 15_000 }).toBeGreaterThan(10);
    expect(await seriousViolations(page, ['body'])).toEqual([]);
    await page.close();
  });

  it('the OpenAI-only setup fits a 1280×800 window without scrolling, with no other service’s field in sight', async () => {
    const page = await browser.openExtensionPage('/options.html');
    await page.setViewport(1280, 800);
    await chooseOption(page, 'OpenAI');
    // The choice click may have scrolled the question into view: measure the page as it first opens.
    await page.evaluate(() => window.scrollTo(0, 0));
    const inView = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      const saveBar = box('.save-bar');
      const shown = (rect: DOMRect) => rect.top >= 0 && rect.bottom <= innerHeight;
      const byText = (text: string) => [...document.querySelectorAll('button')].find((button) => button.textContent === text)!;
      const test = byText('Test OpenAI').getBoundingClientRect();
      const others = [...document.querySelectorAll('input, select')].filter((control) => /^(aws|bedrock|comprehend|s3|analyser)/.test(control.id));
      return {
        key: shown(box('#openaiApiKey')),
        test: shown(test) && test.bottom <= saveBar.top,
        save: shown(byText('Save').getBoundingClientRect()),
        otherServicesInSight: others.filter((control) => control.getBoundingClientRect().top < innerHeight).map((control) => control.id),
      };
    });
    expect(inView).toEqual({ key: true, test: true, save: true, otherServicesInSight: [] });
    // The rest of the page, Advanced unfolded from the side navigation, reads as well.
    await page.click('nav a', 'Advanced');
    expect(await page.evaluate(() => document.querySelector<HTMLDetailsElement>('details#advanced')!.open)).toBe(true);
    expect(await seriousViolations(page, ['body'])).toEqual([]);
    // Dark mode follows the system, and its colours read as well (where the browser lets a test switch it).
    if (page.emulateColorScheme) {
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await background();
      await page.emulateColorScheme('dark');
      expect(await background()).not.toBe(light);
      expect(await seriousViolations(page, ['body'])).toEqual([]);
    }
    await page.close();
  });

  it('the popup', async () => {
    const page = await browser.openExtensionPage('/popup.html');
    await expect.poll(() => page.evaluate(() => document.body.innerText.trim().length), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await seriousViolations(page, ['body'])).toEqual([]);
    await page.close();
  });
});
