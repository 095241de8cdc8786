import { STANDIN_URL } from '../e2e/standin/serve';
import { LAUNCHER } from '../e2e/harness/steps';
import { type BenchBrowser, contentScriptFiles, extensionOrigin, launchBenchBrowser, openStandinPage } from './extension';
import { markTime, watchMarks } from './page-marks';
import { startProfiler, timeInScripts } from './profile';
import { startTracing, threadTimeInScripts } from './trace';
import { median, type Metric } from './results';
import { runsList } from './report';

/**
 * What the script on every LinkedIn page costs, in real Chromium on the stand-in: its main-thread time
 * while the page loads, while the feed changes 10,000 times, and how soon its button follows the editor.
 * The load from a trace's thread time (trace.ts), the 10,000 changes from V8's CPU profiler (profile.ts),
 * the button's delay from marks in the page (page-marks.ts).
 */

const RUNS = 9;
/** Long enough after `load` for the script's first scan and the stand-in's own start-up to be over. */
const SETTLE_MS = 1_000;
const FEED_CHANGES = 10_000;
/** The stand-in replaces its placeholder with the real composer after this long. */
const MOUNT_DELAY_MS = 500;

export async function runContentScriptBench(): Promise<Record<string, Metric>> {
  const browser = await launchBenchBrowser();
  try {
    const origin = await extensionOrigin(browser);
    const scripts = new Set((await contentScriptFiles()).map((file) => `${origin}/${file}`));
    const init: number[] = [];
    const changes: number[] = [];
    const button: number[] = [];
    await initTime(browser, scripts); // warm-up: a user's browser has run the script before
    for (let run = 0; run < RUNS; run++) {
      init.push(await initTime(browser, scripts));
      changes.push(await feedChangesTime(browser, scripts));
      button.push(await buttonDelay(browser));
    }
    console.log(`content script runs (ms): init ${runsList(init)}; 10k changes ${runsList(changes)}; button ${runsList(button)}`);
    return {
      content_script_init_ms: { median: median(init), target: 3, unit: 'ms', runs: RUNS },
      observer_10k_mutations_ms: { median: median(changes), target: 5, unit: 'ms', runs: RUNS },
      button_visible_ms: { median: median(button), target: 100, unit: 'ms', runs: RUNS },
    };
  } finally {
    await browser.close();
  }
}

/** Traced from before navigation until the page has settled after load: the script's evaluation and callbacks. */
async function initTime(browser: BenchBrowser, scripts: ReadonlySet<string>): Promise<number> {
  const page = await browser.context.newPage();
  try {
    const stop = await startTracing(page);
    await page.goto(STANDIN_URL, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    return threadTimeInScripts(await stop(), scripts);
  } finally {
    await page.close();
  }
}

/**
 * 10,000 changes to the feed (a post added, then removed), each in its own task as a live feed makes
 * them, so the script's observer wakes for every one; the composer stays closed.
 */
async function feedChangesTime(browser: BenchBrowser, scripts: ReadonlySet<string>): Promise<number> {
  const page = await browser.context.newPage();
  try {
    await page.goto(STANDIN_URL, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const stop = await startProfiler(page);
    await page.evaluate(async (count) => {
      const feed = document.getElementById('feed')!;
      const channel = new MessageChannel();
      let added: HTMLElement | undefined;
      for (let change = 0; change < count; change++) {
        if (added) {
          added.remove();
          added = undefined;
        } else {
          added = document.createElement('div');
          added.className = 'card';
          added.textContent = `Update ${change}`;
          feed.prepend(added);
        }
        // A new task without setTimeout's 4 ms clamp.
        await new Promise((resolve) => {
          channel.port1.onmessage = resolve;
          channel.port2.postMessage(null);
        });
      }
    }, FEED_CHANGES);
    await page.waitForTimeout(100); // the script's batched scan runs after the last change
    return timeInScripts(await stop(), scripts);
  } finally {
    await page.close();
  }
}

/** Editor node in the DOM → our host (with its button) in the DOM, both noted in the page. */
async function buttonDelay(browser: BenchBrowser): Promise<number> {
  const { test } = await openStandinPage(browser, `mountDelay=${MOUNT_DELAY_MS}`);
  try {
    await watchMarks(test, ['editor', 'host']);
    await test.click(LAUNCHER);
    const editor = await markTime(test, 'editor');
    return (await markTime(test, 'host')) - editor;
  } finally {
    await test.close();
  }
}
