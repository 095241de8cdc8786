import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../e2e/harness/chromium';
import { CHROME_BUILD } from '../e2e/harness/paths';
import type { TestPage } from '../e2e/harness/types';
import type { Outcome } from '../lib/messaging/protocol';

/** The built Chrome extension in real Chromium, with the harness's LinkedIn stand-in routing. */

export type BenchBrowser = Awaited<ReturnType<typeof launchChromium>>;

export const launchBenchBrowser = (): Promise<BenchBrowser> => launchChromium(CHROME_BUILD);

interface Manifest {
  content_scripts?: { js?: string[] }[];
  background?: { service_worker?: string };
}

export async function builtManifest(): Promise<Manifest> {
  return JSON.parse(await readFile(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as Manifest;
}

/** The scripts the manifest injects into every matching page, as paths inside the build. */
export async function contentScriptFiles(): Promise<string[]> {
  return (await builtManifest()).content_scripts?.flatMap((entry) => entry.js ?? []) ?? [];
}

/** The extension's origin (chrome-extension://<id>), from its service worker's address. */
export async function extensionOrigin(browser: BenchBrowser): Promise<string> {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  const { protocol, host } = new URL(worker.url()); // URL.origin is "null" for chrome-extension: in Node
  return `${protocol}//${host}`;
}

/** The stand-in through the harness (for its steps), with the Playwright page behind it (for CDP). */
export async function openStandinPage(browser: BenchBrowser, query: string): Promise<{ test: TestPage; page: Page }> {
  const [page, test] = await Promise.all([browser.context.waitForEvent('page'), browser.openStandin(query)]);
  return { test, page };
}

/** One of the extension's own pages, as the Playwright page (it can message the worker like the popup does). */
export async function openExtensionPage(browser: BenchBrowser, path: string): Promise<Page> {
  const [page] = await Promise.all([browser.context.waitForEvent('page'), browser.openExtensionPage(path)]);
  return page;
}

export interface TimedAnswer {
  ms: number;
  outcome: Outcome<unknown>;
}

/**
 * Sends one message to the worker from an extension page in @webext-core/messaging's wire format
 * ({id, type, data, timestamp}; the answer comes back as {res}), timed in the page.
 */
export function timedMessage(page: Page, type: string, data?: unknown): Promise<TimedAnswer> {
  return page.evaluate(
    async ([messageType, messageData]) => {
      type Runtime = { runtime: { sendMessage(message: unknown): Promise<{ res: Outcome<unknown> }> } };
      const { runtime } = (globalThis as unknown as { chrome: Runtime }).chrome;
      const start = performance.now();
      const answer = await runtime.sendMessage({ id: 1, type: messageType, data: messageData, timestamp: Date.now() });
      return { ms: performance.now() - start, outcome: answer.res };
    },
    [type, data] as const,
  );
}

/** The answer's value, or a failure naming the message. */
export function valueOf<T>(answer: TimedAnswer, what: string): T {
  if (!answer.outcome.ok) throw new Error(`${what} failed: ${answer.outcome.sentence}`);
  return answer.outcome.value as T;
}
