import type { CDPSession, Page } from 'playwright-core';
import type { ImageForPage, PreparedPrompt } from '../lib/messaging/protocol';
import { launchBenchBrowser, openExtensionPage, timedMessage, valueOf } from './extension';
import { DRAFT } from './flows';
import { median, type Metric } from './results';
import { runsList } from './report';

/**
 * The service worker in real Chromium, driven from the popup page as the panel drives it: how long a
 * message takes when the browser has stopped the worker, and how long the offline renderer takes for one
 * 1200x627 PNG (a generateImage round trip with no keys saved, less a small message's round trip).
 */

const RUNS = 7;
const STOP_TIMEOUT_MS = 10_000;
const PREPARE_REQUEST = { draft: DRAFT.join('\n'), style: 'photo', format: 'landscape', extraWords: '' };

export async function runWorkerBench(): Promise<Record<string, Metric>> {
  const browser = await launchBenchBrowser();
  try {
    const popup = await openExtensionPage(browser, '/popup.html');
    const coldStarts = await coldStartTimes(popup, 'panelContext');
    const coldPrepares = await coldStartTimes(popup, 'preparePrompt', PREPARE_REQUEST);
    const { render, messaging } = await offlineRenderTimes(popup);
    console.log(
      `worker runs (ms): cold start ${runsList(coldStarts)}; cold preparePrompt ${runsList(coldPrepares)}; generateImage ${runsList(render)}; small message ${runsList(messaging)}`,
    );
    return {
      sw_cold_start_ms: { median: median(coldStarts), target: 150, unit: 'ms', runs: RUNS },
      sw_cold_prepare_ms: { median: median(coldPrepares), target: null, unit: 'ms', runs: RUNS },
      offline_render_ms: { median: median(render.map((ms) => ms - median(messaging))), target: 150, unit: 'ms', runs: RUNS },
    };
  } finally {
    await browser.close();
  }
}

/**
 * Stops the worker as the browser does when it idles (CDP ServiceWorker.stopAllWorkers, waiting for its
 * 'stopped' status), then times a message from the popup: start-up, evaluating background.js, answering.
 * Playwright attaches to each new worker, which adds one local round trip. panelContext is what the panel
 * asks first; preparePrompt also loads the image work (the SDKs, analysers and renderer) that a cold start
 * leaves out.
 */
async function coldStartTimes(popup: Page, type: 'panelContext' | 'preparePrompt', data?: unknown): Promise<number[]> {
  const session = await popup.context().newCDPSession(popup);
  await session.send('ServiceWorker.enable');
  const coldStart = async () => {
    await stopWorkers(session);
    const answer = await timedMessage(popup, type, data);
    valueOf(answer, type);
    return answer.ms;
  };
  console.log(`${type}: first cold start after install, not counted (no V8 code cache yet): ${(await coldStart()).toFixed(1)} ms`);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) times.push(await coldStart());
  await session.detach();
  return times;
}

async function stopWorkers(session: CDPSession): Promise<void> {
  let onUpdate: (event: { versions: { runningStatus: string }[] }) => void = () => undefined;
  const stopped = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The service worker did not stop.')), STOP_TIMEOUT_MS);
    onUpdate = ({ versions }) => {
      if (!versions.some((version) => version.runningStatus === 'stopped')) return;
      clearTimeout(timer);
      resolve();
    };
  });
  session.on('ServiceWorker.workerVersionUpdated', onUpdate);
  try {
    await session.send('ServiceWorker.stopAllWorkers');
    await stopped;
  } finally {
    session.off('ServiceWorker.workerVersionUpdated', onUpdate);
  }
}

/**
 * With no keys saved the worker uses the offline renderer. The first generation loads the font, once per
 * worker life, so it is left out. A generateImage round trip also keeps the image in IndexedDB and carries
 * its data URL back; a panelContext round trip stands for the messaging that is taken off.
 */
async function offlineRenderTimes(popup: Page): Promise<{ render: number[]; messaging: number[] }> {
  const prepared = valueOf<PreparedPrompt>(await timedMessage(popup, 'preparePrompt', PREPARE_REQUEST), 'preparePrompt');
  const generate = async (jobId: string) => {
    const answer = await timedMessage(popup, 'generateImage', {
      jobId,
      prompt: prepared.prompt,
      headline: prepared.headline,
      analysis: prepared.analysis,
      style: 'photo',
      format: 'landscape',
      count: 1,
    });
    const [image] = valueOf<ImageForPage[]>(answer, 'generateImage');
    if (image?.width !== 1200 || image.height !== 627 || image.mimeType !== 'image/png') throw new Error('The offline renderer did not answer a 1200x627 PNG.');
    return answer.ms;
  };
  await generate('bench-render-warm-up');
  const render: number[] = [];
  const messaging: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    render.push(await generate(`bench-render-${run}`));
    messaging.push((await timedMessage(popup, 'panelContext')).ms);
  }
  return { render, messaging };
}
