// npm run demo: the main job with no keys, in a real Chromium, on the project's LinkedIn stand-in.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium } from '../e2e/harness/chromium';
import { GENERATE_BUTTON } from '../e2e/harness/deep';
import { CHROME_BUILD } from '../e2e/harness/paths';
import { until } from '../e2e/harness/poll';
import { composerState, openComposer, panelText, published, writeDraft } from '../e2e/harness/steps';
import { ensureBrowsers } from './browsers';

const SAMPLE_POST = [
  'After two years of remote work, our team finally met in person in Lisbon.',
  'Three lessons: write things down, celebrate small wins, and protect deep-work time. #RemoteWork #Leadership',
];
const OUTPUT = resolve('demo-output');

ensureBrowsers(['chromium']);
await mkdir(OUTPUT, { recursive: true });
const browser = await launchChromium(CHROME_BUILD, { headless: !process.env.DISPLAY });
try {
  const page = await browser.openStandin('ui=classic');
  await openComposer(page);
  await writeDraft(page, SAMPLE_POST);
  await page.click(GENERATE_BUTTON);
  await until(() => panelText(page), (text) => text.includes('Add to post'), 'the preview', 60_000);
  await page.screenshot(`${OUTPUT}/panel.png`);
  const dark = await browser.openStandin('ui=sdui&theme=dark');
  await openComposer(dark);
  await writeDraft(dark, SAMPLE_POST);
  await dark.click(GENERATE_BUTTON);
  await until(() => panelText(dark), (text) => text.includes('Add to post'), 'the preview in dark mode', 60_000);
  await dark.screenshot(`${OUTPUT}/panel-dark.png`);
  await dark.close();
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  const extensions = await browser.context.newPage();
  await extensions.goto('chrome://extensions');
  await extensions.locator(`extensions-item#${new URL(worker.url()).host}`).screenshot({ path: `${OUTPUT}/chrome-extensions.png` });
  await extensions.close();
  await page.click('button', 'Add to post');
  await until(async () => (await composerState(page)).media.length, (n) => n === 1, 'the attached image');
  await page.screenshot(`${OUTPUT}/composer-with-image.png`);
  await page.click('[data-view-name="share-post"], .share-actions__primary-action');
  await until(() => published(page), (posts) => posts.length === 1, 'the published post');
  await page.screenshot(`${OUTPUT}/published-post.png`);
  const base64 = await page.evaluate(async () => {
    const image = document.querySelector<HTMLImageElement>('article .update-components-image__image');
    const bytes = new Uint8Array(await (await fetch(image!.src)).arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return btoa(binary);
  });
  await writeFile(`${OUTPUT}/image.png`, Buffer.from(base64, 'base64'));
  console.log(`Published a post with its generated image.
  image:       ${OUTPUT}/image.png
  screenshots: ${OUTPUT}/panel.png, ${OUTPUT}/panel-dark.png, ${OUTPUT}/chrome-extensions.png, ${OUTPUT}/composer-with-image.png, ${OUTPUT}/published-post.png`);
} finally {
  await browser.close();
}
