import type { BrowserContext } from 'playwright-core';
import { journaledAnswers } from './extension-data';
import { until } from './poll';
import type { TestPage } from './types';

/**
 * Stops the extension's service worker, as Chromium does to an idle one, through DevTools' ServiceWorker
 * domain, which also reports the stop (Target.getTargets still lists a stopped worker). The next message
 * to the extension starts a new worker, often within the same millisecond, so the stop is caught as an
 * event rather than read back as a state.
 */
export async function stopExtensionWorker(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const running = new Set<string>();
  const stopped = new Set<string>();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const { versionId, scriptURL, runningStatus } of versions) {
      if (!scriptURL.startsWith('chrome-extension://')) continue;
      if (runningStatus === 'running') running.add(versionId);
      if (runningStatus === 'stopped') stopped.add(versionId);
    }
  });
  try {
    await cdp.send('ServiceWorker.enable');
    const [versionId] = await until(async () => [...running], (ids) => ids.length > 0, 'the extension’s running service worker');
    stopped.clear();
    await cdp.send('ServiceWorker.stopWorker', { versionId: versionId! });
    await until(async () => stopped.has(versionId!), Boolean, 'the service worker to stop');
  } finally {
    await cdp.detach();
    await page.close();
  }
}

/** The jobs the journal holds now: a test that stops the worker waits for a job not among them. */
export async function journaledJobs(extensionPage: TestPage): Promise<Set<string>> {
  return new Set((await journaledAnswers(extensionPage)).map((job) => job.jobId));
}

/**
 * Stops the worker right after a provider's answer was kept, before the worker has read it (decoding and fitting
 * a large image take seconds): once the journal, read from `extensionPage`, holds `answers` answers for a job
 * that is not one of `earlier`.
 */
export async function stopWorkerAfterAnswer(context: BrowserContext, extensionPage: TestPage, earlier: Set<string>, answers = 1): Promise<void> {
  await until(
    () => journaledAnswers(extensionPage),
    (jobs) => jobs.some((job) => !earlier.has(job.jobId) && job.answers >= answers),
    'the provider’s answer in the journal',
    60_000,
  );
  await stopExtensionWorker(context);
}
