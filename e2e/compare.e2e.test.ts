import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bedrockInvocations } from '../emulator/bedrock/invocations';
import { openaiCallsTo } from '../emulator/openai';
import type { RunningEmulator } from '../emulator/server';
import { seriousViolations } from './harness/axe';
import { compareCostLine } from '../lib/panel/compare';
import { estimateForSettings } from '../lib/pricing/estimate';
import { describeBedrock, describeOpenAI } from '../lib/providers/descriptions';
import { settingsFrom } from '../lib/settings/schema';
import { startCloudEmulator } from './harness/cloud-emulator';
import { keptImages } from './harness/cloud-history';
import { AWS_KEY_OPTIONS, openAIOptions } from './harness/cloud-options';
import { configure } from './harness/extension-data';
import { choosePanel, generateImage, panelPrompt } from './harness/cloud-panel';
import { BROWSERS, launch } from './harness/launch';
import { until } from './harness/poll';
import { composerState, openComposer, writeDraft } from './harness/steps';
import type { ExtensionBrowser, TestPage } from './harness/types';

const DRAFT = ['Our community garden harvested its first pumpkins this weekend.', 'Thank you to every volunteer!'];
const OPENAI_MODEL = 'gpt-image-2.5-flare';
const STABLE_IMAGE_CORE = 'stability.stable-image-core-v1:1';

type Deep = { __deep(selector: string, text?: string): Element[] };

/** Each side of the comparison as the user sees it: provider, summary line, whether it has an image. */
function comparedSides(page: TestPage) {
  return page.evaluateInPanel(() =>
    (window as unknown as Deep).__deep('section.panel .compare figure').map((side) => ({
      label: side.querySelector('figcaption')?.textContent ?? '',
      summary: side.querySelector('p')?.textContent ?? '',
      hasImage: side.querySelector('img') !== null,
    })),
  );
}

function panelNotes(page: TestPage): Promise<string[]> {
  return page.evaluateInPanel(() => (window as unknown as Deep).__deep('section.panel .note').map((note) => note.textContent ?? ''));
}

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startCloudEmulator();
});
afterAll(() => emulator?.close());

describe.each(BROWSERS)('%s: Compare', (browserName) => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launch(browserName);
    const options = await browser.openExtensionPage('/options.html');
    const everyImageService = [...openAIOptions(emulator.url, OPENAI_MODEL), ...AWS_KEY_OPTIONS, ['Amazon Bedrock endpoint', emulator.url], ['Model', STABLE_IMAGE_CORE, 1]] as const;
    // Analysis on the device: this file is about the image services.
    await configure(options, everyImageService, 'OpenAI', 'Only on this device: posts never leave your browser');
    await options.close();
  });
  afterAll(() => browser?.close());

  it('sends the same prompt to OpenAI and Bedrock, shows both with time and cost, and adds the one the user picks', async () => {
    const page = await browser.openStandin('ui=sdui'); // the panel outside a shadow root, where axe can reach it
    await openComposer(page);
    await writeDraft(page, DRAFT);
    expect(await generateImage(page)).toBe('');

    // The price of the click, before it, from the dated table for the models in the options.
    const settings = settingsFrom({ openai: { model: OPENAI_MODEL }, bedrock: { model: STABLE_IMAGE_CORE } });
    const offer = (id: 'openai' | 'bedrock', label: string) => ({
      id,
      label,
      estimatedCostUsd: { landscape: estimateForSettings(settings, 'landscape', 1, id), square: 0, portrait: 0 },
    });
    const openai = describeOpenAI(OPENAI_MODEL).label;
    const core = describeBedrock(STABLE_IMAGE_CORE).label;
    expect(await panelNotes(page)).toContain(compareCostLine([offer('openai', openai), offer('bedrock', core)], 'landscape'));

    const openaiBefore = openaiCallsTo(emulator.url).length;
    const invocations = bedrockInvocations(emulator.url);
    invocations.length = 0;
    await page.click('button', 'Compare');
    const sides = await until(
      () => comparedSides(page),
      (now) => now.length === 2 && now.every((side) => side.hasImage && !side.summary.startsWith('Making')),
      'both sides of the comparison',
      30_000,
    );
    expect(sides.map((side) => side.label)).toEqual([openai, core]);
    for (const side of sides) expect(side.summary).toMatch(/^\d+\.\d s · about \$0\.\d+$/);
    await choosePanel(page, {}); // opens "Format, style and prompt" (below the window in a dialog that does not scroll)
    expect(await seriousViolations(page, [['post-to-image-host', '*']])).toEqual([]);

    const prompt = await panelPrompt(page);
    expect(openaiCallsTo(emulator.url).slice(openaiBefore).map((call) => call.body)).toEqual([expect.objectContaining({ model: OPENAI_MODEL, prompt })]);
    expect(invocations.map((invocation) => invocation.modelId)).toEqual([STABLE_IMAGE_CORE]);
    expect(invocations[0]?.body).toMatchObject({ prompt });

    await page.click('section.panel .compare figure:nth-child(2) button', 'Use this one');
    await page.click('button', 'Add to post');
    await expect.poll(async () => (await composerState(page)).media.length, { timeout: 20_000 }).toBe(1);
    expect((await composerState(page)).text).toBe(DRAFT.join('\n'));

    const popup = await browser.openExtensionPage('/popup.html');
    const cloudImages = async () => (await keptImages(popup)).filter((image) => image.prompt === prompt && image.provider !== 'offline');
    // The panel records the attach once the host's answer reaches it, a moment after the composer shows the image.
    await expect.poll(async () => (await cloudImages()).some((image) => image.attachedAt), { timeout: 10_000 }).toBe(true);
    // Newest first: the compare's two images.
    const kept = (await cloudImages()).slice(0, 2);
    expect(kept.map((image) => image.provider).sort()).toEqual(['bedrock', 'openai']);
    expect(kept.find((image) => image.attachedAt)).toMatchObject({ provider: 'bedrock', model: STABLE_IMAGE_CORE });
    await popup.close();
    await page.close();
  });
});
