import { chooseOption, fillOptions, type OptionsEntry, saveOptions } from '../e2e/harness/cloud-options';
import { openComposer, writeDraft } from '../e2e/harness/steps';
import type { TestPage } from '../e2e/harness/types';
import type { BenchBrowser } from './extension';

/** The user's steps the timed parts start from: setting options up, opening a composer with a draft. */

export const DRAFT = ['Thrilled to share that our team shipped the new onboarding flow!', 'Thanks to everyone who tested it.'];

/** Fills the options page as a user would (a provider choice by its label, then fields) and saves. */
export async function setUpOptions(browser: BenchBrowser, entries: readonly OptionsEntry[], provider?: string): Promise<void> {
  const page = await browser.openExtensionPage('/options.html');
  try {
    await fillOptions(page, entries);
    if (provider) await chooseOption(page, provider);
    const status = await saveOptions(page);
    if (!status.startsWith('Saved.')) throw new Error(`The options were not saved: ${status}`);
  } finally {
    await page.close();
  }
}

/** A fresh stand-in page with the classic composer open and the draft typed in it. */
export async function composerWithDraft(browser: BenchBrowser, ui: 'classic' | 'sdui' = 'classic'): Promise<TestPage> {
  const page = await browser.openStandin(`ui=${ui}`);
  await openComposer(page);
  await writeDraft(page, DRAFT);
  return page;
}
