// npm run demo: the main job with no keys, in a real Chromium, on the project's LinkedIn stand-in.
import { mkdir, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchChromium } from '../e2e/harness/chromium';
import { GENERATE_BUTTON } from '../e2e/harness/deep';
import { CHROME_BUILD } from '../e2e/harness/paths';
import { previewBytes } from '../e2e/harness/panel-images';
import { until } from '../e2e/harness/poll';
import { composerState, openComposer, panelText, published, writeDraft } from '../e2e/harness/steps';
import { TEMPLATES, type TemplateId } from '../lib/templates';
import { ensureBrowsers } from './browsers';

const SAMPLE_POST = [
  'After two years of remote work, our team finally met in person in Lisbon.',
  'Three lessons: write things down, celebrate small wins, and protect deep-work time. #RemoteWork #Leadership',
];
const OUTPUT = resolve('demo-output');
/** A post of each shape, for the card the offline renderer lays out for it (README: Cards that fit the post). */
const LAYOUT_POSTS: Record<TemplateId, string[]> = {
  list: ['Three lessons from a year of remote work:', '1. Write things down', '2. Celebrate small wins', '3. Protect deep-work time'],
  quote: ['“Culture eats strategy for breakfast.” — Peter Drucker', 'I keep coming back to this one.'],
  number: ['We cut onboarding time by 40% this quarter.', 'Here is how the team did it.'],
  question: ['What would you do with an extra hour every day?', 'I asked my team. Their answers surprised me.'],
  headline: ['Thrilled to announce that our team is opening a new office in Lisbon!'],
};

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
  for (const [layout, post] of Object.entries(LAYOUT_POSTS) as [TemplateId, string[]][]) {
    const tab = await browser.openStandin('ui=classic');
    await openComposer(tab);
    await writeDraft(tab, post);
    await tab.click(GENERATE_BUTTON);
    const line = `Layout: ${TEMPLATES[layout].name}`;
    await until(() => panelText(tab), (text) => text.includes('Add to post') && text.includes(line), `the ${layout} card`, 60_000);
    await writeFile(`${OUTPUT}/layout-${layout}.png`, await previewBytes(tab));
    await tab.close();
  }
  console.log(`Published a post with its generated image.
  image:       ${OUTPUT}/image.png
  one card per layout: ${OUTPUT}/layout-{${Object.keys(LAYOUT_POSTS).join(',')}}.png
  screenshots: ${OUTPUT}/panel.png, ${OUTPUT}/panel-dark.png, ${OUTPUT}/chrome-extensions.png, ${OUTPUT}/composer-with-image.png, ${OUTPUT}/published-post.png`);
} finally {
  await browser.close();
}
