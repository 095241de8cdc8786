import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { standinHtml, STANDIN_URL } from '../standin/serve';
import { INSTALL_DEEP_QUERY } from './deep';
import { clickPoint, findPanelFrame, inPanel } from './panel-frame';
import { CHROMIUM_PATH } from './paths';
import type { ExtensionBrowser, TestPage } from './types';

function wrap(page: Page): TestPage {
  const panel = () => findPanelFrame(page.frames());
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    evaluateInPanel: async (fn, arg) => inPanel(page, await panel(), fn, arg),
    async click(deepSelector, text) {
      const { x, y } = await clickPoint(page, panel, deepSelector, text);
      await page.mouse.click(x, y);
    },
    type: (text) => page.keyboard.type(text),
    press: (chord) => page.keyboard.press(chord),
    screenshot: async (path) => void (await page.screenshot({ path })),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    emulateColorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    close: () => page.close(),
  };
}

/** Debian's Chromium with the unpacked extension, the stand-in served at LinkedIn's real address. */
export async function launchChromium(extensionDir: string, options: { headless?: boolean } = {}): Promise<ExtensionBrowser & { context: BrowserContext }> {
  const profile = await mkdtemp(join(tmpdir(), 'post-to-image-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: [
      ...(options.headless === false ? [] : ['--headless=new']),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
    ],
  });
  await context.route('https://www.linkedin.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: standinHtml() }),
  );
  await context.addInitScript(INSTALL_DEEP_QUERY);
  return {
    name: 'chromium',
    context,
    async openStandin(query = '') {
      const page = await context.newPage();
      await page.goto(`${STANDIN_URL}${query ? `?${query}` : ''}`);
      return wrap(page);
    },
    async openExtensionPage(path) {
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const page = await context.newPage();
      await page.goto(new URL(path, worker.url()).href);
      return wrap(page);
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
