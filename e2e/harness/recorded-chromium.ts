import type { BrowserContext, Page, Worker } from 'playwright-core';
import { launchChromium } from './chromium';
import { CHROME_BUILD } from './paths';
import type { TestPage } from './types';

/** Everything a Chromium run printed or threw: pages, content scripts and the extension's worker. */
export interface Transcript {
  /** Every console line and uncaught error, to search for what must never be printed. */
  lines: string[];
  /** Uncaught errors, unhandled rejections and console.error calls. */
  errors: string[];
}

export type RecordedChromium = Awaited<ReturnType<typeof launchChromium>>;

// A worker does not report its uncaught errors to the console by itself; these listeners make it.
function reportUncaught(worker: Worker): Promise<void> {
  return worker
    .evaluate(() => {
      self.addEventListener('error', (event) => console.error('uncaught in worker:', event.message));
      self.addEventListener('unhandledrejection', (event) => console.error('unhandled rejection in worker:', String(event.reason)));
    })
    .catch(() => undefined); // a worker that already stopped has nothing more to say
}

/** Starts recording; the arrays fill as the browser runs. Service workers started later are included. */
async function recordTranscript(context: BrowserContext): Promise<Transcript> {
  const transcript: Transcript = { lines: [], errors: [] };
  const note = (line: string, isError: boolean) => {
    transcript.lines.push(line);
    if (isError) transcript.errors.push(line);
  };
  // The context's console event covers pages, their isolated worlds (content scripts) and service workers alike.
  context.on('console', (message) => {
    const where = message.worker()?.url() ?? message.page()?.url() ?? 'unknown';
    note(`${where} ${message.type()}: ${message.text()}`, message.type() === 'error');
  });
  context.on('weberror', (error) => note(`${error.page()?.url() ?? 'unknown'} uncaught: ${error.error().stack ?? error.error().message}`, true));
  context.on('serviceworker', (worker) => void reportUncaught(worker));
  await Promise.all(context.serviceWorkers().map(reportUncaught));
  return transcript;
}

/** Chromium with the built extension, every console recorded from the start. */
export async function launchRecordedChromium(): Promise<{ browser: RecordedChromium; transcript: Transcript }> {
  const browser = await launchChromium(CHROME_BUILD);
  return { browser, transcript: await recordTranscript(browser.context) };
}

/** The stand-in with its composer mounting at once, and Playwright's own page for what TestPage does not do. */
export async function openStandinTab(browser: RecordedChromium, query = ''): Promise<{ page: TestPage; tab: Page }> {
  const page = await browser.openStandin(`mountDelay=0${query && `&${query}`}`);
  return { page, tab: browser.context.pages().at(-1)! };
}
