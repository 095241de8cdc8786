import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './harness/axe';
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

  it('the popup', async () => {
    const page = await browser.openExtensionPage('/popup.html');
    await expect.poll(() => page.evaluate(() => document.body.innerText.trim().length), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await seriousViolations(page, ['body'])).toEqual([]);
    await page.close();
  });
});
