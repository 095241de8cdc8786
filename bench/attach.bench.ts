import { composerState } from '../e2e/harness/steps';
import { GENERATE_BUTTON } from '../e2e/harness/deep';
import { launchBenchBrowser } from './extension';
import { composerWithDraft, setUpOptions } from './flows';
import { clickTimes, markTime, watchMarks } from './page-marks';
import { median, type Metric } from './results';
import { runsList } from './report';

/**
 * "Add to post" pressed (a real click) → LinkedIn's composer holds the image, both noted in the page.
 * The emulated providers draw smooth gradients that compress to a few hundred kB and offer no knob for a
 * bigger file, so the image comes from the offline renderer in portrait (1080x1350), which is ~1.5 MB.
 */

const RUNS = 7;

export async function runAttachBench(): Promise<Record<string, Metric>> {
  const browser = await launchBenchBrowser();
  try {
    await setUpOptions(browser, [['Format', 'portrait']], 'This device: free, and nothing leaves your browser');
    const times: number[] = [];
    const sizes: string[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await composerWithDraft(browser);
      try {
        await page.click(GENERATE_BUTTON);
        await watchMarks(page, ['offer', 'attached']);
        await markTime(page, 'offer');
        await page.click('button', 'Add to post');
        const attached = await markTime(page, 'attached');
        const [click = Number.NaN] = await clickTimes(page);
        times.push(attached - click);
        const [image] = (await composerState(page)).media;
        sizes.push(`${image?.type} ${image?.width}x${image?.height} ${image?.size} bytes`);
      } finally {
        await page.close();
      }
    }
    console.log(`attach runs (ms): ${runsList(times)}; image attached: ${[...new Set(sizes)].join(' / ')}`);
    return { attach_ms: { median: median(times), target: 250, unit: 'ms', runs: RUNS } };
  } finally {
    await browser.close();
  }
}
