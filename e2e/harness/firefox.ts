import puppeteer, { type KeyInput, type Page } from 'puppeteer-core';
import { standinHtml, STANDIN_URL } from '../standin/serve';
import { INSTALL_DEEP_QUERY } from './deep';
import { bidiPanelFrame } from './firefox-frames';
import { clickPoint, findPanelFrame, inPanel } from './panel-frame';
import { FIREFOX_PATH } from './paths';
import { until } from './poll';
import type { ExtensionBrowser, TestPage } from './types';

function wrap(page: Page): TestPage {
  const panel = async () => findPanelFrame([(await bidiPanelFrame(page))].filter((frame) => frame !== undefined));
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateInPanel: async (fn, arg) => inPanel(page, await panel(), fn, arg),
    async click(deepSelector, text) {
      const { x, y } = await clickPoint(page, panel, deepSelector, text);
      await page.mouse.click(x, y);
    },
    type: (text) => page.keyboard.type(text),
    async press(chord) {
      const keys = chord.split('+') as KeyInput[];
      const key = keys.pop()!.toLowerCase() as KeyInput; // 'V' would be a shifted key
      for (const modifier of keys) await page.keyboard.down(modifier);
      await page.keyboard.press(key);
      for (const modifier of keys.reverse()) await page.keyboard.up(modifier);
    },
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
  };
}

const GECKO_ID = 'post-to-image@posttoimage.app';
/** A fixed internal UUID, so tests know the extension's moz-extension:// origin. */
const EXTENSION_UUID = '3b0c2a52-6c1e-4a8e-9d53-6f7f1c2d9e01';

/** Firefox ESR with the extension installed as a temporary add-on, the stand-in at LinkedIn's address. */
export async function launchFirefox(extensionDir: string): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    // Since Firefox 153, WebDriver BiDi navigates to moz-extension:// pages only with this flag.
    args: ['-remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // No network here: keep Firefox from reaching out at start.
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
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
      const page = await browser.newPage();
      const url = `moz-extension://${EXTENSION_UUID}${path}`;
      void page.goto(url).catch(() => undefined); // such a navigation never reports its load: watch the document
      await until(
        () => page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => ''),
        (state) => state === `${url} complete`,
        `${path} to load`,
      );
      await page.evaluate(INSTALL_DEEP_QUERY);
      return wrap(page);
    },
    close: () => browser.close(),
  };
}
