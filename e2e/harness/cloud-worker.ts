import type { BrowserContext } from 'playwright-core';
import { until } from './poll';

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
