import puppeteer, { type Page } from 'puppeteer-core';
import { standinHtml, STANDIN_URL } from '../standin/serve';
import { centreOf, INSTALL_DEEP_QUERY } from './deep';
import { FIREFOX_PATH } from './paths';
import type { ExtensionBrowser, TestPage } from './types';

function wrap(page: Page): TestPage {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    async click(deepSelector, text) {
      const box = await page.evaluate(centreOf, [deepSelector, text] as const);
      if (!box) throw new Error(`Nothing matches ${deepSelector} ${text ?? ''}`);
      await page.mouse.click(box.x, box.y);
    },
    type: (text) => page.keyboard.type(text),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    close: () => page.close(),
  };
}

/** Firefox ESR with the extension installed as a temporary add-on, the stand-in at LinkedIn's address. */
export async function launchFirefox(extensionDir: string): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // No network here: keep Firefox from reaching out at start.
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
    },
  });
  await browser.installExtension(extensionDir);
  return {
    name: 'firefox',
    async openStandin(query = '') {
      const page = await browser.newPage();
      await page.evaluateOnNewDocument(INSTALL_DEEP_QUERY);
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        if (request.url().startsWith('https://www.linkedin.com/')) {
          void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: standinHtml() });
        } else void request.continue();
      });
      await page.goto(`${STANDIN_URL}${query ? `?${query}` : ''}`);
      return wrap(page);
    },
    async openExtensionPage(path) {
      throw new Error(`Firefox's WebDriver BiDi does not open moz-extension:// pages (${path}); test extension pages in Chromium.`);
    },
    close: () => browser.close(),
  };
}
